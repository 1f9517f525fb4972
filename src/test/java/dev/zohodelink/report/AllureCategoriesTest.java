package dev.zohodelink.report;

import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.assertions.CheckedExpectation;
import dev.zohodelink.assertions.Expectation;
import dev.zohodelink.assertions.ExpectationReport;
import dev.zohodelink.assertions.FailureMarker;
import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.contract.Provenance;
import dev.zohodelink.fixtures.FixtureStepFailed;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each failure lands in the category meant for it: the first whose pattern matches, as Allure files it. */
class AllureCategoriesTest {

    private static final String CALL = "DELETE /crm/v7/Campaigns/1/Contacts?ids=2";

    private static String failureOf(String aspect, Optional<ApiResponse> answer) {
        Expectation expectation =
                new Expectation(aspect, "SUCCESS", Provenance.delinkPage("test"), () -> false, () -> "something else");
        CheckedExpectation failed =
                new CheckedExpectation("the step", expectation, CheckedExpectation.Result.FAILED, "something else");
        return new ExpectationReport("to delink", List.of(failed), CALL, answer)
                .failure()
                .orElseThrow();
    }

    private static String categoryOf(String message) {
        return AllureCategories.categories().stream()
                .filter(category -> message.matches(category.messageRegex()))
                .map(AllureCategories.Category::name)
                .findFirst()
                .orElse("none");
    }

    @Test
    void files_a_whole_call_error_under_its_code() {
        // GIVEN
        ApiResponse answer = new ApiResponse(
                "DELETE",
                "/crm/v7/Campaigns/1/Contacts",
                400,
                "{\"code\":\"LIMIT_EXCEEDED\",\"details\":{},\"message\":\"Limit Exceeded\",\"status\":\"error\"}");

        // WHEN / THEN
        then(categoryOf(failureOf("code", Optional.of(answer)))).isEqualTo("Zoho answered LIMIT_EXCEEDED");
    }

    @Test
    void files_per_record_results_apart_from_whole_call_errors() {
        // GIVEN
        ApiResponse answer = new ApiResponse(
                "DELETE",
                "/crm/v7/Campaigns/1/Contacts",
                207,
                "{\"data\":["
                        + "{\"code\":\"SUCCESS\",\"details\":{\"id\":\"2\"},\"message\":\"relation removed\",\"status\":\"success\"},"
                        + "{\"code\":\"INVALID_DATA\",\"details\":{\"id\":\"3\"},\"message\":\"the related id given seems to be invalid\",\"status\":\"error\"}]}");

        // WHEN / THEN
        then(categoryOf(failureOf("the record's result", Optional.of(answer))))
                .isEqualTo("Zoho answered per-record results");
    }

    @Test
    void files_an_answer_without_a_code_on_its_own() {
        // GIVEN
        ApiResponse answer = new ApiResponse("DELETE", "/crm/v7/Campaigns/1/Contacts", 204, "");

        // WHEN / THEN
        then(categoryOf(failureOf("HTTP status", Optional.of(answer))))
                .isEqualTo("Zoho answered without an error code");
    }

    @Test
    void files_relation_state_records_gone_and_failed_fixtures_by_the_markers_the_steps_write() {
        // WHEN / THEN
        then(categoryOf(failureOf(
                        FailureMarker.RELATION_STATE.text() + "the contacts linked to campaign C (id 1)",
                        Optional.empty())))
                .isEqualTo("Relation state differs from the promise");
        then(categoryOf(failureOf("contact A (id 2)" + FailureMarker.RECORD_STILL_EXISTS.text(), Optional.empty())))
                .isEqualTo("Record missing after the call");
        then(categoryOf(new FixtureStepFailed("could not insert 1 leads: HTTP 500").getMessage()))
                .isEqualTo("Fixture could not be set up");
    }

    @Test
    void files_a_failure_that_names_no_marker_nowhere() {
        // WHEN / THEN
        then(categoryOf(failureOf("an aspect", Optional.empty()))).isEqualTo("none");
    }
}
