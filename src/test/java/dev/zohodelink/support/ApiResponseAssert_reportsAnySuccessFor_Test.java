package dev.zohodelink.support;

import static dev.zohodelink.support.ConformanceAssertions.assertThat;
import static dev.zohodelink.support.ConformanceAssertions.assertThatExceptionOfType;
import static dev.zohodelink.support.FailureMessage.answered;
import static dev.zohodelink.support.FailureMessage.expecting;

import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.contract.SuccessMessage;
import dev.zohodelink.contract.ZohoError;
import org.junit.jupiter.api.Test;

class ApiResponseAssert_reportsAnySuccessFor_Test {

    private static final String PATH = "/crm/v7/Products/1/Leads";
    private static final String CALL = "DELETE " + PATH;

    private static ApiResponse answer(int status, String body) {
        return new ApiResponse("DELETE", PATH, status, body);
    }

    @Test
    void passes_when_a_duplicated_id_succeeded_first_and_failed_second() {
        // GIVEN lead 2 listed twice: removed, then not found
        ApiResponseAssert assertion = assertThat(answer(207, """
                {"data":[
                  {"code":"SUCCESS","details":{"id":"2"},"message":"relation removed","status":"success"},
                  {"code":"INVALID_DATA","details":{"id":"2"},"message":"%s","status":"error"}
                ]}
                """.formatted(ZohoError.INVALID_DATA_RELATION_NOT_FOUND.message())));

        // WHEN / THEN
        assertThat(assertion.reportsAnySuccessFor("lead two", "2", SuccessMessage.RELATION_REMOVED)).isSameAs(assertion);
    }

    @Test
    void passes_when_the_success_is_not_the_first_result_for_the_id() {
        // GIVEN lead 2 failing first and succeeding second
        ApiResponse response = answer(207, """
                {"data":[
                  {"code":"INVALID_DATA","details":{"id":"2"},"message":"%s","status":"error"},
                  {"code":"SUCCESS","details":{"id":"2"},"message":"relation removed","status":"success"}
                ]}
                """.formatted(ZohoError.INVALID_DATA_RELATION_NOT_FOUND.message()));

        // WHEN / THEN
        assertThat(response).reportsAnySuccessFor("lead two", "2", SuccessMessage.RELATION_REMOVED);
    }

    @Test
    void fails_when_every_result_for_the_id_is_an_error() {
        // GIVEN lead 2 failing twice while lead 3 succeeded
        String body = """
                {"data":[
                  {"code":"INVALID_DATA","details":{"id":"2"},"message":"%1$s","status":"error"},
                  {"code":"SUCCESS","details":{"id":"3"},"message":"relation removed","status":"success"},
                  {"code":"INVALID_DATA","details":{"id":"2"},"message":"%1$s","status":"error"}
                ]}
                """.formatted(ZohoError.INVALID_DATA_RELATION_NOT_FOUND.message());
        ApiResponse response = answer(207, body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsAnySuccessFor("lead two", "2", SuccessMessage.RELATION_REMOVED))
                .withMessageContaining(expecting(CALL, "to report lead two (id 2) as SUCCESS at least once"))
                .withMessageContaining(answered("HTTP 207 data[INVALID_DATA, SUCCESS]"))
                .withMessageContaining(body);
    }

    @Test
    void fails_when_the_success_has_another_message() {
        // GIVEN a success worded "record deleted"
        String body = """
                {"data":[{"code":"SUCCESS","details":{"id":"2"},"message":"record deleted","status":"success"}]}
                """;
        ApiResponse response = answer(200, body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsAnySuccessFor("lead two", "2", SuccessMessage.RELATION_REMOVED))
                .withMessageContaining("to report lead two (id 2) as SUCCESS at least once")
                .withMessageContaining(body);
    }

    @Test
    void fails_when_no_result_carries_the_id() {
        // GIVEN a success for another lead
        String body = """
                {"data":[{"code":"SUCCESS","details":{"id":"3"},"message":"relation removed","status":"success"}]}
                """;
        ApiResponse response = answer(200, body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsAnySuccessFor("lead two", "2", SuccessMessage.RELATION_REMOVED))
                .withMessageContaining(expecting(CALL, "to report lead two (id 2) as SUCCESS at least once"))
                .withMessageContaining(answered("HTTP 200 data[SUCCESS]"))
                .withMessageContaining(body);
    }

    @Test
    void fails_on_an_empty_204_body() {
        // GIVEN an empty 204
        ApiResponse response = answer(204, "");

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).reportsAnySuccessFor("lead two", "2", SuccessMessage.RELATION_REMOVED))
                .withMessageContaining("to report lead two (id 2) as SUCCESS at least once")
                .withMessageContaining(answered("HTTP 204"))
                .withMessageEndingWith("(empty body)");
    }
}
