package dev.zohodelink.assertions;

import static dev.zohodelink.assertions.ConformanceAssertions.assertThat;
import static dev.zohodelink.assertions.ConformanceAssertions.assertThatExceptionOfType;
import static dev.zohodelink.assertions.FailureMessage.answered;
import static dev.zohodelink.assertions.FailureMessage.expecting;

import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.contract.ZohoError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every failure of {@link ApiResponseAssert} prints, whatever the text it quotes holds. */
class ApiResponseAssert_failureMessage_Test {

    @Test
    void quotes_percent_signs_of_the_path_and_the_body_verbatim() {
        // GIVEN a call to an encoded path answered with a message holding "100%" and "%s"
        String path = "/crm/v7/Campaigns/1/Contacts%20Extra/2%2C3";
        String body = """
                {"code":"LIMIT_EXCEEDED","details":{"limit":"100%"},"message":"Limit Exceeded, 100% of %s %d %n used","status":"error"}
                """;
        ApiResponse response = JsonAnswers.of("DELETE", path, 400, body);

        // WHEN / THEN the failure is an AssertionError (not a formatting exception) quoting both verbatim
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.LIMIT_EXCEEDED))
                .withMessageContaining(expecting(
                        "DELETE " + path,
                        "to be rejected with LIMIT_EXCEEDED (HTTP 400, message \"" + ZohoError.LIMIT_EXCEEDED.message()
                                + "\")"))
                .withMessageContaining(
                        "  FAILED    [official example] exact message: " + ZohoError.LIMIT_EXCEEDED.message()
                                + "; but it was \"Limit Exceeded, 100% of %s %d %n used\"\n")
                .withMessageContaining(
                        "  FAILED    [official example] details: {\"limit\":\"100\",\"param_name\":\"ids\"}; but it was {\"limit\":\"100%\"}\n")
                .withMessageContaining(answered("HTTP 400 LIMIT_EXCEEDED"))
                .withMessageContaining(body);
    }

    @Test
    void quotes_percent_signs_of_the_caller_s_words_verbatim() {
        // GIVEN a meaning and a record label holding format specifiers
        ApiResponse response = JsonAnswers.of("DELETE", "/crm/v7/Products/1/Leads", 207, """
                {"data":[{"code":"INVALID_DATA","details":{"id":"2"},"message":"relation not found","status":"error"}]}
                """);

        // WHEN / THEN each failure keeps them as written, in the step and in the failed line
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).hasStatus(200, "100% delinked, %s"))
                .withMessageContaining("to answer HTTP 200 (100% delinked, %s)\n")
                .withMessageContaining(
                        "  FAILED    [Zoho docs] HTTP status: 200 (100% delinked, %s); but it was HTTP 207\n");
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsSuccessFor("lead %d", "2"))
                .withMessageContaining("to report lead %d as SUCCESS \"relation removed\"\n")
                .withMessageContaining(
                        "  FAILED    [delink page] lead %d's result: SUCCESS \"relation removed\", status \"success\", details.id \"2\" as a string;"
                                + " but it was {\"code\":\"INVALID_DATA\",\"details\":{\"id\":\"2\"},\"message\":\"relation not found\",\"status\":\"error\"}\n");
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).listsResultsInOrder(List.of("%n")))
                .withMessageContaining("to list results in request order [%n]\n")
                .withMessageContaining(
                        "  FAILED    [inferred] order of results: details.id in request order [%n]; but it was [2]\n");
    }

    @Test
    void lays_out_expectation_failed_line_answer_and_body_on_their_own_lines() {
        // GIVEN a failing check
        String body = "{\"code\":\"INVALID_URL_PATTERN\",\"details\":{},\"message\":\""
                + ZohoError.INVALID_URL_PATTERN.message() + "\",\"status\":\"error\"}";
        ApiResponse response = JsonAnswers.of("DELETE", "/crm/v7/Campaigns/1/Contacts/2/x", 404, body);

        // WHEN / THEN the message is: blank line, expectation, the graded line, answer, body
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).hasStatus(400, "bad request"))
                .satisfies(error -> assertThat(error.getMessage().lines().toList())
                        .containsExactly(
                                "",
                                "Expecting DELETE /crm/v7/Campaigns/1/Contacts/2/x to answer HTTP 400 (bad request)",
                                "  FAILED    [Zoho docs] HTTP status: 400 (bad request); but it was HTTP 404",
                                "but Zoho answered HTTP 404 INVALID_URL_PATTERN",
                                body));
    }

    @Test
    void lists_every_claim_in_catalogue_order_marking_held_and_failed_ones_with_their_grade() {
        // GIVEN INVALID_URL_PATTERN's envelope, as the catalogue renders it, sent with HTTP 400 instead of 404
        String body = "{\"code\":\"INVALID_URL_PATTERN\",\"details\":{},\"message\":\""
                + ZohoError.INVALID_URL_PATTERN.message() + "\",\"status\":\"error\"}";
        ApiResponse response = JsonAnswers.of("DELETE", "/crm/v7/Campaigns/1/Contacts/2/x", 400, body);

        // WHEN / THEN each claim has its line, the held ones without an actual value, the failed one with it
        String message = ZohoError.INVALID_URL_PATTERN.message();
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INVALID_URL_PATTERN))
                .satisfies(error -> assertThat(error.getMessage().lines().toList())
                        .containsExactly(
                                "",
                                "Expecting DELETE /crm/v7/Campaigns/1/Contacts/2/x to be rejected with INVALID_URL_PATTERN (HTTP 404, message \""
                                        + message + "\")",
                                "  held      [delink page] refused: an error, nothing delinked",
                                "  held      [delink page] code: INVALID_URL_PATTERN",
                                "  FAILED    [delink page] HTTP status: 404; but it was HTTP 400",
                                "  held      [delink page] message, any case: " + message,
                                "  held      [official SDK] exact message: " + message,
                                "  held      [seen on the wire] details: {}",
                                "  held      [seen on the wire] envelope: code, details, message, status \"error\"",
                                "  held      [seen on the wire] Content-Type: application/json;charset=UTF-8",
                                "but Zoho answered HTTP 400 INVALID_URL_PATTERN",
                                body));
    }
}
