package dev.zohodelink.support;

import static dev.zohodelink.support.ConformanceAssertions.assertThat;
import static dev.zohodelink.support.ConformanceAssertions.assertThatExceptionOfType;
import static dev.zohodelink.support.FailureMessage.answered;
import static dev.zohodelink.support.FailureMessage.expecting;

import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.contract.ZohoError;
import org.junit.jupiter.api.Test;

class ApiResponseAssert_isRejectedWith_Test {

    private static final String PATH = "/crm/v7/Campaigns/1/Contacts/2";
    private static final String CALL = "DELETE " + PATH;

    private static final String INVALID_MODULE_EXPECTATION = "to be rejected with INVALID_MODULE (HTTP 400, message \""
            + ZohoError.INVALID_MODULE.message() + "\")";

    private static ApiResponse answer(int status, String body) {
        return new ApiResponse("DELETE", PATH, status, body);
    }

    @Test
    void passes_when_status_code_message_and_envelope_match_the_catalogue_entry() {
        // GIVEN Zoho's INVALID_MODULE envelope, as the catalogue renders it
        ApiResponse response = answer(ZohoError.INVALID_MODULE.httpStatus(), """
                {"code":"INVALID_MODULE","details":{"resource_path_index":0},"message":"%s","status":"error"}
                """.formatted(ZohoError.INVALID_MODULE.message()));

        ApiResponseAssert assertion = assertThat(response);

        // WHEN / THEN the assertion holds and returns itself for chaining
        assertThat(assertion.isRejectedWith(ZohoError.INVALID_MODULE)).isSameAs(assertion);
    }

    @Test
    void ignores_details_that_rest_on_third_party_evidence() {
        // GIVEN INVALID_MODULE with empty details, another shape seen in the wild (its details are assumed)
        ApiResponse response = answer(400, """
                {"code":"INVALID_MODULE","details":{},"message":"%s","status":"error"}
                """.formatted(ZohoError.INVALID_MODULE.message()));

        // WHEN / THEN the assertion holds
        assertThat(response).isRejectedWith(ZohoError.INVALID_MODULE);
    }

    @Test
    void ignores_limit_exceeded_details_because_their_shape_is_assumed() {
        // GIVEN LIMIT_EXCEEDED with the other shape in circulation, {limit, limit_due_to}
        ApiResponse response = answer(ZohoError.LIMIT_EXCEEDED.httpStatus(), """
                {"code":"LIMIT_EXCEEDED","details":{"limit":100,"limit_due_to":"ids"},"message":"%s","status":"error"}
                """.formatted(ZohoError.LIMIT_EXCEEDED.message()));

        // WHEN / THEN the assertion holds: the catalogue's details for it are third-party, so not asserted
        assertThat(response).isRejectedWith(ZohoError.LIMIT_EXCEEDED);
    }

    @Test
    void passes_when_known_details_match() {
        // GIVEN REQUIRED_PARAM_MISSING naming the ids parameter (details seen on the wire)
        ApiResponse response = answer(ZohoError.REQUIRED_PARAM_MISSING.httpStatus(), """
                {"code":"REQUIRED_PARAM_MISSING","details":{"param_name":"ids"},"message":"%s","status":"error"}
                """.formatted(ZohoError.REQUIRED_PARAM_MISSING.message()));

        // WHEN / THEN the assertion holds
        assertThat(response).isRejectedWith(ZohoError.REQUIRED_PARAM_MISSING);
    }

    @Test
    void fails_on_the_wrong_status_only() {
        // GIVEN the right INVALID_MODULE envelope sent with HTTP 404
        String body = """
                {"code":"INVALID_MODULE","details":{},"message":"%s","status":"error"}
                """.formatted(ZohoError.INVALID_MODULE.message());
        ApiResponse response = answer(404, body);

        // WHEN / THEN the failure names the expectation, what Zoho answered, the call and the body
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INVALID_MODULE))
                .withMessageContaining(expecting(CALL, INVALID_MODULE_EXPECTATION))
                .withMessageContaining(answered("HTTP 404 INVALID_MODULE"))
                .withMessageContaining(body);
    }

    @Test
    void fails_on_the_wrong_code_only() {
        // GIVEN HTTP 400 with INVALID_URL_PATTERN's code but INVALID_MODULE's message
        String body = """
                {"code":"INVALID_URL_PATTERN","details":{},"message":"%s","status":"error"}
                """.formatted(ZohoError.INVALID_MODULE.message());
        ApiResponse response = answer(400, body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INVALID_MODULE))
                .withMessageContaining(expecting(CALL, INVALID_MODULE_EXPECTATION))
                .withMessageContaining(answered("HTTP 400 INVALID_URL_PATTERN"))
                .withMessageContaining(body);
    }

    @Test
    void fails_on_a_message_that_differs_only_in_case() {
        // GIVEN the page's capitalised prose instead of the lower-case wire message
        String body = """
                {"code":"INVALID_MODULE","details":{},"message":"%s","status":"error"}
                """.formatted(ZohoError.INVALID_MODULE.pageMessage());
        ApiResponse response = answer(400, body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INVALID_MODULE))
                .withMessageContaining(expecting(CALL, INVALID_MODULE_EXPECTATION))
                .withMessageContaining(answered("HTTP 400 INVALID_MODULE"))
                .withMessageContaining("\"The module name given seems to be invalid\"");
    }

    @Test
    void fails_on_an_upper_case_code() {
        // GIVEN the code in another case
        String body = """
                {"code":"invalid_module","details":{},"message":"%s","status":"error"}
                """.formatted(ZohoError.INVALID_MODULE.message());
        ApiResponse response = answer(400, body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INVALID_MODULE))
                .withMessageContaining(expecting(CALL, INVALID_MODULE_EXPECTATION))
                .withMessageContaining(answered("HTTP 400 invalid_module"));
    }

    @Test
    void fails_when_the_envelope_status_is_not_error() {
        // GIVEN a status field of "success" in an otherwise correct envelope
        String body = """
                {"code":"INVALID_MODULE","details":{},"message":"%s","status":"success"}
                """.formatted(ZohoError.INVALID_MODULE.message());
        ApiResponse response = answer(400, body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INVALID_MODULE))
                .withMessageContaining(expecting(CALL, INVALID_MODULE_EXPECTATION))
                .withMessageContaining(body);
    }

    @Test
    void fails_on_an_extra_envelope_key() {
        // GIVEN a correct envelope that also carries "data"
        String body = """
                {"code":"INVALID_MODULE","details":{},"message":"%s","status":"error","data":[]}
                """.formatted(ZohoError.INVALID_MODULE.message());
        ApiResponse response = answer(400, body);

        // WHEN / THEN the failure lists the expected and the actual keys
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INVALID_MODULE))
                .withMessageContaining(expecting(CALL, "to answer Zoho's error envelope with exactly the keys [code, details, message, status]"
                        + " but it had [code, data, details, message, status] (expected INVALID_MODULE (HTTP 400, message \""
                        + ZohoError.INVALID_MODULE.message() + "\"))"))
                .withMessageContaining(answered("HTTP 400 INVALID_MODULE"))
                .withMessageContaining(body);
    }

    @Test
    void fails_on_a_missing_details_key() {
        // GIVEN an envelope without details
        String body = """
                {"code":"INVALID_URL_PATTERN","message":"%s","status":"error"}
                """.formatted(ZohoError.INVALID_URL_PATTERN.message());
        ApiResponse response = answer(ZohoError.INVALID_URL_PATTERN.httpStatus(), body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INVALID_URL_PATTERN))
                .withMessageContaining("to answer Zoho's error envelope with exactly the keys [code, details, message, status] but it had [code, message, status]")
                .withMessageContaining(answered("HTTP 404 INVALID_URL_PATTERN"))
                .withMessageContaining(CALL)
                .withMessageContaining(body);
    }

    @Test
    void fails_when_known_details_differ() {
        // GIVEN REQUIRED_PARAM_MISSING naming another parameter
        String body = """
                {"code":"REQUIRED_PARAM_MISSING","details":{"param_name":"fields"},"message":"%s","status":"error"}
                """.formatted(ZohoError.REQUIRED_PARAM_MISSING.message());
        ApiResponse response = answer(400, body);

        // WHEN / THEN the failure shows the details wanted
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.REQUIRED_PARAM_MISSING))
                .withMessageContaining(expecting(CALL, "to carry details {\"param_name\":\"ids\"} (expected REQUIRED_PARAM_MISSING (HTTP 400, message \""
                        + ZohoError.REQUIRED_PARAM_MISSING.message() + "\"))"))
                .withMessageContaining(answered("HTTP 400 REQUIRED_PARAM_MISSING"))
                .withMessageContaining(body);
    }

    @Test
    void fails_when_known_details_are_empty() {
        // GIVEN INVALID_DATA for the parent record id with {} instead of {resource_path_index:1}
        String body = """
                {"code":"INVALID_DATA","details":{},"message":"%s","status":"error"}
                """.formatted(ZohoError.INVALID_DATA_RECORD_ID.message());
        ApiResponse response = answer(400, body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INVALID_DATA_RECORD_ID))
                .withMessageContaining("to carry details {\"resource_path_index\":1}")
                .withMessageContaining(answered("HTTP 400 INVALID_DATA"));
    }

    @Test
    void fails_on_a_per_record_answer_summarising_its_codes() {
        // GIVEN a 207 with one success and one failure
        String body = """
                {"data":[
                  {"code":"SUCCESS","details":{"id":"2"},"message":"relation removed","status":"success"},
                  {"code":"INVALID_DATA","details":{"id":"3"},"message":"%s","status":"error"}
                ]}
                """.formatted(ZohoError.INVALID_DATA_RELATION_NOT_FOUND.message());
        ApiResponse response = answer(207, body);

        // WHEN / THEN the answer is summarised by its distinct item codes
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INVALID_DATA))
                .withMessageContaining("to be rejected with INVALID_DATA (HTTP 400")
                .withMessageContaining(answered("HTTP 207 data[SUCCESS, INVALID_DATA]"))
                .withMessageContaining(CALL)
                .withMessageContaining(body);
    }

    @Test
    void fails_on_an_empty_204_body() {
        // GIVEN an empty 204
        ApiResponse response = answer(204, "");

        // WHEN / THEN the failure says the body was empty
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INVALID_MODULE))
                .withMessageContaining(expecting(CALL, INVALID_MODULE_EXPECTATION))
                .withMessageContaining(answered("HTTP 204"))
                .withMessageEndingWith("(empty body)");
    }

    @Test
    void fails_on_a_body_that_is_not_json() {
        // GIVEN an HTML error page
        String body = "<html><body>502 Bad Gateway</body></html>";
        ApiResponse response = answer(502, body);

        // WHEN / THEN a failure, not a parsing exception
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INTERNAL_ERROR))
                .withMessageContaining(answered("HTTP 502"))
                .withMessageContaining(body);
    }

    @Test
    void fails_on_a_missing_response() {
        // GIVEN no response at all
        ApiResponse response = null;

        // WHEN / THEN AssertJ's null check speaks
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INVALID_MODULE))
                .withMessageContaining("Expecting actual not to be null");
    }
}
