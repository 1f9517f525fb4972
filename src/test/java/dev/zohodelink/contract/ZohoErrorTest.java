package dev.zohodelink.contract;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenCode;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ZohoErrorTest {

    private static final Set<ZohoError> DELINK_PAGE = EnumSet.of(
            ZohoError.INVALID_MODULE,
            ZohoError.INVALID_MODULE_NOT_SUPPORTED,
            ZohoError.INVALID_URL_PATTERN,
            ZohoError.OAUTH_SCOPE_MISMATCH,
            ZohoError.NO_PERMISSION,
            ZohoError.INTERNAL_ERROR,
            ZohoError.INVALID_REQUEST_METHOD,
            ZohoError.AUTHORIZATION_FAILED,
            ZohoError.INVALID_DATA,
            ZohoError.UNABLE_TO_PARSE_DATA_TYPE);

    @Test
    void flags_exactly_the_ten_entries_of_the_delink_page() {
        // WHEN the catalogue is filtered on the page flag
        Set<ZohoError> flagged = Arrays.stream(ZohoError.values())
                .filter(ZohoError::isOnDelinkPage)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ZohoError.class)));

        // THEN they are the ten "Possible Errors" of the page
        then(flagged).hasSize(10).isEqualTo(DELINK_PAGE);
    }

    @ParameterizedTest(name = "{0} {1} \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            INVALID_MODULE               | 400 | The module name given seems to be invalid
            INVALID_MODULE_NOT_SUPPORTED | 400 | The given module is not supported in API
            INVALID_URL_PATTERN          | 404 | Please check if the URL trying to access is a correct one
            OAUTH_SCOPE_MISMATCH         | 401 | Unauthorized
            NO_PERMISSION                | 403 | Permission denied to delete records
            INTERNAL_ERROR               | 500 | Internal Server Error
            INVALID_REQUEST_METHOD       | 400 | The http request method type is not a valid one
            AUTHORIZATION_FAILED         | 400 | User does not have sufficient privilege to delete related records data
            INVALID_DATA                 | 400 | the related id given seems to be invalid
            UNABLE_TO_PARSE_DATA_TYPE    | 400 | either the request body or parameters is in wrong format
            """)
    void carries_the_status_and_prose_of_the_delink_page(ZohoError error, int status, String pageText) {
        // WHEN / THEN each page entry keeps the page's HTTP status and wording
        then(error.httpStatus()).isEqualTo(status);
        then(error.pageMessage()).isEqualTo(pageText);
        then(error.claims()).filteredOn(claim -> claim.basis().isDocumented()).isNotEmpty();
    }

    @Test
    void gives_both_invalid_module_variants_the_same_code_and_status_but_different_messages() {
        // WHEN / THEN
        then(ZohoError.INVALID_MODULE_NOT_SUPPORTED.code())
                .isEqualTo(ZohoError.INVALID_MODULE.code())
                .isEqualTo("INVALID_MODULE");
        then(ZohoError.INVALID_MODULE_NOT_SUPPORTED.httpStatus()).isEqualTo(ZohoError.INVALID_MODULE.httpStatus());
        then(ZohoError.INVALID_MODULE_NOT_SUPPORTED.message()).isNotEqualTo(ZohoError.INVALID_MODULE.message());
    }

    @Test
    void sends_invalid_module_in_lower_case_as_seen_on_the_wire() {
        // WHEN / THEN the wire message differs from the page's capitalised prose
        then(ZohoError.INVALID_MODULE.message()).isEqualTo("the module name given seems to be invalid");
        then(ZohoError.INVALID_MODULE.pageMessage()).isEqualTo("The module name given seems to be invalid");
        then(ZohoError.INVALID_MODULE.messageProvenance().evidence()).isEqualTo(Evidence.SEEN_ON_WIRE);
    }

    @ParameterizedTest
    @EnumSource(
            value = ZohoError.class,
            names = {"OAUTH_SCOPE_MISMATCH", "NO_PERMISSION", "INTERNAL_ERROR"})
    void holds_no_message_as_documented_where_zoho_s_own_material_words_it_otherwise_than_the_page(ZohoError error) {
        // WHEN / THEN the page's prose is shown but not held; the exact text rests on less than documentation
        then(error.claims()).noneMatch(claim -> claim.aspect() == Aspect.MESSAGE_ANY_CASE);
        then(error.messageProvenance().isDocumented()).isFalse();
        then(error.pageMessage()).isNotEqualTo(error.message());
    }

    @ParameterizedTest
    @EnumSource(
            value = ZohoError.class,
            names = {
                "INVALID_MODULE",
                "INVALID_MODULE_NOT_SUPPORTED",
                "INVALID_URL_PATTERN",
                "INVALID_REQUEST_METHOD",
                "INVALID_DATA",
                "UNABLE_TO_PARSE_DATA_TYPE"
            })
    void holds_the_page_s_message_without_regard_to_case_and_grades_the_exact_text_lower(ZohoError error) {
        // WHEN / THEN
        then(basis(error, Aspect.MESSAGE_ANY_CASE).evidence()).isEqualTo(Evidence.DELINK_PAGE);
        then(error.message()).isEqualToIgnoringCase(error.pageMessage());
        then(error.messageProvenance().isDocumented()).isFalse();
    }

    @Test
    void holds_only_the_refusal_of_more_than_100_ids_as_documented() {
        // WHEN / THEN refused and nothing delinked is the page's; code, status, message and details are an official
        // example
        then(ZohoError.LIMIT_EXCEEDED.claims())
                .filteredOn(claim -> claim.basis().isDocumented())
                .extracting(Claim::aspect)
                .containsExactly(Aspect.REFUSED);
        then(ZohoError.LIMIT_EXCEEDED.claims())
                .filteredOn(claim -> !claim.basis().isDocumented())
                .extracting(claim -> claim.basis().evidence())
                .containsOnly(Evidence.OFFICIAL_EXAMPLE);
    }

    @Test
    void accepts_either_code_zoho_gives_for_an_unsupported_module_as_documented_and_grades_the_choice_contested() {
        // WHEN / THEN
        for (ZohoError error : List.of(ZohoError.INVALID_MODULE_NOT_SUPPORTED, ZohoError.NOT_SUPPORTED)) {
            then(basis(error, Aspect.CODE_DOCUMENTED).evidence()).isEqualTo(Evidence.DELINK_PAGE);
            then(basis(error, Aspect.CODE).evidence()).isEqualTo(Evidence.CONTESTED);
        }
    }

    @Test
    void grades_the_code_for_missing_ids_by_its_source_and_the_refusal_as_documented() {
        // WHEN / THEN
        then(basis(ZohoError.MANDATORY_NOT_FOUND_IDS, Aspect.CODE).evidence()).isEqualTo(Evidence.OFFICIAL_EXAMPLE);
        then(basis(ZohoError.REQUIRED_PARAM_MISSING, Aspect.CODE).evidence()).isEqualTo(Evidence.INFERRED);
        then(basis(ZohoError.MANDATORY_NOT_FOUND_IDS, Aspect.REFUSED).evidence())
                .isEqualTo(Evidence.DELINK_PAGE);
    }

    @Test
    void grades_a_non_numeric_id_in_the_list_as_documented_and_one_in_the_path_as_inferred() {
        // WHEN / THEN
        then(basis(ZohoError.UNABLE_TO_PARSE_DATA_TYPE, Aspect.CODE).evidence()).isEqualTo(Evidence.DELINK_PAGE);
        then(ZohoError.UNABLE_TO_PARSE_DATA_TYPE_IN_PATH.claims())
                .noneMatch(claim -> claim.basis().isDocumented());
    }

    @Test
    void grades_the_message_of_an_expired_token_as_inferred() {
        // WHEN / THEN
        then(basis(ZohoError.INVALID_TOKEN_EXPIRED, Aspect.MESSAGE).evidence()).isEqualTo(Evidence.INFERRED);
        then(basis(ZohoError.INVALID_TOKEN, Aspect.MESSAGE).evidence()).isEqualTo(Evidence.SEEN_ON_WIRE);
    }

    @ParameterizedTest
    @EnumSource(
            value = ZohoError.class,
            names = {"NO_PERMISSION", "AUTHORIZATION_FAILED"})
    void holds_only_that_one_of_the_two_permission_codes_answers_since_the_page_gives_them_the_same_cause(
            ZohoError error) {
        // WHEN / THEN
        then(basis(error, Aspect.REFUSED).evidence()).isEqualTo(Evidence.DELINK_PAGE);
        then(basis(error, Aspect.CODE_DOCUMENTED).evidence()).isEqualTo(Evidence.DELINK_PAGE);
        then(error.claims())
                .filteredOn(claim -> claim.basis().isDocumented())
                .extracting(Claim::aspect)
                .containsExactly(Aspect.REFUSED, Aspect.CODE_DOCUMENTED);
    }

    private static Provenance basis(ZohoError error, Aspect aspect) {
        return error.claims().stream()
                .filter(claim -> claim.aspect() == aspect)
                .map(Claim::basis)
                .findFirst()
                .orElseThrow(() -> new AssertionError(error + " claims nothing about " + aspect));
    }

    @ParameterizedTest
    @EnumSource(ZohoError.class)
    void renders_an_envelope_with_exactly_code_details_message_status_in_order(ZohoError error) {
        // WHEN the envelope is rendered
        Map<String, Object> body = error.body();

        // THEN it has Zoho's four keys, in Zoho's order, with the entry's values
        then(body.keySet()).containsExactly("code", "details", "message", "status");
        then(body)
                .containsEntry("code", error.code())
                .containsEntry("details", error.details())
                .containsEntry("message", error.message())
                .containsEntry("status", "error");
    }

    @Test
    void renders_the_given_details_instead_of_the_catalogue_s() {
        // WHEN INVALID_DATA is rendered for one record
        Map<String, Object> body = ZohoError.INVALID_DATA.body(Map.of("id", "3652397000000925128"));

        // THEN the details are those given
        then(body.keySet()).containsExactly("code", "details", "message", "status");
        then(body.get("details")).isEqualTo(Map.of("id", "3652397000000925128"));
    }

    @ParameterizedTest
    @EnumSource(ZohoError.class)
    void is_found_again_from_its_wire_code_message_and_level(ZohoError error) {
        // WHEN / THEN the entry, or its twin with the same body and other grades
        then(ZohoError.fromWire(error.code(), error.message(), error.level()))
                .hasValueSatisfying(found -> then(found.body()).isEqualTo(error.body()));
    }

    @Test
    void tells_the_invalid_record_id_of_the_path_from_the_invalid_related_id_of_an_item_by_level() {
        // WHEN / THEN
        then(ZohoError.fromWire("INVALID_DATA", "the related id given seems to be invalid", ZohoError.Level.CALL))
                .contains(ZohoError.INVALID_DATA_RECORD_ID);
        then(ZohoError.fromWire("INVALID_DATA", "the related id given seems to be invalid", ZohoError.Level.ITEM))
                .contains(ZohoError.INVALID_DATA);
    }

    @Test
    void finds_nothing_for_an_undocumented_pair_or_a_case_difference() {
        // WHEN / THEN
        then(ZohoError.fromWire("INVALID_MODULE", "The module name given seems to be invalid", ZohoError.Level.CALL))
                .isEmpty();
        then(ZohoError.fromWire("invalid_module", ZohoError.INVALID_MODULE.message(), ZohoError.Level.CALL))
                .isEmpty();
        then(ZohoError.fromWire("NOT_A_CODE", "whatever", ZohoError.Level.CALL)).isEmpty();
        thenCode(() -> ZohoError.fromWire(null, null, ZohoError.Level.CALL)).doesNotThrowAnyException();
        then(ZohoError.fromWire(null, null, ZohoError.Level.CALL)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = ZohoError.class,
            names = {
                "INVALID_DATA_RELATION_NOT_FOUND",
                "INVALID_DATA_RELATION_NAME",
                "UNABLE_TO_PARSE_DATA_TYPE_IN_PATH"
            })
    void marks_the_undocumented_errors_of_the_delink_route_as_assumed(ZohoError error) {
        // WHEN / THEN
        then(error.isAssumed()).isTrue();
        then(error.isOnDelinkPage()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ZohoError.class)
    void claims_the_values_it_renders(ZohoError error) {
        // WHEN / THEN the exact message claimed is the one the emulator sends
        then(error.claims())
                .filteredOn(claim -> claim.aspect() == Aspect.MESSAGE)
                .extracting(Claim::expected)
                .containsExactly(error.message());
        then(error.claims())
                .filteredOn(claim -> claim.aspect() == Aspect.CODE)
                .extracting(Claim::expected)
                .containsExactly(error.code());
    }

    @Test
    void places_item_errors_at_item_level() {
        // WHEN / THEN
        then(Arrays.stream(ZohoError.values()).filter(e -> e.level() == ZohoError.Level.ITEM))
                .containsExactlyInAnyOrder(
                        ZohoError.INVALID_DATA,
                        ZohoError.INVALID_DATA_RELATION_NOT_FOUND,
                        ZohoError.MANDATORY_NOT_FOUND,
                        ZohoError.INVALID_DATA_RECORD_NOT_DELETED,
                        ZohoError.INVALID_DATA_FIELD);
    }

    @Test
    void answers_limit_exceeded_with_the_documented_limit() {
        // WHEN / THEN the message names the page's limit of 100
        then(ZohoError.LIMIT_EXCEEDED.message()).contains(String.valueOf(Limits.MAX_IDS_PER_DELINK));
        then(ZohoError.LIMIT_EXCEEDED.details()).containsEntry("limit", String.valueOf(Limits.MAX_IDS_PER_DELINK));
    }
}
