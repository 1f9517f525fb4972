package dev.zohodelink.support;

import static dev.zohodelink.support.ConformanceAssertions.assertThat;
import static dev.zohodelink.support.ConformanceAssertions.assertThatExceptionOfType;
import static dev.zohodelink.support.FailureMessage.answered;
import static dev.zohodelink.support.FailureMessage.expecting;

import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.contract.ZohoError;
import org.junit.jupiter.api.Test;

class ApiResponseAssert_reportsFailureFor_Test {

    private static final String PATH = "/crm/v7/Campaigns/1/Leads";
    private static final String CALL = "DELETE " + PATH;

    private static final String MIXED = """
            {"data":[
              {"code":"SUCCESS","details":{"id":"2"},"message":"relation removed","status":"success"},
              {"code":"INVALID_DATA","details":{"id":"3"},"message":"%s","status":"error"}
            ]}
            """.formatted(ZohoError.INVALID_DATA_RELATION_NOT_FOUND.message());

    private static ApiResponse answer(int status, String body) {
        return new ApiResponse("DELETE", PATH, status, body);
    }

    @Test
    void passes_for_a_record_answered_with_the_catalogue_item_error() {
        // GIVEN a mixed answer where lead 3 was not related
        ApiResponseAssert assertion = assertThat(answer(207, MIXED));

        // WHEN / THEN
        assertThat(assertion.reportsFailureFor("lead three", "3", ZohoError.INVALID_DATA_RELATION_NOT_FOUND)).isSameAs(assertion);
    }

    @Test
    void fails_for_a_record_that_succeeded() {
        // GIVEN the same answer, asked about lead 2 which succeeded
        ApiResponse response = answer(207, MIXED);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsFailureFor("lead two", "2", ZohoError.INVALID_DATA_RELATION_NOT_FOUND))
                .withMessageContaining(expecting(CALL, "to report lead two as INVALID_DATA \"relation not found\" but its result was SUCCESS \"relation removed\" (success)"))
                .withMessageContaining(answered("HTTP 207 data[SUCCESS, INVALID_DATA]"))
                .withMessageContaining(MIXED);
    }

    @Test
    void fails_when_the_code_matches_but_the_message_does_not() {
        // GIVEN lead 3 answered with the page's INVALID_DATA message instead of "relation not found"
        String body = """
                {"data":[{"code":"INVALID_DATA","details":{"id":"3"},"message":"%s","status":"error"}]}
                """.formatted(ZohoError.INVALID_DATA.message());
        ApiResponse response = answer(400, body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsFailureFor("lead three", "3", ZohoError.INVALID_DATA_RELATION_NOT_FOUND))
                .withMessageContaining("to report lead three as INVALID_DATA \"relation not found\" but its result was INVALID_DATA \""
                        + ZohoError.INVALID_DATA.message() + "\" (error)")
                .withMessageContaining(answered("HTTP 400 data[INVALID_DATA]"))
                .withMessageContaining(body);
    }

    @Test
    void fails_when_the_message_differs_only_in_case() {
        // GIVEN "Relation not found"
        String body = """
                {"data":[{"code":"INVALID_DATA","details":{"id":"3"},"message":"Relation not found","status":"error"}]}
                """;
        ApiResponse response = answer(400, body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsFailureFor("lead three", "3", ZohoError.INVALID_DATA_RELATION_NOT_FOUND))
                .withMessageContaining("but its result was INVALID_DATA \"Relation not found\" (error)");
    }

    @Test
    void fails_when_the_item_status_is_not_error() {
        // GIVEN the right code and message under status "success"
        String body = """
                {"data":[{"code":"INVALID_DATA","details":{"id":"3"},"message":"relation not found","status":"success"}]}
                """;
        ApiResponse response = answer(400, body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsFailureFor("lead three", "3", ZohoError.INVALID_DATA_RELATION_NOT_FOUND))
                .withMessageContaining("but its result was INVALID_DATA \"relation not found\" (success)");
    }

    @Test
    void fails_when_no_result_carries_the_id() {
        // GIVEN a mixed answer without lead 4
        ApiResponse response = answer(207, MIXED);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsFailureFor("lead four", "4", ZohoError.INVALID_DATA_RELATION_NOT_FOUND))
                .withMessageContaining(expecting(CALL, "to include a result with details.id 4 for lead four"))
                .withMessageContaining(answered("HTTP 207 data[SUCCESS, INVALID_DATA]"))
                .withMessageContaining(MIXED);
    }

    @Test
    void fails_on_an_empty_204_body() {
        // GIVEN an empty 204
        ApiResponse response = answer(204, "");

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsFailureFor("lead three", "3", ZohoError.INVALID_DATA))
                .withMessageContaining("to include a result with details.id 3 for lead three")
                .withMessageContaining(answered("HTTP 204"))
                .withMessageEndingWith("(empty body)");
    }
}
