package dev.zohodelink.report;

import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Relation;
import dev.zohodelink.contract.SupportedRelations;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.targets.UrlForm;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageMatrixTest {

    @Test
    void finds_no_gap_when_every_relation_form_and_error_was_proved() {
        // GIVEN
        RunOutcome run = run(ApiVersion.V7, everything(ApiVersion.V7, "PASSED"));

        // WHEN / THEN
        then(new CoverageMatrix(List.of(run), false).gaps()).isEmpty();
    }

    @Test
    void reports_a_relation_that_no_scenario_delinked_through_one_url_form() {
        // GIVEN every fact but Campaigns -> Leads through the ids parameter
        List<ScenarioOutcome> scenarios = new ArrayList<>(everything(ApiVersion.V2_1, "PASSED"));
        scenarios.removeIf(
                s -> s.relations().contains(new ProvenRelation(Module.CAMPAIGNS, Module.LEADS, UrlForm.BULK)));

        // WHEN
        List<String> gaps = new CoverageMatrix(List.of(run(ApiVersion.V2_1, scenarios)), false).gaps();

        // THEN
        then(gaps).containsExactly("v2.1: Campaigns -> Leads via ids parameter is MISSING");
    }

    @Test
    void reports_an_error_whose_only_scenario_failed() {
        // GIVEN
        List<ScenarioOutcome> scenarios = new ArrayList<>(everything(ApiVersion.V7, "PASSED"));
        scenarios.removeIf(s -> s.errors().contains(ZohoError.LIMIT_EXCEEDED));
        scenarios.add(scenario(List.of(), List.of(ZohoError.LIMIT_EXCEEDED), "FAILED"));

        // WHEN / THEN
        then(new CoverageMatrix(List.of(run(ApiVersion.V7, scenarios)), false).gaps())
                .containsExactly("v7: LIMIT_EXCEEDED is FAIL");
    }

    @Test
    void does_not_demand_assumed_promises_when_assumed_scenarios_were_left_out() {
        // GIVEN a run without the assumed scenarios: no Contacts -> Campaigns
        List<ScenarioOutcome> scenarios = new ArrayList<>(everything(ApiVersion.V7, "PASSED"));
        scenarios.removeIf(s ->
                s.relations().stream().anyMatch(r -> r.parent() == Module.CONTACTS && r.related() == Module.CAMPAIGNS));
        CoverageMatrix matrix = new CoverageMatrix(List.of(run(ApiVersion.V7, scenarios)), false);

        // WHEN / THEN no gap, but the matrix shows them missing
        then(matrix.gaps()).isEmpty();
        then(matrix.markdown()).contains("| Contacts -> Campaigns | reverse | assumed | MISSING | MISSING |");
    }

    @Test
    void demands_the_refusal_of_more_than_100_ids_since_the_delink_page_documents_it() {
        // GIVEN a run without the 101-id scenario
        List<ScenarioOutcome> scenarios = new ArrayList<>(everything(ApiVersion.V7, "PASSED"));
        scenarios.removeIf(s -> s.errors().contains(ZohoError.LIMIT_EXCEEDED));

        // WHEN / THEN
        then(new CoverageMatrix(List.of(run(ApiVersion.V7, scenarios)), false).gaps())
                .containsExactly("v7: LIMIT_EXCEEDED is MISSING");
    }

    @Test
    void reports_an_error_covered_only_by_skipped_scenarios_as_not_proven_on_the_target() {
        // GIVEN the INTERNAL_ERROR scenario was skipped, as on a live org
        List<ScenarioOutcome> scenarios = skippedInternalError();
        CoverageMatrix matrix = new CoverageMatrix(List.of(run(ApiVersion.V7, scenarios)), false);

        // WHEN / THEN not a gap by default, but said in the matrix and the summary line
        then(matrix.gaps()).isEmpty();
        then(matrix.markdown())
                .contains("| INTERNAL_ERROR | INTERNAL_ERROR | 500 |")
                .contains("| not proven on emulator |");
        then(matrix.summaryLines())
                .singleElement()
                .asString()
                .contains("errors proven; not proven on emulator: INTERNAL_ERROR");
    }

    @Test
    void fails_on_what_only_skipped_scenarios_cover_when_proof_is_required() {
        // WHEN / THEN
        then(new CoverageMatrix(List.of(run(ApiVersion.V7, skippedInternalError())), true).gaps())
                .containsExactly("v7: INTERNAL_ERROR is not proven on emulator");
    }

    @Test
    void names_an_unproven_error_by_its_code_and_message_where_two_errors_share_the_code_never_by_its_constant() {
        // GIVEN a tag-filtered run: no scenario proved either INVALID_MODULE
        List<ScenarioOutcome> scenarios = new ArrayList<>(everything(ApiVersion.V7, "PASSED"));
        scenarios.removeIf(s -> s.errors().contains(ZohoError.INVALID_MODULE)
                || s.errors().contains(ZohoError.INVALID_MODULE_NOT_SUPPORTED));
        CoverageMatrix matrix = new CoverageMatrix(List.of(run(ApiVersion.V7, scenarios)), false);

        // WHEN / THEN
        then(matrix.summaryLines())
                .singleElement()
                .asString()
                .endsWith(
                        "; not run (no selected scenario proves it): INVALID_MODULE \"the module name given seems to be invalid\","
                                + " INVALID_MODULE \"The given module is not supported in API\"")
                .doesNotContain("INVALID_MODULE_NOT_SUPPORTED");
        then(matrix.gaps())
                .containsExactly(
                        "v7: INVALID_MODULE \"the module name given seems to be invalid\" is MISSING",
                        "v7: INVALID_MODULE \"The given module is not supported in API\" is MISSING");
    }

    @Test
    void says_of_each_unproven_promise_whether_its_scenario_failed_was_skipped_or_did_not_run() {
        // GIVEN INTERNAL_ERROR's scenario skipped, LIMIT_EXCEEDED's failed and no INVALID_TOKEN scenario selected
        List<ScenarioOutcome> scenarios = skippedInternalError();
        scenarios.removeIf(
                s -> s.errors().contains(ZohoError.LIMIT_EXCEEDED) || s.errors().contains(ZohoError.INVALID_TOKEN));
        scenarios.add(scenario(List.of(), List.of(ZohoError.LIMIT_EXCEEDED), "FAILED"));

        // WHEN / THEN
        then(new CoverageMatrix(List.of(run(ApiVersion.V7, scenarios)), false).summaryLines())
                .singleElement()
                .asString()
                .contains("; failed: LIMIT_EXCEEDED")
                .contains("; not proven on emulator: INTERNAL_ERROR")
                .contains("; not run (no selected scenario proves it): INVALID_TOKEN");
    }

    private static List<ScenarioOutcome> skippedInternalError() {
        List<ScenarioOutcome> scenarios = new ArrayList<>(everything(ApiVersion.V7, "PASSED"));
        scenarios.removeIf(s -> s.errors().contains(ZohoError.INTERNAL_ERROR));
        scenarios.add(scenario(List.of(), List.of(ZohoError.INTERNAL_ERROR), "SKIPPED"));
        return scenarios;
    }

    @Test
    void marks_appointments_as_not_applicable_on_v2_1() {
        // GIVEN
        Relation appointments = SupportedRelations.find(
                        ApiVersion.V7,
                        dev.zohodelink.contract.Module.APPOINTMENTS,
                        dev.zohodelink.contract.Module.SERVICES)
                .orElseThrow();
        CoverageMatrix matrix =
                new CoverageMatrix(List.of(run(ApiVersion.V2_1, everything(ApiVersion.V2_1, "PASSED"))), false);

        // WHEN / THEN
        then(matrix.relation(matrix.runs().get(0), appointments, UrlForm.SINGLE))
                .isEqualTo(CoverageMatrix.Cell.NOT_APPLICABLE);
    }

    private static List<ScenarioOutcome> everything(ApiVersion version, String status) {
        List<ScenarioOutcome> scenarios = new ArrayList<>();
        for (Relation relation : SupportedRelations.forVersion(version)) {
            for (UrlForm form : UrlForm.values()) {
                scenarios.add(scenario(List.of(ProvenRelation.of(relation, form)), List.of(), status));
            }
        }
        CoverageMatrix.delinkErrors().forEach(error -> scenarios.add(scenario(List.of(), List.of(error), status)));
        return scenarios;
    }

    private static ScenarioOutcome scenario(List<ProvenRelation> relations, List<ZohoError> errors, String status) {
        return new ScenarioOutcome(
                "f",
                "s",
                "features/f.feature",
                1,
                List.of(),
                status,
                null,
                relations,
                errors,
                1,
                1,
                0,
                List.of(),
                List.of());
    }

    private static RunOutcome run(ApiVersion version, List<ScenarioOutcome> scenarios) {
        return new RunOutcome(version.pathSegment(), "emulator", "best-evidence", scenarios);
    }
}
