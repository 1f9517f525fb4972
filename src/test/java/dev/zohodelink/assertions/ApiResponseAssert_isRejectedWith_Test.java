package dev.zohodelink.assertions;

import static dev.zohodelink.assertions.ConformanceAssertions.assertThat;
import static dev.zohodelink.assertions.ConformanceAssertions.assertThatExceptionOfType;
import static dev.zohodelink.assertions.ConformanceAssertions.assertThatIllegalArgumentException;
import static dev.zohodelink.assertions.FailureMessage.answered;
import static dev.zohodelink.assertions.FailureMessage.expecting;

import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.contract.ZohoError;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiResponseAssert_isRejectedWith_Test {

    private static final String PATH = "/crm/v7/Campaigns/1/Contacts/2";
    private static final String CALL = "DELETE " + PATH;

    private static final String INVALID_MODULE_EXPECTATION =
            "to be rejected with INVALID_MODULE (HTTP 400, message \"" + ZohoError.INVALID_MODULE.message() + "\")";

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
    void passes_when_status_code_message_details_and_envelope_match_the_catalogue_entry() {
        // GIVEN Zoho's INVALID_MODULE envelope, as the catalogue renders it
        ApiResponse response =
                answer(ZohoError.INVALID_MODULE.httpStatus(), """
                {"code":"INVALID_MODULE","details":{"resource_path_index":0},"message":"%s","status":"error"}
                """.formatted(ZohoError.INVALID_MODULE.message()));

        ApiResponseAssert assertion = assertThat(response);

        // WHEN / THEN the assertion holds and returns itself for chaining
        assertThat(assertion.isRejectedWith(ZohoError.INVALID_MODULE)).isSameAs(assertion);
    }

    @Test
    void fails_on_invalid_module_details_other_than_the_official_example_s() {
        // GIVEN INVALID_MODULE with empty details, another shape seen in the wild: the catalogue's details rest on an
        // official example
        String body = """
                {"code":"INVALID_MODULE","details":{},"message":"%s","status":"error"}
                """.formatted(ZohoError.INVALID_MODULE.message());
        ApiResponse response = answer(400, body);

        // WHEN / THEN every claim is checked whatever its grade: the details alone fail, and their grade is named
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INVALID_MODULE))
                .withMessageContaining(expecting(CALL, INVALID_MODULE_EXPECTATION))
                .withMessageContaining(answered("HTTP 400 INVALID_MODULE"))
                .withMessageContaining(body)
                .satisfies(error -> assertThat(failedLines(error))
                        .containsExactly(
                                "  FAILED    [official example] details: {\"resource_path_index\":0}; but it was {}"));
    }

    @Test
    void passes_on_limit_exceeded_with_the_official_example_s_details() {
        // GIVEN LIMIT_EXCEEDED as the official OpenAPI example words it, limit as a string
        ApiResponse response =
                answer(ZohoError.LIMIT_EXCEEDED.httpStatus(), """
                {"code":"LIMIT_EXCEEDED","details":{"limit":"100","param_name":"ids"},"message":"%s","status":"error"}
                """.formatted(ZohoError.LIMIT_EXCEEDED.message()));

        // WHEN / THEN the assertion holds
        assertThat(response).isRejectedWith(ZohoError.LIMIT_EXCEEDED);
    }

    @Test
    void fails_on_limit_exceeded_details_of_another_shape_naming_the_official_example_grade() {
        // GIVEN LIMIT_EXCEEDED with the other shape in circulation, {limit, limit_due_to}
        String body = """
                {"code":"LIMIT_EXCEEDED","details":{"limit":100,"limit_due_to":"ids"},"message":"%s","status":"error"}
                """.formatted(ZohoError.LIMIT_EXCEEDED.message());
        ApiResponse response = answer(ZohoError.LIMIT_EXCEEDED.httpStatus(), body);

        // WHEN / THEN the details fail, graded as the official example they come from
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.LIMIT_EXCEEDED))
                .withMessageContaining(expecting(
                        CALL,
                        "to be rejected with LIMIT_EXCEEDED (HTTP 400, message \"" + ZohoError.LIMIT_EXCEEDED.message()
                                + "\")"))
                .withMessageContaining(answered("HTTP 400 LIMIT_EXCEEDED"))
                .withMessageContaining(body)
                .satisfies(
                        error -> assertThat(failedLines(error))
                                .containsExactly(
                                        "  FAILED    [official example] details: {\"limit\":\"100\",\"param_name\":\"ids\"}; but it was {\"limit\":100,\"limit_due_to\":\"ids\"}"));
    }

    @Test
    void fails_on_limit_exceeded_details_whose_limit_is_a_number() {
        // GIVEN the official example's keys, but the limit as a number
        String body = """
                {"code":"LIMIT_EXCEEDED","details":{"limit":100,"param_name":"ids"},"message":"%s","status":"error"}
                """.formatted(ZohoError.LIMIT_EXCEEDED.message());
        ApiResponse response = answer(ZohoError.LIMIT_EXCEEDED.httpStatus(), body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.LIMIT_EXCEEDED))
                .satisfies(
                        error -> assertThat(failedLines(error))
                                .containsExactly(
                                        "  FAILED    [official example] details: {\"limit\":\"100\",\"param_name\":\"ids\"}; but it was {\"limit\":100,\"param_name\":\"ids\"}"));
    }

    @Test
    void passes_when_known_details_match() {
        // GIVEN REQUIRED_PARAM_MISSING naming the ids parameter (details seen on the wire)
        ApiResponse response = answer(ZohoError.REQUIRED_PARAM_MISSING.httpStatus(), """
                {"code":"REQUIRED_PARAM_MISSING","details":{"param_name":"ids"},"message":"%s","status":"error"}
                """.formatted(
                        ZohoError.REQUIRED_PARAM_MISSING.message()));

        // WHEN / THEN the assertion holds
        assertThat(response).isRejectedWith(ZohoError.REQUIRED_PARAM_MISSING);
    }

    @Test
    void fails_on_the_wrong_status_only() {
        // GIVEN the right INVALID_MODULE envelope sent with HTTP 404
        String body = """
                {"code":"INVALID_MODULE","details":{"resource_path_index":0},"message":"%s","status":"error"}
                """.formatted(ZohoError.INVALID_MODULE.message());
        ApiResponse response = answer(404, body);

        // WHEN / THEN the failure names the expectation, the one failed claim, what Zoho answered, the call and the
        // body
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INVALID_MODULE))
                .withMessageContaining(expecting(CALL, INVALID_MODULE_EXPECTATION))
                .withMessageContaining("  held      [delink page] code: INVALID_MODULE\n")
                .withMessageContaining(answered("HTTP 404 INVALID_MODULE"))
                .withMessageContaining(body)
                .satisfies(error -> assertThat(failedLines(error))
                        .containsExactly("  FAILED    [delink page] HTTP status: 400; but it was HTTP 404"));
    }

    @Test
    void fails_on_the_wrong_code_only() {
        // GIVEN HTTP 400 with INVALID_URL_PATTERN's code but INVALID_MODULE's message and details
        String body = """
                {"code":"INVALID_URL_PATTERN","details":{"resource_path_index":0},"message":"%s","status":"error"}
                """.formatted(ZohoError.INVALID_MODULE.message());
        ApiResponse response = answer(400, body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INVALID_MODULE))
                .withMessageContaining(expecting(CALL, INVALID_MODULE_EXPECTATION))
                .withMessageContaining(answered("HTTP 400 INVALID_URL_PATTERN"))
                .withMessageContaining(body)
                .satisfies(error -> assertThat(failedLines(error))
                        .containsExactly(
                                "  FAILED    [delink page] code: INVALID_MODULE; but it was INVALID_URL_PATTERN"));
    }

    @Test
    void fails_on_a_message_that_differs_only_in_case_while_the_any_case_claim_holds() {
        // GIVEN the page's capitalised prose instead of the lower-case wire message
        String body = """
                {"code":"INVALID_MODULE","details":{"resource_path_index":0},"message":"%s","status":"error"}
                """.formatted(ZohoError.INVALID_MODULE.pageMessage());
        ApiResponse response = answer(400, body);

        // WHEN / THEN the page's text holds in any case; the exact text, seen on the wire, fails
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INVALID_MODULE))
                .withMessageContaining(expecting(CALL, INVALID_MODULE_EXPECTATION))
                .withMessageContaining(
                        "  held      [delink page] message, any case: The module name given seems to be invalid\n")
                .withMessageContaining(answered("HTTP 400 INVALID_MODULE"))
                .satisfies(error -> assertThat(failedLines(error))
                        .containsExactly(
                                "  FAILED    [seen on the wire] exact message: the module name given seems to be invalid;"
                                        + " but it was \"The module name given seems to be invalid\""));
    }

    @Test
    void fails_on_the_code_in_lower_case() {
        // GIVEN the code in another case
        String body = """
                {"code":"invalid_module","details":{"resource_path_index":0},"message":"%s","status":"error"}
                """.formatted(ZohoError.INVALID_MODULE.message());
        ApiResponse response = answer(400, body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INVALID_MODULE))
                .withMessageContaining(expecting(CALL, INVALID_MODULE_EXPECTATION))
                .withMessageContaining(answered("HTTP 400 invalid_module"))
                .satisfies(error -> assertThat(failedLines(error))
                        .containsExactly("  FAILED    [delink page] code: INVALID_MODULE; but it was invalid_module"));
    }

    @Test
    void fails_on_the_other_documented_code_naming_the_contested_grade() {
        // GIVEN NOT_SUPPORTED, the official example's code, where the delink page says INVALID_MODULE
        String body = """
                {"code":"NOT_SUPPORTED","details":{"resource_path_index":0},"message":"%s","status":"error"}
                """.formatted(ZohoError.INVALID_MODULE_NOT_SUPPORTED.message());
        ApiResponse response = answer(400, body);

        // WHEN / THEN either code is documented, but the contested one expected here fails
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INVALID_MODULE_NOT_SUPPORTED))
                .withMessageContaining(expecting(
                        CALL,
                        "to be rejected with INVALID_MODULE (HTTP 400, message \""
                                + ZohoError.INVALID_MODULE_NOT_SUPPORTED.message() + "\")"))
                .withMessageContaining(
                        "  held      [delink page] code documented for the cause: INVALID_MODULE or NOT_SUPPORTED\n")
                .withMessageContaining(answered("HTTP 400 NOT_SUPPORTED"))
                .satisfies(error -> assertThat(failedLines(error))
                        .containsExactly("  FAILED    [contested] code: INVALID_MODULE; but it was NOT_SUPPORTED"));
    }

    @Test
    void fails_when_the_envelope_status_is_not_error() {
        // GIVEN a status field of "success" in an otherwise correct envelope
        String body = """
                {"code":"INVALID_MODULE","details":{"resource_path_index":0},"message":"%s","status":"success"}
                """.formatted(ZohoError.INVALID_MODULE.message());
        ApiResponse response = answer(400, body);

        // WHEN / THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INVALID_MODULE))
                .withMessageContaining(expecting(CALL, INVALID_MODULE_EXPECTATION))
                .withMessageContaining(body)
                .satisfies(error -> assertThat(failedLines(error))
                        .containsExactly(
                                "  FAILED    [seen on the wire] envelope: code, details, message, status \"error\";"
                                        + " but it was keys [code, details, message, status], status \"success\""));
    }

    @Test
    void fails_on_an_extra_envelope_key() {
        // GIVEN a correct envelope that also carries "data"
        String body = """
                {"code":"INVALID_MODULE","details":{"resource_path_index":0},"message":"%s","status":"error","data":[]}
                """.formatted(ZohoError.INVALID_MODULE.message());
        ApiResponse response = answer(400, body);

        // WHEN / THEN the failure lists the actual keys
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INVALID_MODULE))
                .withMessageContaining(expecting(CALL, INVALID_MODULE_EXPECTATION))
                .withMessageContaining(answered("HTTP 400 INVALID_MODULE"))
                .withMessageContaining(body)
                .satisfies(error -> assertThat(failedLines(error))
                        .containsExactly(
                                "  FAILED    [seen on the wire] envelope: code, details, message, status \"error\";"
                                        + " but it was keys [code, data, details, message, status], status \"error\""));
    }

    @Test
    void fails_on_a_missing_details_key() {
        // GIVEN an envelope without details
        String body = """
                {"code":"INVALID_URL_PATTERN","message":"%s","status":"error"}
                """.formatted(ZohoError.INVALID_URL_PATTERN.message());
        ApiResponse response = answer(ZohoError.INVALID_URL_PATTERN.httpStatus(), body);

        // WHEN / THEN both the details and the envelope fail
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INVALID_URL_PATTERN))
                .withMessageContaining(expecting(
                        CALL,
                        "to be rejected with INVALID_URL_PATTERN (HTTP 404, message \""
                                + ZohoError.INVALID_URL_PATTERN.message() + "\")"))
                .withMessageContaining(answered("HTTP 404 INVALID_URL_PATTERN"))
                .withMessageContaining(body)
                .satisfies(
                        error -> assertThat(failedLines(error))
                                .containsExactly(
                                        "  FAILED    [seen on the wire] details: {}; but it was null",
                                        "  FAILED    [seen on the wire] envelope: code, details, message, status \"error\"; but it was keys [code, message, status], status \"error\""));
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
                .withMessageContaining(expecting(
                        CALL,
                        "to be rejected with REQUIRED_PARAM_MISSING (HTTP 400, message \""
                                + ZohoError.REQUIRED_PARAM_MISSING.message() + "\")"))
                .withMessageContaining(answered("HTTP 400 REQUIRED_PARAM_MISSING"))
                .withMessageContaining(body)
                .satisfies(
                        error -> assertThat(failedLines(error))
                                .containsExactly(
                                        "  FAILED    [seen on the wire] details: {\"param_name\":\"ids\"}; but it was {\"param_name\":\"fields\"}"));
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
                .withMessageContaining(answered("HTTP 400 INVALID_DATA"))
                .satisfies(error -> assertThat(failedLines(error))
                        .containsExactly(
                                "  FAILED    [seen on the wire] details: {\"resource_path_index\":1}; but it was {}"));
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

        // WHEN / THEN no whole-call code is found, and the answer is summarised by its distinct item codes
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INVALID_DATA_RECORD_ID))
                .withMessageContaining(expecting(
                        CALL,
                        "to be rejected with INVALID_DATA (HTTP 400, message \""
                                + ZohoError.INVALID_DATA_RECORD_ID.message() + "\")"))
                .withMessageContaining("  FAILED    [contested] code: INVALID_DATA; but it was null\n")
                .withMessageContaining(
                        "  FAILED    [seen on the wire] envelope: code, details, message, status \"error\"; but it was keys [data], status none\n")
                .withMessageContaining(answered("HTTP 207 data[SUCCESS, INVALID_DATA]"))
                .withMessageContaining(body);
    }

    @Test
    void refuses_a_per_record_error_as_a_whole_call_s_answer() {
        // WHEN / THEN INVALID_DATA for one related id is a record's result, never what a whole call is rejected with
        assertThatIllegalArgumentException()
                .isThrownBy(() -> assertThat(answer(400, "{}")).isRejectedWith(ZohoError.INVALID_DATA))
                .withMessageContaining("is one record's result, not a whole call's answer");
    }

    @Test
    void fails_on_an_empty_204_body() {
        // GIVEN an empty 204
        ApiResponse response = answer(204, "");

        // WHEN / THEN the failure says nothing was refused and the body was empty
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(response).isRejectedWith(ZohoError.INVALID_MODULE))
                .withMessageContaining(expecting(CALL, INVALID_MODULE_EXPECTATION))
                .withMessageContaining(
                        "  FAILED    [delink page] refused: an error, nothing delinked; but it was HTTP 204\n")
                .withMessageContaining("  FAILED    [delink page] HTTP status: 400; but it was HTTP 204\n")
                .withMessageContaining(
                        "  FAILED    [seen on the wire] envelope: code, details, message, status \"error\"; but it was no JSON body\n")
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
                .withMessageContaining("  FAILED    [delink page] code: INTERNAL_ERROR; but it was null\n")
                .withMessageContaining("  FAILED    [delink page] HTTP status: 500; but it was HTTP 502\n")
                .withMessageContaining(
                        "  FAILED    [seen on the wire] envelope: code, details, message, status \"error\"; but it was no JSON body\n")
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
