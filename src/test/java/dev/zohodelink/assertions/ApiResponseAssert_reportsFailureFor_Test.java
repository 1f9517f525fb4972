package dev.zohodelink.assertions;

import static dev.zohodelink.assertions.ConformanceAssertions.assertThat;
import static dev.zohodelink.assertions.ConformanceAssertions.assertThatExceptionOfType;
import static dev.zohodelink.assertions.FailureMessage.answered;
import static dev.zohodelink.assertions.FailureMessage.expecting;

import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.contract.ZohoError;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiResponseAssert_reportsFailureFor_Test {

    private static final String PATH = "/crm/v7/Campaigns/1/Leads";
    private static final String CALL = "DELETE " + PATH;
    private static final String NOT_RELATED_STEP = "to report lead three as INVALID_DATA \"relation not found\"";

    private static final String MIXED = """
            {"data":[
              {"code":"SUCCESS","details":{"id":"2"},"message":"relation removed","status":"success"},
              {"code":"INVALID_DATA","details":{"id":"3"},"message":"%s","status":"error"}
            ]}
            """.formatted(ZohoError.INVALID_DATA_RELATION_NOT_FOUND.message());

    private static ApiResponse answer(int status, String body) {
        return JsonAnswers.of("DELETE", PATH, status, body);
    }

    /** The lines of a failure that mark an expectation FAILED, in order. */
    private static List<String> failedLines(Throwable error) {
        return error.getMessage()
                .lines()
                .filter(line -> line.startsWith("  FAILED"))
                .toList();
    }

    @Test
    void passes_for_a_record_answered_with_the_catalogue_item_error() {
        // GIVEN a mixed answer where lead 3 was not related
        ApiResponseAssert assertion = assertThat(answer(207, MIXED));

        // WHEN / THEN
        assertThat(assertion.reportsFailureFor("lead three", "3", ZohoError.INVALID_DATA_RELATION_NOT_FOUND))
                .isSameAs(assertion);
    }

    @Test
    void passes_for_the_delink_page_s_item_error_in_any_case() {
        // GIVEN every record failed, lead 3 with the page's INVALID_DATA message as the SDKs word it
        ApiResponse response = answer(400, """
                {"data":[{"code":"INVALID_DATA","details":{"id":"3"},"message":"%s","status":"error"}]}
                """.formatted(ZohoError.INVALID_DATA.message()));

        // WHEN / THEN
        assertThat(response).reportsFailureFor("lead three", "3", ZohoError.INVALID_DATA);
    }

    @Test
    void fails_for_a_record_that_succeeded() {
        // GIVEN the same answer, asked about lead 2 which succeeded
        ApiResponse response = answer(207, MIXED);

        // WHEN / THEN code, message, placement and status all fail, each showing lead 2's result
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response)
                        .reportsFailureFor("lead two", "2", ZohoError.INVALID_DATA_RELATION_NOT_FOUND))
                .withMessageContaining(expecting(CALL, "to report lead two as INVALID_DATA \"relation not found\""))
                .withMessageContaining(answered("HTTP 207 data[SUCCESS, INVALID_DATA]"))
                .withMessageContaining(MIXED)
                .satisfies(error -> assertThat(failedLines(error))
                        .containsExactly(
                                "  FAILED    [official example] code: INVALID_DATA; but it was SUCCESS",
                                "  FAILED    [official example] exact message: relation not found; but it was \"relation removed\"",
                                "  FAILED    [official example] reported as: lead two's result in data[], with details.id \"2\" as a string;"
                                        + " but it was {\"code\":\"SUCCESS\",\"details\":{\"id\":\"2\"},\"message\":\"relation removed\",\"status\":\"success\"}",
                                "  FAILED    [seen on the wire] status: \"error\"; but it was \"success\""));
    }

    @Test
    void fails_when_the_code_matches_but_the_message_does_not() {
        // GIVEN lead 3 answered with the page's INVALID_DATA message instead of "relation not found"
        String body = """
                {"data":[{"code":"INVALID_DATA","details":{"id":"3"},"message":"%s","status":"error"}]}
                """.formatted(ZohoError.INVALID_DATA.message());
        ApiResponse response = answer(400, body);

        // WHEN / THEN only the exact message fails
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response)
                        .reportsFailureFor("lead three", "3", ZohoError.INVALID_DATA_RELATION_NOT_FOUND))
                .withMessageContaining(expecting(CALL, NOT_RELATED_STEP))
                .withMessageContaining("  held      [official example] code: INVALID_DATA\n")
                .withMessageContaining(answered("HTTP 400 data[INVALID_DATA]"))
                .withMessageContaining(body)
                .satisfies(error -> assertThat(failedLines(error))
                        .containsExactly(
                                "  FAILED    [official example] exact message: relation not found; but it was \""
                                        + ZohoError.INVALID_DATA.message() + "\""));
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
                .isThrownBy(() -> assertThat(response)
                        .reportsFailureFor("lead three", "3", ZohoError.INVALID_DATA_RELATION_NOT_FOUND))
                .withMessageContaining(expecting(CALL, NOT_RELATED_STEP))
                .satisfies(
                        error -> assertThat(failedLines(error))
                                .containsExactly(
                                        "  FAILED    [official example] exact message: relation not found; but it was \"Relation not found\""));
    }

    @Test
    void fails_on_the_exact_text_while_the_delink_page_s_message_holds_in_any_case() {
        // GIVEN lead 3 answered with INVALID_DATA's page message capitalised
        String body = """
                {"data":[{"code":"INVALID_DATA","details":{"id":"3"},"message":"The related id given seems to be invalid","status":"error"}]}
                """;
        ApiResponse response = answer(400, body);

        // WHEN / THEN the any-case line, on the page's authority, holds; the SDKs' exact text fails
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsFailureFor("lead three", "3", ZohoError.INVALID_DATA))
                .withMessageContaining(expecting(
                        CALL, "to report lead three as INVALID_DATA \"" + ZohoError.INVALID_DATA.message() + "\""))
                .withMessageContaining(
                        "  held      [delink page] message, any case: the related id given seems to be invalid\n")
                .satisfies(error -> assertThat(failedLines(error))
                        .containsExactly(
                                "  FAILED    [official SDK] exact message: the related id given seems to be invalid;"
                                        + " but it was \"The related id given seems to be invalid\""));
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
                .isThrownBy(() -> assertThat(response)
                        .reportsFailureFor("lead three", "3", ZohoError.INVALID_DATA_RELATION_NOT_FOUND))
                .withMessageContaining(expecting(CALL, NOT_RELATED_STEP))
                .satisfies(error -> assertThat(failedLines(error))
                        .containsExactly("  FAILED    [seen on the wire] status: \"error\"; but it was \"success\""));
    }

    @Test
    void fails_when_the_error_is_the_whole_call_s_answer_rather_than_the_record_s() {
        // GIVEN the right code, message and status, but as a whole-call envelope without data[]
        String body = """
                {"code":"INVALID_DATA","details":{},"message":"relation not found","status":"error"}
                """;
        ApiResponse response = answer(400, body);

        // WHEN / THEN only the placement fails
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response)
                        .reportsFailureFor("lead three", "3", ZohoError.INVALID_DATA_RELATION_NOT_FOUND))
                .withMessageContaining(expecting(CALL, NOT_RELATED_STEP))
                .withMessageContaining(answered("HTTP 400 INVALID_DATA"))
                .satisfies(
                        error -> assertThat(failedLines(error))
                                .containsExactly(
                                        "  FAILED    [official example] reported as: lead three's result in data[], with details.id \"3\" as a string;"
                                                + " but it was no result with details.id 3; HTTP 400 INVALID_DATA \"relation not found\""));
    }

    @Test
    void fails_when_no_result_carries_the_id() {
        // GIVEN a mixed answer without lead 4
        ApiResponse response = answer(207, MIXED);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response)
                        .reportsFailureFor("lead four", "4", ZohoError.INVALID_DATA_RELATION_NOT_FOUND))
                .withMessageContaining(expecting(CALL, "to report lead four as INVALID_DATA \"relation not found\""))
                .withMessageContaining(
                        "  FAILED    [official example] reported as: lead four's result in data[], with details.id \"4\" as a string;"
                                + " but it was no result with details.id 4; HTTP 207\n")
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
                .withMessageContaining("  FAILED    [delink page] code: INVALID_DATA; but it was null\n")
                .withMessageContaining(
                        "  FAILED    [official example] reported as: lead three's result in data[], with details.id \"3\" as a string;"
                                + " but it was no result with details.id 3; HTTP 204\n")
                .withMessageContaining(answered("HTTP 204"))
                .withMessageEndingWith("(empty body)");
    }
}
