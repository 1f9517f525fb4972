package dev.zohodelink.assertions;

import static dev.zohodelink.assertions.ConformanceAssertions.assertThat;
import static dev.zohodelink.assertions.ConformanceAssertions.assertThatExceptionOfType;
import static dev.zohodelink.assertions.FailureMessage.answered;
import static dev.zohodelink.assertions.FailureMessage.expecting;

import dev.zohodelink.client.ApiResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiResponseAssert_listsResultsInOrder_Test {

    private static final String PATH = "/crm/v7/Products/1/Leads";
    private static final String CALL = "DELETE " + PATH;

    private static final String TWO_THEN_THREE = """
            {"data":[
              {"code":"SUCCESS","details":{"id":"2"},"message":"relation removed","status":"success"},
              {"code":"INVALID_DATA","details":{"id":"3"},"message":"relation not found","status":"error"}
            ]}
            """;

    private static ApiResponse answer(int status, String body) {
        return JsonAnswers.of("DELETE", PATH, status, body);
    }

    @Test
    void passes_when_results_follow_the_request_order_whatever_their_outcome() {
        // GIVEN results for 2 then 3
        ApiResponseAssert assertion = assertThat(answer(207, TWO_THEN_THREE));

        // WHEN / THEN
        assertThat(assertion.listsResultsInOrder(List.of("2", "3"))).isSameAs(assertion);
    }

    @Test
    void fails_when_results_are_out_of_order() {
        // GIVEN results for 2 then 3, requested as 3 then 2
        ApiResponse response = answer(207, TWO_THEN_THREE);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).listsResultsInOrder(List.of("3", "2")))
                .withMessageContaining(expecting(CALL, "to list results in request order [3, 2]"))
                .withMessageContaining(
                        "  FAILED    [inferred] order of results: details.id in request order [3, 2]; but it was [2, 3]\n")
                .withMessageContaining(answered("HTTP 207 data[SUCCESS, INVALID_DATA]"))
                .withMessageContaining(TWO_THEN_THREE);
    }

    @Test
    void fails_when_a_result_is_missing() {
        // GIVEN results for 2 and 3 when 2, 3 and 4 were requested
        ApiResponse response = answer(207, TWO_THEN_THREE);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).listsResultsInOrder(List.of("2", "3", "4")))
                .withMessageContaining(expecting(CALL, "to list results in request order [2, 3, 4]"))
                .withMessageContaining(
                        "  FAILED    [inferred] order of results: details.id in request order [2, 3, 4]; but it was [2, 3]\n")
                .withMessageContaining(TWO_THEN_THREE);
    }

    @Test
    void fails_when_a_result_is_extra() {
        // GIVEN results for 2 and 3 when only 2 was requested
        ApiResponse response = answer(207, TWO_THEN_THREE);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).listsResultsInOrder(List.of("2")))
                .withMessageContaining(expecting(CALL, "to list results in request order [2]"))
                .withMessageContaining(
                        "  FAILED    [inferred] order of results: details.id in request order [2]; but it was [2, 3]\n");
    }

    @Test
    void fails_when_a_result_has_no_details_id() {
        // GIVEN a second result without details
        String body = """
                {"data":[
                  {"code":"SUCCESS","details":{"id":"2"},"message":"relation removed","status":"success"},
                  {"code":"INTERNAL_ERROR","message":"Internal server error occurred.","status":"error"}
                ]}
                """;
        ApiResponse response = answer(207, body);

        // WHEN / THEN the missing id shows as null
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).listsResultsInOrder(List.of("2", "3")))
                .withMessageContaining(expecting(CALL, "to list results in request order [2, 3]"))
                .withMessageContaining(
                        "  FAILED    [inferred] order of results: details.id in request order [2, 3]; but it was [2, null]\n")
                .withMessageContaining(answered("HTTP 207 data[SUCCESS, INTERNAL_ERROR]"));
    }

    @Test
    void fails_on_an_empty_204_body() {
        // GIVEN an empty 204
        ApiResponse response = answer(204, "");

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).listsResultsInOrder(List.of("2", "3")))
                .withMessageContaining(expecting(CALL, "to list results in request order [2, 3]"))
                .withMessageContaining(
                        "  FAILED    [inferred] order of results: details.id in request order [2, 3]; but it was []\n")
                .withMessageContaining(answered("HTTP 204"))
                .withMessageEndingWith("(empty body)");
    }
}
