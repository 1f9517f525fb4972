package dev.zohodelink.emulator.core;

import static dev.zohodelink.contract.Module.ACCOUNTS;
import static dev.zohodelink.contract.Module.APPOINTMENTS;
import static dev.zohodelink.contract.Module.CAMPAIGNS;
import static dev.zohodelink.contract.Module.CONTACTS;
import static dev.zohodelink.contract.Module.LEADS;
import static dev.zohodelink.contract.Module.PRODUCTS;
import static dev.zohodelink.contract.Module.SERVICES;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.json;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.relatedListPath;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.thenItemRemoved;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DelinkSuccessTest {

    private final ZohoEmulatorFixture zoho = ZohoEmulatorFixture.bestEvidence();

    @Test
    void delinks_one_related_record_through_the_single_id_form_and_keeps_both_records() {
        // GIVEN a campaign linked to a lead
        String campaign = zoho.create(CAMPAIGNS);
        String lead = zoho.create(LEADS);
        zoho.link(CAMPAIGNS, campaign, LEADS, lead);
        then(zoho.relatedIds(CAMPAIGNS, campaign, LEADS)).containsExactly(lead);

        // WHEN the lead is delinked by the single-id URL
        EmulatorResponse response = zoho.delete(relatedListPath(CAMPAIGNS, campaign, LEADS) + "/" + lead);

        // THEN the answer is Zoho's documented success body
        then(response.status()).isEqualTo(200);
        then(response.headers()).containsEntry("Content-Type", "application/json;charset=UTF-8");
        then(json(response)).isEqualTo(json("""
                {"data":[{"code":"SUCCESS","details":{"id":"%s"},"message":"relation removed","status":"success"}]}
                """.formatted(lead)));
        // AND the relation is gone from both sides, observed as 204 No Content with an empty body
        EmulatorResponse related = zoho.send("GET", relatedListPath(CAMPAIGNS, campaign, LEADS) + "?fields=id");
        then(related.status()).isEqualTo(204);
        then(related.body()).isEmpty();
        then(zoho.relatedIds(LEADS, lead, CAMPAIGNS)).isEmpty();
        // AND both records still exist
        then(zoho.exists(CAMPAIGNS, campaign)).isTrue();
        then(zoho.exists(LEADS, lead)).isTrue();
    }

    @Test
    void delinks_several_related_records_through_the_bulk_form_answering_in_request_order() {
        // GIVEN a product linked to three contacts
        String product = zoho.create(PRODUCTS);
        String first = zoho.create(CONTACTS);
        String second = zoho.create(CONTACTS);
        String third = zoho.create(CONTACTS);
        for (String contact : List.of(first, second, third)) {
            zoho.link(PRODUCTS, product, CONTACTS, contact);
        }

        // WHEN the third and the first are delinked, in that order
        EmulatorResponse response =
                zoho.delete(relatedListPath(PRODUCTS, product, CONTACTS) + "?ids=" + third + "," + first);

        // THEN each id gets a SUCCESS item, in the order of the request
        then(response.status()).isEqualTo(200);
        JsonNode body = json(response);
        then(ZohoEmulatorFixture.keys(body)).containsExactly("data");
        then(body.get("data")).hasSize(2);
        thenItemRemoved(body.get("data").get(0), third);
        thenItemRemoved(body.get("data").get(1), first);
        // AND only the second contact is still related
        then(zoho.relatedIds(PRODUCTS, product, CONTACTS)).containsExactly(second);
        // AND no record was deleted
        then(List.of(product, first, second, third))
                .allSatisfy(id -> then(zoho.exists(id.equals(product) ? PRODUCTS : CONTACTS, id))
                        .isTrue());
    }

    @Test
    void delinks_in_the_reverse_direction_from_a_lead_to_its_products() {
        // GIVEN a product linked to a lead from the product's side
        String product = zoho.create(PRODUCTS);
        String lead = zoho.create(LEADS);
        zoho.link(PRODUCTS, product, LEADS, lead);
        then(zoho.relatedIds(LEADS, lead, PRODUCTS)).containsExactly(product);

        // WHEN the product is delinked from the lead's side (Zoho's own SDK sample direction)
        EmulatorResponse response = zoho.delete(relatedListPath(LEADS, lead, PRODUCTS) + "?ids=" + product);

        // THEN it succeeds and the relation is gone from both sides
        then(response.status()).isEqualTo(200);
        thenItemRemoved(json(response).at("/data/0"), product);
        then(zoho.relatedIds(PRODUCTS, product, LEADS)).isEmpty();
        then(zoho.relatedIds(LEADS, lead, PRODUCTS)).isEmpty();
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"v7", "v8"})
    void delinks_services_from_an_appointment_on_versions_that_have_appointments(String version) {
        // GIVEN an appointment linked to a service
        String appointment = zoho.create(version, APPOINTMENTS);
        String service = zoho.create(version, SERVICES);
        zoho.link(version, APPOINTMENTS, appointment, SERVICES, service);

        // WHEN the service is delinked
        EmulatorResponse response =
                zoho.delete(relatedListPath(version, APPOINTMENTS, appointment, SERVICES) + "/" + service);

        // THEN it succeeds and the relation is gone
        then(response.status()).isEqualTo(200);
        thenItemRemoved(json(response).at("/data/0"), service);
        then(zoho.relatedIds(version, APPOINTMENTS, appointment, SERVICES)).isEmpty();
    }

    @Test
    void accepts_exactly_100_ids_and_delinks_all_of_them() {
        // GIVEN a product linked to 100 accounts
        String product = zoho.create(PRODUCTS);
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String account = zoho.create(ACCOUNTS);
            zoho.link(PRODUCTS, product, ACCOUNTS, account);
            accounts.add(account);
        }

        // WHEN all 100 are delinked in one call
        EmulatorResponse response =
                zoho.delete(relatedListPath(PRODUCTS, product, ACCOUNTS) + "?ids=" + String.join(",", accounts));

        // THEN 100 SUCCESS items come back in order and nothing stays related
        then(response.status()).isEqualTo(200);
        JsonNode data = json(response).get("data");
        then(data).hasSize(100);
        for (int i = 0; i < 100; i++) {
            thenItemRemoved(data.get(i), accounts.get(i));
        }
        then(zoho.relatedIds(PRODUCTS, product, ACCOUNTS)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "ZohoCRM.modules.ALL",
                "ZohoCRM.modules.campaigns.ALL",
                "ZohoCRM.modules.campaigns.WRITE",
                "ZohoCRM.modules.campaigns.DELETE",
                "zohocrm.modules.campaigns.delete"
            })
    void accepts_every_scope_the_page_documents_for_delinking(String scope) {
        // GIVEN a campaign linked to a contact, and a token holding only the given scope
        String campaign = zoho.create(CAMPAIGNS);
        String contact = zoho.create(CONTACTS);
        zoho.link(CAMPAIGNS, campaign, CONTACTS, contact);
        String token =
                zoho.emulator.issueToken(zoho.emulator.administrator(), List.of(scope), java.time.Duration.ofHours(1));

        // WHEN the contact is delinked with that token
        EmulatorResponse response =
                zoho.sendAs(token, "DELETE", relatedListPath(CAMPAIGNS, campaign, CONTACTS) + "/" + contact, null);

        // THEN it succeeds
        then(response.status()).as(response.bodyText()).isEqualTo(200);
        then(zoho.relatedIds(CAMPAIGNS, campaign, CONTACTS)).isEmpty();
    }

    @Test
    void links_through_put_without_a_content_type_header_as_official_sdks_send_it() {
        // GIVEN a campaign and a lead
        String campaign = zoho.create(CAMPAIGNS);
        String lead = zoho.create(LEADS);

        // WHEN they are linked by a PUT carrying only the Authorization header
        EmulatorResponse response = zoho.send(
                "PUT",
                relatedListPath(CAMPAIGNS, campaign, LEADS),
                Map.of("Authorization", List.of("Zoho-oauthtoken " + zoho.token)),
                "{\"data\":[{\"id\":\"" + lead + "\",\"Member_Status\":\"Active\"}]}");

        // THEN the relation is added and can be delinked again
        then(response.status()).as(response.bodyText()).isEqualTo(200);
        then(json(response)).isEqualTo(json("""
                {"data":[{"code":"SUCCESS","details":{"id":"%s"},"message":"relation added","status":"success"}]}
                """.formatted(lead)));
        then(zoho.relatedIds(CAMPAIGNS, campaign, LEADS)).containsExactly(lead);
        then(zoho.delete(relatedListPath(CAMPAIGNS, campaign, LEADS) + "/" + lead)
                        .status())
                .isEqualTo(200);
    }
}
