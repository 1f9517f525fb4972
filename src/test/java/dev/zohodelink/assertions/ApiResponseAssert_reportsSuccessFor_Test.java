package dev.zohodelink.assertions;

import static dev.zohodelink.assertions.ConformanceAssertions.assertThat;
import static dev.zohodelink.assertions.ConformanceAssertions.assertThatExceptionOfType;
import static dev.zohodelink.assertions.FailureMessage.answered;
import static dev.zohodelink.assertions.FailureMessage.expecting;

import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.contract.ZohoError;
import org.junit.jupiter.api.Test;

class ApiResponseAssert_reportsSuccessFor_Test {

    private static final String PATH = "/crm/v7/Campaigns/1/Contacts";
    private static final String CALL = "DELETE " + PATH;

    private static final String MIXED = """
            {"data":[
              {"code":"SUCCESS","details":{"id":"2"},"message":"relation removed","status":"success"},
              {"code":"INVALID_DATA","details":{"id":"3"},"message":"%s","status":"error"}
            ]}
            """.formatted(ZohoError.INVALID_DATA_RELATION_NOT_FOUND.message());

    private static ApiResponse answer(int status, String body) {
        return JsonAnswers.of("DELETE", PATH, status, body);
    }

    /** The record's result line, failed with what the answer held for it. */
    private static String failedResult(String label, String id, String actual) {
        return "  FAILED    [delink page] " + label
                + "'s result: SUCCESS \"relation removed\", status \"success\", details.id \"" + id
                + "\" as a string; but it was " + actual + "\n";
    }

    @Test
    void passes_for_a_record_whose_result_is_success() {
        // GIVEN a mixed answer where contact 2 succeeded
        ApiResponseAssert assertion = assertThat(answer(207, MIXED));

        // WHEN / THEN
        assertThat(assertion.reportsSuccessFor("contact two", "2")).isSameAs(assertion);
    }

    @Test
    void fails_for_a_record_whose_result_is_an_error() {
        // GIVEN the same answer, asked about contact 3 which failed
        ApiResponse response = answer(207, MIXED);

        // WHEN / THEN the failure shows the result the record got
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsSuccessFor("contact three", "3"))
                .withMessageContaining(expecting(CALL, "to report contact three as SUCCESS \"relation removed\""))
                .withMessageContaining(
                        failedResult(
                                "contact three",
                                "3",
                                "{\"code\":\"INVALID_DATA\",\"details\":{\"id\":\"3\"},\"message\":\"relation not found\",\"status\":\"error\"}"))
                .withMessageContaining(answered("HTTP 207 data[SUCCESS, INVALID_DATA]"))
                .withMessageContaining(MIXED);
    }

    @Test
    void fails_on_the_wrong_success_message() {
        // GIVEN a success worded "relation added"
        String body = """
                {"data":[{"code":"SUCCESS","details":{"id":"2"},"message":"relation added","status":"success"}]}
                """;
        ApiResponse response = answer(200, body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsSuccessFor("contact two", "2"))
                .withMessageContaining(expecting(CALL, "to report contact two as SUCCESS \"relation removed\""))
                .withMessageContaining(
                        failedResult(
                                "contact two",
                                "2",
                                "{\"code\":\"SUCCESS\",\"details\":{\"id\":\"2\"},\"message\":\"relation added\",\"status\":\"success\"}"))
                .withMessageContaining(answered("HTTP 200 data[SUCCESS]"))
                .withMessageContaining(body);
    }

    @Test
    void fails_on_a_success_whose_status_is_not_success() {
        // GIVEN SUCCESS with status "error"
        String body = """
                {"data":[{"code":"SUCCESS","details":{"id":"2"},"message":"relation removed","status":"error"}]}
                """;
        ApiResponse response = answer(200, body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsSuccessFor("contact two", "2"))
                .withMessageContaining(expecting(CALL, "to report contact two as SUCCESS \"relation removed\""))
                .withMessageContaining(
                        failedResult(
                                "contact two",
                                "2",
                                "{\"code\":\"SUCCESS\",\"details\":{\"id\":\"2\"},\"message\":\"relation removed\",\"status\":\"error\"}"));
    }

    @Test
    void fails_when_no_result_carries_the_id() {
        // GIVEN a mixed answer without contact 4
        ApiResponse response = answer(207, MIXED);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsSuccessFor("contact four", "4"))
                .withMessageContaining(expecting(CALL, "to report contact four as SUCCESS \"relation removed\""))
                .withMessageContaining(failedResult("contact four", "4", "no result with details.id 4"))
                .withMessageContaining(answered("HTTP 207 data[SUCCESS, INVALID_DATA]"))
                .withMessageContaining(MIXED);
    }

    @Test
    void fails_on_a_call_level_error() {
        // GIVEN the whole call refused
        String body = """
                {"code":"NO_PERMISSION","details":{},"message":"%s","status":"error"}
                """.formatted(ZohoError.NO_PERMISSION.message());
        ApiResponse response = answer(ZohoError.NO_PERMISSION.httpStatus(), body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsSuccessFor("contact two", "2"))
                .withMessageContaining(expecting(CALL, "to report contact two as SUCCESS \"relation removed\""))
                .withMessageContaining(failedResult("contact two", "2", "no result with details.id 2"))
                .withMessageContaining(answered("HTTP 403 NO_PERMISSION"))
                .withMessageContaining(body);
    }

    @Test
    void fails_on_an_empty_204_body() {
        // GIVEN an empty 204
        ApiResponse response = answer(204, "");

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsSuccessFor("contact two", "2"))
                .withMessageContaining(expecting(CALL, "to report contact two as SUCCESS \"relation removed\""))
                .withMessageContaining(failedResult("contact two", "2", "no result with details.id 2"))
                .withMessageContaining(answered("HTTP 204"))
                .withMessageEndingWith("(empty body)");
    }

    @Test
    void fails_when_details_id_is_a_number() {
        // GIVEN a success whose details.id is a JSON number
        String item = """
                {"code":"SUCCESS","details":{"id":2},"message":"relation removed","status":"success"}""";
        ApiResponse response = answer(200, "{\"data\":[" + item + "]}");

        // WHEN / THEN details.id must be a string
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsSuccessFor("contact two", "2"))
                .withMessageContaining(expecting(CALL, "to report contact two as SUCCESS \"relation removed\""))
                .withMessageContaining(failedResult("contact two", "2", item));
    }
}
