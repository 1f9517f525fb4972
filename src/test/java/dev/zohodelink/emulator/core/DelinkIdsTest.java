package dev.zohodelink.emulator.core;

import static dev.zohodelink.contract.Module.CONTACTS;
import static dev.zohodelink.contract.Module.LEADS;
import static dev.zohodelink.contract.Module.PRODUCTS;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.json;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.relatedListPath;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.thenItemFailedWith;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.thenItemRemoved;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.thenRejectedWith;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zohodelink.contract.ZohoError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ids of a delink: the {@code ids} parameter of the bulk form and the last segment of the single form. */
class DelinkIdsTest {

    private final ZohoEmulatorFixture zoho = ZohoEmulatorFixture.bestEvidence();
    private final String product = zoho.create(PRODUCTS);
    private final String first = zoho.create(LEADS);
    private final String second = zoho.create(LEADS);
    private final String bulkUrl = relatedListPath(PRODUCTS, product, LEADS) + "?ids=";

    DelinkIdsTest() {
        zoho.link(PRODUCTS, product, LEADS, first);
        zoho.link(PRODUCTS, product, LEADS, second);
    }

    @ParameterizedTest(name = "ids={0}")
    @ValueSource(strings = {"abc", "{first},abc", "12a", "-1", "1.5", "{first};{second}", "99999999999999999999"})
    void rejects_a_non_numeric_id_with_unable_to_parse_data_type_and_delinks_nothing(String ids) {
        // WHEN the ids list holds a value that is not a record id
        EmulatorResponse response =
                zoho.delete(bulkUrl + ids.replace("{first}", first).replace("{second}", second));

        // THEN UNABLE_TO_PARSE_DATA_TYPE 400 with empty details, and no listed id was delinked
        then(thenRejectedWith(response, ZohoError.UNABLE_TO_PARSE_DATA_TYPE)).isEqualTo(json("{}"));
        then(zoho.relatedIds(PRODUCTS, product, LEADS)).containsExactly(first, second);
    }

    @Test
    void rejects_a_non_numeric_id_in_the_path_with_unable_to_parse_data_type() {
        // WHEN the single form names a related id that is not a number
        EmulatorResponse response = zoho.delete(relatedListPath(PRODUCTS, product, LEADS) + "/lead-one");

        // THEN UNABLE_TO_PARSE_DATA_TYPE 400
        thenRejectedWith(response, ZohoError.UNABLE_TO_PARSE_DATA_TYPE);
        then(zoho.relatedIds(PRODUCTS, product, LEADS)).containsExactly(first, second);
    }

    @ParameterizedTest(name = "query [{0}]")
    @ValueSource(strings = {"", "?", "?ids", "?ids=", "?ids=,,", "?ids=%20", "?ids=%20,%20", "?Ids=1", "?id=1"})
    void rejects_a_missing_or_empty_ids_parameter_with_mandatory_not_found_as_the_official_example_does(String query) {
        // WHEN the bulk form comes without usable ids
        EmulatorResponse response = zoho.delete(relatedListPath(PRODUCTS, product, LEADS) + query);

        // THEN MANDATORY_NOT_FOUND 400 names the ids parameter
        then(thenRejectedWith(response, ZohoError.MANDATORY_NOT_FOUND_IDS)).isEqualTo(json("""
                {"param_name":"ids"}
                """));
        then(zoho.relatedIds(PRODUCTS, product, LEADS)).containsExactly(first, second);
    }

    @Test
    void rejects_more_than_100_ids_with_limit_exceeded_and_delinks_nothing() {
        // GIVEN 101 ids, the first two of them related
        List<String> ids = new ArrayList<>(List.of(first, second));
        for (int i = 0; i < 99; i++) {
            ids.add(zoho.create(LEADS));
        }

        // WHEN all 101 are delinked in one call
        EmulatorResponse response = zoho.delete(bulkUrl + String.join(",", ids));

        // THEN LIMIT_EXCEEDED 400 and nothing was delinked
        then(thenRejectedWith(response, ZohoError.LIMIT_EXCEEDED)).isEqualTo(json("""
                {"limit":"100","param_name":"ids"}
                """));
        then(zoho.relatedIds(PRODUCTS, product, LEADS)).containsExactly(first, second);
    }

    @Test
    void answers_invalid_data_for_an_id_that_names_no_record_and_400_when_every_id_fails() {
        // GIVEN an id of no record and the id of a contact (a record, but not a lead)
        String contact = zoho.create(CONTACTS);

        // WHEN both are delinked as leads
        EmulatorResponse response = zoho.delete(bulkUrl + "1234567890123," + contact);

        // THEN each gets INVALID_DATA "the related id given seems to be invalid" and the call is 400
        then(response.status()).isEqualTo(ZohoError.INVALID_DATA.httpStatus());
        JsonNode data = json(response).get("data");
        then(data).hasSize(2);
        thenItemFailedWith(data.get(0), ZohoError.INVALID_DATA, "1234567890123");
        thenItemFailedWith(data.get(1), ZohoError.INVALID_DATA, contact);
        then(zoho.relatedIds(PRODUCTS, product, LEADS)).containsExactly(first, second);
    }

    @Test
    void answers_relation_not_found_for_a_lead_that_is_not_related() {
        // GIVEN a lead that is not related to the product
        String stranger = zoho.create(LEADS);

        // WHEN it is delinked through the single form
        EmulatorResponse response = zoho.delete(relatedListPath(PRODUCTS, product, LEADS) + "/" + stranger);

        // THEN the item is INVALID_DATA "relation not found" and the call is 400
        then(response.status()).isEqualTo(400);
        JsonNode data = json(response).get("data");
        then(data).hasSize(1);
        thenItemFailedWith(data.get(0), ZohoError.INVALID_DATA_RELATION_NOT_FOUND, stranger);
        then(data.get(0).get("message").asText()).isEqualTo("relation not found");
    }

    @Test
    void answers_207_for_mixed_results_in_the_best_evidence_profile() {
        // GIVEN a related lead, an unrelated lead and an id of no record
        String stranger = zoho.create(LEADS);

        // WHEN all three are delinked
        EmulatorResponse response = zoho.delete(bulkUrl + first + "," + stranger + ",1234567890123");

        // THEN 207 Multi-Status with one item per id, in order
        then(response.status()).isEqualTo(207);
        JsonNode data = json(response).get("data");
        then(data).hasSize(3);
        thenItemRemoved(data.get(0), first);
        thenItemFailedWith(data.get(1), ZohoError.INVALID_DATA_RELATION_NOT_FOUND, stranger);
        thenItemFailedWith(data.get(2), ZohoError.INVALID_DATA, "1234567890123");
        then(zoho.relatedIds(PRODUCTS, product, LEADS)).containsExactly(second);
    }

    @Test
    void answers_200_for_mixed_results_when_the_profile_says_mixed_200() {
        // GIVEN an emulator following the OAS status for mixed results
        ZohoEmulatorFixture oas = ZohoEmulatorFixture.withProfile("best-evidence,mixed=200");
        String product = oas.create(PRODUCTS);
        String lead = oas.create(LEADS);
        oas.link(PRODUCTS, product, LEADS, lead);

        // WHEN a related and an unknown id are delinked
        EmulatorResponse response =
                oas.delete(relatedListPath(PRODUCTS, product, LEADS) + "?ids=" + lead + ",1234567890123");

        // THEN the call is 200 and the items still tell success from failure
        then(response.status()).isEqualTo(200);
        JsonNode data = json(response).get("data");
        thenItemRemoved(data.get(0), lead);
        thenItemFailedWith(data.get(1), ZohoError.INVALID_DATA, "1234567890123");
    }

    @Test
    void answers_once_per_listed_id_when_an_id_is_repeated_in_the_best_evidence_profile() {
        // WHEN the same related lead is listed twice
        EmulatorResponse response = zoho.delete(bulkUrl + first + "," + first);

        // THEN the first mention removes the relation and the second finds it gone: 207
        then(response.status()).isEqualTo(207);
        JsonNode data = json(response).get("data");
        then(data).hasSize(2);
        thenItemRemoved(data.get(0), first);
        thenItemFailedWith(data.get(1), ZohoError.INVALID_DATA_RELATION_NOT_FOUND, first);
        then(zoho.relatedIds(PRODUCTS, product, LEADS)).containsExactly(second);
    }

    @Test
    void answers_once_per_distinct_id_when_the_profile_deduplicates() {
        // GIVEN an emulator that answers duplicates once
        ZohoEmulatorFixture dedup = ZohoEmulatorFixture.withProfile("best-evidence,duplicates=deduplicated");
        String product = dedup.create(PRODUCTS);
        String lead = dedup.create(LEADS);
        String other = dedup.create(LEADS);
        dedup.link(PRODUCTS, product, LEADS, lead);
        dedup.link(PRODUCTS, product, LEADS, other);

        // WHEN the ids repeat
        EmulatorResponse response =
                dedup.delete(relatedListPath(PRODUCTS, product, LEADS) + "?ids=" + lead + "," + other + "," + lead);

        // THEN each distinct id is answered once, in first-mention order, and the call is 200
        then(response.status()).isEqualTo(200);
        JsonNode data = json(response).get("data");
        then(data).hasSize(2);
        thenItemRemoved(data.get(0), lead);
        thenItemRemoved(data.get(1), other);
    }

    @Test
    void answers_success_for_an_unrelated_id_when_the_profile_says_not_related_success() {
        // GIVEN an emulator with idempotent delinks
        ZohoEmulatorFixture idempotent = ZohoEmulatorFixture.withProfile("best-evidence,not-related=success");
        String product = idempotent.create(PRODUCTS);
        String lead = idempotent.create(LEADS);

        // WHEN an unrelated lead is delinked
        EmulatorResponse response = idempotent.delete(relatedListPath(PRODUCTS, product, LEADS) + "/" + lead);

        // THEN it is reported as removed
        then(response.status()).isEqualTo(200);
        thenItemRemoved(json(response).at("/data/0"), lead);
    }

    @ParameterizedTest(name = "ids={0}")
    @ValueSource(
            strings = {"%20{first}%20,%20{second}", "{first},%09{second}", "{first},,{second},", "{first}+,+{second}"})
    void ignores_blanks_and_empty_entries_around_ids(String ids) {
        // WHEN the ids list carries blanks and empty entries
        EmulatorResponse response =
                zoho.delete(bulkUrl + ids.replace("{first}", first).replace("{second}", second));

        // THEN both leads are delinked and answered by their bare ids
        then(response.status()).as(response.bodyText()).isEqualTo(200);
        JsonNode data = json(response).get("data");
        then(data).hasSize(2);
        thenItemRemoved(data.get(0), first);
        thenItemRemoved(data.get(1), second);
        then(zoho.relatedIds(PRODUCTS, product, LEADS)).isEmpty();
    }

    @ParameterizedTest(name = "query {0}")
    @ValueSource(
            strings = {
                "?ids={first},{second}&",
                "?ids={first}%2C{second}",
                "?ids={first}%2c{second}&&",
                "?&ids={first},{second}",
                "?fields=id&ids={first},{second}"
            })
    void tolerates_a_trailing_ampersand_and_url_encoded_commas_as_official_sdks_send_them(String query) {
        // WHEN the query is shaped as an SDK writes it
        EmulatorResponse response = zoho.delete(relatedListPath(PRODUCTS, product, LEADS)
                + query.replace("{first}", first).replace("{second}", second));

        // THEN both ids are delinked
        then(response.status()).as(response.bodyText()).isEqualTo(200);
        JsonNode data = json(response).get("data");
        then(data).hasSize(2);
        thenItemRemoved(data.get(0), first);
        thenItemRemoved(data.get(1), second);
    }

    @Test
    void ignores_an_ids_parameter_on_the_single_id_form() {
        // WHEN the single form also carries ids naming the other lead
        EmulatorResponse response =
                zoho.delete(relatedListPath(PRODUCTS, product, LEADS) + "/" + first + "?ids=" + second);

        // THEN only the lead named in the path is delinked
        then(response.status()).isEqualTo(200);
        then(json(response).get("data")).hasSize(1);
        thenItemRemoved(json(response).at("/data/0"), first);
        then(zoho.relatedIds(PRODUCTS, product, LEADS)).containsExactly(second);
    }
}
