package dev.zohodelink.support;

import static dev.zohodelink.support.ConformanceAssertions.assertThat;
import static dev.zohodelink.support.ConformanceAssertions.assertThatExceptionOfType;
import static dev.zohodelink.support.FailureMessage.answered;
import static dev.zohodelink.support.FailureMessage.expecting;

import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.contract.SuccessMessage;
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
        ApiResponse response = new ApiResponse("DELETE", path, 400, body);

        // WHEN / THEN the failure is an AssertionError (not a formatting exception) quoting both verbatim
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.LIMIT_EXCEEDED))
                .withMessageContaining(expecting("DELETE " + path, "to be rejected with LIMIT_EXCEEDED (HTTP 400, message \""
                        + ZohoError.LIMIT_EXCEEDED.message() + "\")"))
                .withMessageContaining(answered("HTTP 400 LIMIT_EXCEEDED"))
                .withMessageContaining(body);
    }

    @Test
    void quotes_percent_signs_of_the_caller_s_words_verbatim() {
        // GIVEN a meaning and a record label holding format specifiers
        ApiResponse response = new ApiResponse("DELETE", "/crm/v7/Products/1/Leads", 207, """
                {"data":[{"code":"INVALID_DATA","details":{"id":"2"},"message":"relation not found","status":"error"}]}
                """);

        // WHEN / THEN each failure keeps them as written
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).hasStatus(200, "100% delinked, %s"))
                .withMessageContaining("to answer HTTP 200 (100% delinked, %s)");
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsSuccessFor("lead %d", "2"))
                .withMessageContaining("to report lead %d as SUCCESS");
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).listsResultsInOrder(List.of("%n")))
                .withMessageContaining("to list results in request order [%n] but they came as [2]");
    }

    @Test
    void lays_out_expectation_answer_and_body_on_their_own_lines() {
        // GIVEN a failing check
        String body = "{\"code\":\"INVALID_URL_PATTERN\",\"details\":{},\"message\":\"" + ZohoError.INVALID_URL_PATTERN.message() + "\",\"status\":\"error\"}";
        ApiResponse response = new ApiResponse("DELETE", "/crm/v7/Campaigns/1/Contacts/2/x", 404, body);

        // WHEN / THEN the message is: blank line, expectation, answer, body
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).hasStatus(400, "bad request"))
                .satisfies(error -> assertThat(error.getMessage().lines().toList()).containsExactly(
                        "",
                        "Expecting DELETE /crm/v7/Campaigns/1/Contacts/2/x to answer HTTP 400 (bad request)",
                        "but Zoho answered HTTP 404 INVALID_URL_PATTERN",
                        body));
    }
}
