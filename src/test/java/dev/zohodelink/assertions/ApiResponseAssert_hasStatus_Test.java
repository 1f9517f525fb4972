package dev.zohodelink.assertions;

import static dev.zohodelink.assertions.ConformanceAssertions.assertThat;
import static dev.zohodelink.assertions.ConformanceAssertions.assertThatExceptionOfType;
import static dev.zohodelink.assertions.FailureMessage.answered;
import static dev.zohodelink.assertions.FailureMessage.expecting;

import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.contract.ZohoError;
import org.junit.jupiter.api.Test;

class ApiResponseAssert_hasStatus_Test {

    private static final String PATH = "/crm/v7/Campaigns/1/Contacts/2";
    private static final String CALL = "DELETE " + PATH;

    private static ApiResponse answer(int status, String body) {
        return JsonAnswers.of("DELETE", PATH, status, body);
    }

    @Test
    void passes_on_the_expected_status() {
        // GIVEN a 207
        ApiResponseAssert assertion = assertThat(answer(207, """
                {"data":[{"code":"SUCCESS","details":{"id":"2"},"message":"relation removed","status":"success"}]}
                """));

        // WHEN / THEN
        assertThat(assertion.hasStatus(207, "mixed results")).isSameAs(assertion);
    }

    @Test
    void passes_on_an_empty_204_when_204_is_expected() {
        // GIVEN an empty 204
        ApiResponse response = answer(204, "");

        // WHEN / THEN the status alone is checked
        assertThat(response).hasStatus(204, "no content");
    }

    @Test
    void fails_on_another_status_naming_the_meaning() {
        // GIVEN a 400 INVALID_DATA envelope
        String body = """
                {"code":"INVALID_DATA","details":{},"message":"%s","status":"error"}
                """.formatted(ZohoError.INVALID_DATA.message());
        ApiResponse response = answer(400, body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).hasStatus(207, "mixed results"))
                .withMessageContaining(expecting(CALL, "to answer HTTP 207 (mixed results)"))
                .withMessageContaining(
                        "  FAILED    [Zoho docs] HTTP status: 207 (mixed results); but it was HTTP 400\n")
                .withMessageContaining(answered("HTTP 400 INVALID_DATA"))
                .withMessageContaining(body);
    }

    @Test
    void fails_on_a_per_record_answer_summarising_its_codes() {
        // GIVEN a 207 with one success and one failure
        String body = """
                {"data":[
                  {"code":"SUCCESS","details":{"id":"2"},"message":"relation removed","status":"success"},
                  {"code":"INVALID_DATA","details":{"id":"3"},"message":"relation not found","status":"error"}
                ]}
                """;
        ApiResponse response = answer(207, body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).hasStatus(200, "every id delinked"))
                .withMessageContaining(expecting(CALL, "to answer HTTP 200 (every id delinked)"))
                .withMessageContaining(
                        "  FAILED    [Zoho docs] HTTP status: 200 (every id delinked); but it was HTTP 207\n")
                .withMessageContaining(answered("HTTP 207 data[SUCCESS, INVALID_DATA]"))
                .withMessageContaining(body);
    }

    @Test
    void fails_on_an_empty_204_body() {
        // GIVEN an empty 204
        ApiResponse response = answer(204, "");

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).hasStatus(200, "every id delinked"))
                .withMessageContaining(expecting(CALL, "to answer HTTP 200 (every id delinked)"))
                .withMessageContaining(
                        "  FAILED    [Zoho docs] HTTP status: 200 (every id delinked); but it was HTTP 204\n")
                .withMessageContaining(answered("HTTP 204"))
                .withMessageEndingWith("(empty body)");
    }

    @Test
    void fails_on_a_missing_response() {
        // GIVEN no response
        ApiResponse response = null;

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).hasStatus(200, "every id delinked"))
                .withMessageContaining("Expecting actual not to be null");
    }
}
