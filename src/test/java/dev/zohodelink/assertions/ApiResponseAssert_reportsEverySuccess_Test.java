package dev.zohodelink.assertions;

import static dev.zohodelink.assertions.ConformanceAssertions.assertThat;
import static dev.zohodelink.assertions.ConformanceAssertions.assertThatExceptionOfType;
import static dev.zohodelink.assertions.FailureMessage.answered;
import static dev.zohodelink.assertions.FailureMessage.expecting;

import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.contract.ZohoError;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiResponseAssert_reportsEverySuccess_Test {

    private static final String PATH = "/crm/v7/Campaigns/3652397000000327001/Contacts";
    private static final String CALL = "DELETE " + PATH;
    private static final String FIRST = "3652397000000925128";
    private static final String SECOND = "3652397000000649013";
    private static final String STEP_FOR_TWO =
            "to report complete success: HTTP 200 with 2 SUCCESS \"relation removed\" results in request order";

    private static ApiResponse answer(int status, String body) {
        return JsonAnswers.of("DELETE", PATH, status, body);
    }

    private static String success(String id, String message) {
        return """
                {"code":"SUCCESS","details":{"id":"%s"},"message":"%s","status":"success"}""".formatted(id, message);
    }

    private static String data(String... items) {
        return "{\"data\":[" + String.join(",", items) + "]}";
    }

    /** The "id X's result" line, failed with what the answer held for it. */
    private static String failedResult(String id, String actual) {
        return "  FAILED    [delink page] id " + id
                + "'s result: SUCCESS \"relation removed\", status \"success\", details.id \"" + id
                + "\" as a string; but it was " + actual + "\n";
    }

    /** The lines of a failure that mark an expectation FAILED, in order. */
    private static List<String> failedLines(Throwable error) {
        return error.getMessage()
                .lines()
                .filter(line -> line.startsWith("  FAILED"))
                .toList();
    }

    @Test
    void passes_on_the_documented_sample_response() {
        // GIVEN the delink page's sample response
        ApiResponse response = answer(200, """
                {
                    "data": [
                        {
                            "code": "SUCCESS",
                            "details": {
                                "id": "3652397000000925128"
                            },
                            "message": "relation removed",
                            "status": "success"
                        },
                        {
                            "code": "SUCCESS",
                            "details": {
                                "id": "3652397000000649013"
                            },
                            "message": "relation removed",
                            "status": "success"
                        }
                    ]
                }
                """);
        ApiResponseAssert assertion = assertThat(response);

        // WHEN / THEN the assertion holds and chains
        assertThat(assertion.reportsEverySuccess(List.of(FIRST, SECOND))).isSameAs(assertion);
    }

    @Test
    void fails_when_the_status_is_not_200() {
        // GIVEN two successes under HTTP 207
        String body = data(success(FIRST, "relation removed"), success(SECOND, "relation removed"));
        ApiResponse response = answer(207, body);

        // WHEN / THEN only the status fails
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsEverySuccess(List.of(FIRST, SECOND)))
                .withMessageContaining(expecting(CALL, STEP_FOR_TWO))
                .withMessageContaining(answered("HTTP 207 data[SUCCESS]"))
                .withMessageContaining(body)
                .satisfies(error -> assertThat(failedLines(error))
                        .containsExactly("  FAILED    [Zoho docs] HTTP status: 200; but it was HTTP 207"));
    }

    @Test
    void fails_when_a_result_is_missing() {
        // GIVEN one result for two ids
        String body = data(success(FIRST, "relation removed"));
        ApiResponse response = answer(200, body);

        // WHEN / THEN the count, the missing id and the order fail
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsEverySuccess(List.of(FIRST, SECOND)))
                .withMessageContaining(expecting(CALL, STEP_FOR_TWO))
                .withMessageContaining(
                        "  FAILED    [delink page] results: one per listed id (2); but it was 1 results\n")
                .withMessageContaining(failedResult(SECOND, "no result with details.id " + SECOND))
                .withMessageContaining("  FAILED    [inferred] order of results: details.id in request order [" + FIRST
                        + ", " + SECOND + "]; but it was [" + FIRST + "]\n")
                .withMessageContaining(answered("HTTP 200 data[SUCCESS]"))
                .withMessageContaining(body);
    }

    @Test
    void fails_when_results_are_out_of_order() {
        // GIVEN both successes, in the reverse order
        String body = data(success(SECOND, "relation removed"), success(FIRST, "relation removed"));
        ApiResponse response = answer(200, body);

        // WHEN / THEN each id's result holds, and only the order fails
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsEverySuccess(List.of(FIRST, SECOND)))
                .withMessageContaining(expecting(CALL, STEP_FOR_TWO))
                .withMessageContaining(answered("HTTP 200 data[SUCCESS]"))
                .withMessageContaining(body)
                .satisfies(error -> assertThat(failedLines(error))
                        .containsExactly("  FAILED    [inferred] order of results: details.id in request order ["
                                + FIRST + ", " + SECOND + "]; but it was [" + SECOND + ", " + FIRST + "]"));
    }

    @Test
    void fails_when_one_result_is_an_error() {
        // GIVEN HTTP 200 whose second result is INVALID_DATA
        String error = """
                {"code":"INVALID_DATA","details":{"id":"%s"},"message":"%s","status":"error"}""".formatted(SECOND, ZohoError.INVALID_DATA.message());
        String body = data(success(FIRST, "relation removed"), error);
        ApiResponse response = answer(200, body);

        // WHEN / THEN only the second id's result fails, showing that result
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsEverySuccess(List.of(FIRST, SECOND)))
                .withMessageContaining(expecting(CALL, STEP_FOR_TWO))
                .withMessageContaining(answered("HTTP 200 data[SUCCESS, INVALID_DATA]"))
                .withMessageContaining(body)
                .satisfies(e -> assertThat(failedLines(e))
                        .containsExactly(failedResult(SECOND, error).stripTrailing()));
    }

    @Test
    void fails_on_another_success_message() {
        // GIVEN successes worded as a link's
        String body = data(success(FIRST, "relation added"), success(SECOND, "relation added"));
        ApiResponse response = answer(200, body);

        // WHEN / THEN each id's result fails
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsEverySuccess(List.of(FIRST, SECOND)))
                .withMessageContaining(expecting(CALL, STEP_FOR_TWO))
                .withMessageContaining(body)
                .satisfies(error -> assertThat(failedLines(error))
                        .containsExactly(
                                failedResult(FIRST, success(FIRST, "relation added"))
                                        .stripTrailing(),
                                failedResult(SECOND, success(SECOND, "relation added"))
                                        .stripTrailing()));
    }

    @Test
    void fails_when_details_id_is_a_number() {
        // GIVEN the first id's details.id as a JSON number
        String numeric = """
                {"code":"SUCCESS","details":{"id":%s},"message":"relation removed","status":"success"}""".formatted(FIRST);
        String body = data(numeric, success(SECOND, "relation removed"));
        ApiResponse response = answer(200, body);

        // WHEN / THEN that result fails: details.id must be a string
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsEverySuccess(List.of(FIRST, SECOND)))
                .withMessageContaining(expecting(CALL, STEP_FOR_TWO))
                .withMessageContaining(body)
                .satisfies(error -> assertThat(failedLines(error))
                        .containsExactly(failedResult(FIRST, numeric).stripTrailing()));
    }

    @Test
    void fails_only_on_the_content_type_when_the_answer_is_labelled_plain_text() {
        // GIVEN the documented sample, labelled text/plain
        String body = data(success(FIRST, "relation removed"), success(SECOND, "relation removed"));
        ApiResponse response = new ApiResponse(
                "DELETE", PATH, 200, body, java.util.Map.of("content-type", "text/plain;charset=UTF-8"));

        // WHEN / THEN only the Content-Type fails, at the grade of the captures that show it
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsEverySuccess(List.of(FIRST, SECOND)))
                .satisfies(
                        error -> assertThat(failedLines(error))
                                .containsExactly(
                                        "  FAILED    [seen on the wire] Content-Type: application/json;charset=UTF-8; but it was text/plain;charset=UTF-8"));
    }

    @Test
    void fails_on_an_empty_204_body() {
        // GIVEN an empty 204
        ApiResponse response = answer(204, "");

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsEverySuccess(List.of(FIRST)))
                .withMessageContaining(
                        expecting(
                                CALL,
                                "to report complete success: HTTP 200 with 1 SUCCESS \"relation removed\" results in request order"))
                .withMessageContaining("  FAILED    [Zoho docs] HTTP status: 200; but it was HTTP 204\n")
                .withMessageContaining(
                        "  FAILED    [delink page] results: one per listed id (1); but it was 0 results\n")
                .withMessageContaining(answered("HTTP 204"))
                .withMessageEndingWith("(empty body)");
    }

    @Test
    void fails_on_an_empty_200_body() {
        // GIVEN HTTP 200 without a body
        ApiResponse response = answer(200, "");

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsEverySuccess(List.of(FIRST)))
                .withMessageContaining("  held      [Zoho docs] HTTP status: 200\n")
                .withMessageContaining(
                        "  FAILED    [delink page] results: one per listed id (1); but it was 0 results\n")
                .withMessageContaining(failedResult(FIRST, "no result with details.id " + FIRST))
                .withMessageContaining(answered("HTTP 200"))
                .withMessageEndingWith("(empty body)");
    }
}
