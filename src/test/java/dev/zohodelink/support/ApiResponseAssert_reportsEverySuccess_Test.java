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

class ApiResponseAssert_reportsEverySuccess_Test {

    private static final String PATH = "/crm/v7/Campaigns/3652397000000327001/Contacts";
    private static final String CALL = "DELETE " + PATH;
    private static final String FIRST = "3652397000000925128";
    private static final String SECOND = "3652397000000649013";
    private static final String WANTED = "(expected HTTP 200 with 2 SUCCESS \"relation removed\" results in request order)";

    private static ApiResponse answer(int status, String body) {
        return new ApiResponse("DELETE", PATH, status, body);
    }

    private static String success(String id, String message) {
        return """
                {"code":"SUCCESS","details":{"id":"%s"},"message":"%s","status":"success"}""".formatted(id, message);
    }

    private static String data(String... items) {
        return "{\"data\":[" + String.join(",", items) + "]}";
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

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsEverySuccess(List.of(FIRST, SECOND)))
                .withMessageContaining(expecting(CALL, "to report complete success: HTTP 200 with 2 SUCCESS \"relation removed\" results in request order"))
                .withMessageContaining(answered("HTTP 207 data[SUCCESS]"))
                .withMessageContaining(body);
    }

    @Test
    void fails_when_a_result_is_missing() {
        // GIVEN one result for two ids
        String body = data(success(FIRST, "relation removed"));
        ApiResponse response = answer(200, body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsEverySuccess(List.of(FIRST, SECOND)))
                .withMessageContaining(expecting(CALL, "to answer one result per id but got 1 results " + WANTED))
                .withMessageContaining(answered("HTTP 200 data[SUCCESS]"))
                .withMessageContaining(body);
    }

    @Test
    void fails_when_results_are_out_of_order() {
        // GIVEN both successes, in the reverse order
        String body = data(success(SECOND, "relation removed"), success(FIRST, "relation removed"));
        ApiResponse response = answer(200, body);

        // WHEN / THEN the first misplaced result is named
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsEverySuccess(List.of(FIRST, SECOND)))
                .withMessageContaining(expecting(CALL, "to report result 1 as SUCCESS for " + FIRST + " " + WANTED))
                .withMessageContaining(answered("HTTP 200 data[SUCCESS]"))
                .withMessageContaining(body);
    }

    @Test
    void fails_when_one_result_is_an_error() {
        // GIVEN HTTP 200 whose second result is INVALID_DATA
        String body = data(success(FIRST, "relation removed"), """
                {"code":"INVALID_DATA","details":{"id":"%s"},"message":"%s","status":"error"}""".formatted(SECOND, ZohoError.INVALID_DATA.message()));
        ApiResponse response = answer(200, body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsEverySuccess(List.of(FIRST, SECOND)))
                .withMessageContaining(expecting(CALL, "to report result 2 as SUCCESS for " + SECOND + " " + WANTED))
                .withMessageContaining(answered("HTTP 200 data[SUCCESS, INVALID_DATA]"))
                .withMessageContaining(body);
    }

    @Test
    void fails_on_another_success_message() {
        // GIVEN successes worded as a link's
        String body = data(success(FIRST, "relation added"), success(SECOND, "relation added"));
        ApiResponse response = answer(200, body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsEverySuccess(List.of(FIRST, SECOND)))
                .withMessageContaining(expecting(CALL, "to report result 1 as SUCCESS for " + FIRST + " " + WANTED))
                .withMessageContaining(body);
    }

    @Test
    void fails_on_an_empty_204_body() {
        // GIVEN an empty 204
        ApiResponse response = answer(204, "");

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsEverySuccess(List.of(FIRST)))
                .withMessageContaining(expecting(CALL, "to report complete success: HTTP 200 with 1 SUCCESS \"relation removed\" results in request order"))
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
                .withMessageContaining("to answer one result per id but got 0 results")
                .withMessageContaining(answered("HTTP 200"))
                .withMessageEndingWith("(empty body)");
    }
}
