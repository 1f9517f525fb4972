package dev.zohodelink.client;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenCode;

import dev.zohodelink.contract.ZohoError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiResponseTest {

    private static final String PATH = "/crm/v7/Campaigns/3652397000000327001/Contacts";

    private static ApiResponse answer(int status, String body) {
        return new ApiResponse("DELETE", PATH, status, body);
    }

    @Test
    void reads_the_items_of_a_per_record_answer_in_order() {
        // GIVEN a mixed answer
        ApiResponse response = answer(207, """
                {"data":[
                  {"code":"SUCCESS","details":{"id":"3652397000000925128"},"message":"relation removed","status":"success"},
                  {"code":"INVALID_DATA","details":{"id":"3652397000000649013"},"message":"relation not found","status":"error"}
                ]}
                """);

        // WHEN / THEN
        then(response.items())
                .extracting(ItemResult::code, ItemResult::detailsId, ItemResult::message, ItemResult::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "SUCCESS", "3652397000000925128", "relation removed", "success"),
                        org.assertj.core.groups.Tuple.tuple(
                                "INVALID_DATA", "3652397000000649013", "relation not found", "error"));
        then(response.code()).isEmpty();
        then(response.message()).isEmpty();
    }

    @Test
    void reads_items_without_details_or_with_odd_fields() {
        // GIVEN items missing details, with null details, with a numeric id and with an object message
        ApiResponse response = answer(207, """
                {"data":[
                  {"code":"INTERNAL_ERROR","status":"error"},
                  {"code":"SUCCESS","details":null,"message":"relation removed","status":"success"},
                  {"code":"SUCCESS","details":{"id":42},"message":{"text":"x"},"status":"success"},
                  "not an object"
                ]}
                """);

        // WHEN / THEN
        then(response.items()).hasSize(4);
        then(response.items().get(0).detailsId()).isNull();
        then(response.items().get(0).message()).isNull();
        then(response.items().get(1).detailsId()).isNull();
        then(response.items().get(2).detailsId()).isEqualTo("42");
        then(response.items().get(2).message()).isNull();
        then(response.items().get(3).code()).isNull();
    }

    @Test
    void reads_the_record_ids_of_a_read() {
        // GIVEN a Get Related Records answer
        ApiResponse response = new ApiResponse("GET", PATH + "?fields=Last_Name", 200, """
                {"data":[{"id":"11","Last_Name":"A"},{"id":"22","Last_Name":"B"},{"Last_Name":"C"}],
                 "info":{"more_records":true}}
                """);

        // WHEN / THEN
        then(response.dataIds()).containsExactly("11", "22", null);
        then(response.hasMoreRecords()).isTrue();
        then(response.call()).isEqualTo("GET " + PATH + "?fields=Last_Name");
    }

    @Test
    void reads_code_message_status_and_details_of_an_error_envelope() {
        // GIVEN
        ApiResponse response = answer(400, """
                {"code":"REQUIRED_PARAM_MISSING","details":{"param_name":"ids"},"message":"%s","status":"error"}
                """.formatted(ZohoError.REQUIRED_PARAM_MISSING.message()));

        // WHEN / THEN
        then(response.status()).isEqualTo(400);
        then(response.code()).contains("REQUIRED_PARAM_MISSING");
        then(response.message()).contains(ZohoError.REQUIRED_PARAM_MISSING.message());
        then(response.envelopeStatus()).contains("error");
        then(response.details())
                .hasValueSatisfying(d -> then(d.get("param_name").asText()).isEqualTo("ids"));
        then(response.items()).isEmpty();
        then(response.dataIds()).isEmpty();
        then(response.hasMoreRecords()).isFalse();
    }

    @Test
    void reads_no_details_when_they_are_null() {
        // WHEN / THEN
        then(answer(400, "{\"code\":\"X\",\"details\":null}").details()).isEmpty();
        then(answer(400, "{\"code\":\"X\"}").details()).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "<html>502 Bad Gateway</html>", "{\"data\":", "[1,2]", "null", "42", "\"text\""})
    void reads_empty_and_non_json_bodies_without_throwing(String body) {
        // WHEN
        ApiResponse response = answer(502, body);

        // THEN nothing throws and nothing is found
        thenCode(() -> {
                    response.items();
                    response.dataIds();
                    response.summary();
                    response.toString();
                })
                .doesNotThrowAnyException();
        then(response.code()).isEmpty();
        then(response.message()).isEmpty();
        then(response.details()).isEmpty();
        then(response.items()).isEmpty();
        then(response.dataIds()).isEmpty();
        then(response.summary()).isEqualTo("HTTP 502");
        then(response.body()).isEqualTo(body == null ? "" : body);
    }

    @Test
    void has_no_json_for_an_empty_204() {
        // WHEN
        ApiResponse response = answer(204, "");

        // THEN
        then(response.json()).isEmpty();
        then(response.body()).isEmpty();
        then(response).hasToString("DELETE " + PATH + " -> HTTP 204");
    }

    @Test
    void summarises_status_code_and_message_on_one_line() {
        // GIVEN
        ApiResponse response = answer(404, """
                {"code":"INVALID_URL_PATTERN","details":{},"message":"%s","status":"error"}
                """.formatted(ZohoError.INVALID_URL_PATTERN.message()));

        // WHEN / THEN
        then(response.summary())
                .isEqualTo("HTTP 404 INVALID_URL_PATTERN \"" + ZohoError.INVALID_URL_PATTERN.message() + "\"");
        then(response).hasToString("DELETE " + PATH + " -> " + response.summary());
    }

    @Test
    void summarises_a_code_without_message() {
        // WHEN / THEN
        then(answer(401, "{\"code\":\"INVALID_TOKEN\"}").summary()).isEqualTo("HTTP 401 INVALID_TOKEN");
    }

    @Test
    void ignores_container_values_where_text_is_expected() {
        // GIVEN a code that is an object
        ApiResponse response = answer(400, "{\"code\":{\"x\":1},\"message\":[\"a\"]}");

        // WHEN / THEN
        then(response.code()).isEmpty();
        then(response.message()).isEmpty();
        then(response.summary()).isEqualTo("HTTP 400");
    }
}
