package dev.zohodelink.emulator.core;

import static dev.zohodelink.contract.Module.ACCOUNTS;
import static dev.zohodelink.contract.Module.APPOINTMENTS;
import static dev.zohodelink.contract.Module.CAMPAIGNS;
import static dev.zohodelink.contract.Module.CONTACTS;
import static dev.zohodelink.contract.Module.LEADS;
import static dev.zohodelink.contract.Module.SERVICES;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.json;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.relatedListPath;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.thenRejectedWith;
import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.contract.ZohoError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DelinkRoutingTest {

    private final ZohoEmulatorFixture zoho = ZohoEmulatorFixture.bestEvidence();
    private String campaign;
    private String lead;

    @BeforeEach
    void a_campaign_linked_to_a_lead() {
        campaign = zoho.create(CAMPAIGNS);
        lead = zoho.create(LEADS);
        zoho.link(CAMPAIGNS, campaign, LEADS, lead);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/crm/v7/Campaigns/{c}/Leads/{l}/extra",
                "/crm/v9/Campaigns/{c}/Leads/{l}",
                "/crm/v7.0/Campaigns/{c}/Leads?ids={l}",
                "/api/v7/Campaigns/{c}/Leads/{l}",
                "/v7/Campaigns/{c}/Leads/{l}",
                "/crm/v7",
                "/crm//v7/Campaigns/{c}/Leads/{l}",
                "crm/v7/Campaigns/{c}/Leads/{l}"
            })
    void rejects_a_url_outside_the_documented_patterns_with_invalid_url_pattern_404(String template) {
        // GIVEN a URL that is not /crm/{version}/{module}/{record_id}/{related_list}[/{related_record_id}]
        String url = template.replace("{c}", campaign).replace("{l}", lead);

        // WHEN it is sent as DELETE
        EmulatorResponse response = zoho.delete(url);

        // THEN Zoho's INVALID_URL_PATTERN comes back with empty details, and nothing is delinked
        then(response.status()).isEqualTo(404);
        then(thenRejectedWith(response, ZohoError.INVALID_URL_PATTERN)).isEqualTo(json("{}"));
        then(zoho.relatedIds(CAMPAIGNS, campaign, LEADS)).containsExactly(lead);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"POST", "PATCH", "OPTIONS"})
    void rejects_a_method_other_than_delete_on_both_delink_urls_with_invalid_request_method(String method) {
        // GIVEN both delink URL forms
        String single = relatedListPath(CAMPAIGNS, campaign, LEADS) + "/" + lead;
        String bulk = relatedListPath(CAMPAIGNS, campaign, LEADS) + "?ids=" + lead;

        // WHEN each is called with the wrong method
        EmulatorResponse singleResponse = zoho.send(method, single);
        EmulatorResponse bulkResponse = zoho.send(method, bulk);

        // THEN both answer INVALID_REQUEST_METHOD 400 and the relation stays
        then(thenRejectedWith(singleResponse, ZohoError.INVALID_REQUEST_METHOD)).isEqualTo(json("{}"));
        then(thenRejectedWith(bulkResponse, ZohoError.INVALID_REQUEST_METHOD)).isEqualTo(json("{}"));
        then(zoho.relatedIds(CAMPAIGNS, campaign, LEADS)).containsExactly(lead);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Widgets", "Potentials", "Campaign", "Leads__s"})
    void rejects_an_unknown_module_with_invalid_module_at_path_index_0(String module) {
        // WHEN a delink names a module the org does not have
        EmulatorResponse response = zoho.delete("/crm/v7/" + module + "/" + campaign + "/Leads/" + lead);

        // THEN INVALID_MODULE "the module name given seems to be invalid" comes back
        then(thenRejectedWith(response, ZohoError.INVALID_MODULE)).isEqualTo(json("""
                {"resource_path_index":0}
                """));
        then(zoho.relatedIds(CAMPAIGNS, campaign, LEADS)).containsExactly(lead);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Documents", "Projects", "documents"})
    void rejects_documents_and_projects_as_modules_not_supported_in_the_api(String module) {
        // WHEN a delink names one of the modules the page says the API does not serve
        EmulatorResponse response = zoho.delete("/crm/v7/" + module + "/" + campaign + "/Leads?ids=" + lead);

        // THEN INVALID_MODULE with the "not supported" message comes back
        thenRejectedWith(response, ZohoError.INVALID_MODULE_NOT_SUPPORTED);
        then(json(response).get("message").asText()).isEqualTo("The given module is not supported in API");
    }

    @Test
    void rejects_a_relation_the_page_does_not_list_such_as_accounts_to_contacts_with_invalid_module() {
        // GIVEN an account and a contact
        String account = zoho.create(ACCOUNTS);
        String contact = zoho.create(CONTACTS);

        // WHEN the contact is delinked from the account
        EmulatorResponse response = zoho.delete(relatedListPath(ACCOUNTS, account, CONTACTS) + "?ids=" + contact);

        // THEN INVALID_MODULE comes back, as seen on the wire for this pair
        thenRejectedWith(response, ZohoError.INVALID_MODULE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Widgets", "Contact_Roles", "Leads__s"})
    void rejects_an_unknown_related_list_name_with_invalid_data_relation_name(String relatedList) {
        // WHEN a delink names a related list the campaign does not have
        EmulatorResponse response = zoho.delete("/crm/v7/Campaigns/" + campaign + "/" + relatedList + "?ids=" + lead);

        // THEN INVALID_DATA "the relation name given seems to be invalid" comes back, pointing at path index 2
        then(thenRejectedWith(response, ZohoError.INVALID_DATA_RELATION_NAME)).isEqualTo(json("""
                {"resource_path_index":2}
                """));
        then(json(response).get("message").asText()).isEqualTo("the relation name given seems to be invalid");
        then(zoho.relatedIds(CAMPAIGNS, campaign, LEADS)).containsExactly(lead);
    }

    @Test
    void rejects_appointments_to_services_on_v2_1_which_predates_appointments() {
        // GIVEN an appointment linked to a service through v7
        String appointment = zoho.create(APPOINTMENTS);
        String service = zoho.create(SERVICES);
        zoho.link(APPOINTMENTS, appointment, SERVICES, service);

        // WHEN the service is delinked through v2.1
        EmulatorResponse response =
                zoho.delete(relatedListPath("v2.1", APPOINTMENTS, appointment, SERVICES) + "/" + service);

        // THEN v2.1 does not know the module, and the relation stays
        thenRejectedWith(response, ZohoError.INVALID_MODULE);
        then(zoho.relatedIds(APPOINTMENTS, appointment, SERVICES)).containsExactly(service);
    }

    @Test
    void delinks_campaigns_to_leads_on_v2_1_too() {
        // WHEN the documented relation is delinked through v2.1
        EmulatorResponse response = zoho.delete(relatedListPath("v2.1", CAMPAIGNS, campaign, LEADS) + "?ids=" + lead);

        // THEN it succeeds
        then(response.status()).isEqualTo(200);
        ZohoEmulatorFixture.thenItemRemoved(json(response).at("/data/0"), lead);
        then(zoho.relatedIds(CAMPAIGNS, campaign, LEADS)).isEmpty();
    }

    @Test
    void rejects_a_parent_record_that_does_not_exist_with_invalid_data_at_path_index_1() {
        // WHEN a lead is delinked from a campaign id that names no campaign (here: the lead's own id)
        EmulatorResponse response = zoho.delete(relatedListPath(CAMPAIGNS, lead, LEADS) + "/" + lead);

        // THEN INVALID_DATA comes back for the whole call, pointing at path index 1
        then(thenRejectedWith(response, ZohoError.INVALID_DATA_RECORD_ID)).isEqualTo(json("""
                {"resource_path_index":1}
                """));
        then(zoho.relatedIds(CAMPAIGNS, campaign, LEADS)).containsExactly(lead);
    }
}
