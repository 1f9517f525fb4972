package dev.zohodelink.estimate;

import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.client.CallPurpose;
import dev.zohodelink.contract.Module;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class EstimateReportTest {

    /** A version's run: 500 credits of which 12 are cleanup. */
    private static SpendingEstimate version(String label, long fixtureInserts) {
        return new SpendingEstimate(
                label,
                80,
                5,
                0,
                450,
                fixtureInserts + 300 + 12,
                Map.of(CallPurpose.FIXTURE_INSERT, fixtureInserts, CallPurpose.DELINK, 300L, CallPurpose.CLEANUP, 12L),
                Map.of(Module.CONTACTS, 900L),
                Map.of(Module.CONTACTS, 900L));
    }

    private static CreditEstimate estimate(OptionalLong maxCredits) {
        return new CreditEstimate(
                List.of(version("v7", 188), version("v8", 204)), List.of(), "as configured", maxCredits);
    }

    @Test
    void the_budget_holds_each_versions_run_without_its_cleanup() {
        // v7 spends 500 (488 under the budget), v8 516 (504 under the budget)
        then(EstimateReport.budget(estimate(OptionalLong.of(504))))
                .isEqualTo("ZOHO_MAX_CREDITS=504 holds each version's run, cleanup exempt (v7 488, v8 504): the"
                        + " estimate fits under it.");
    }

    @Test
    void a_run_over_the_budget_is_named_with_what_happens_to_it() {
        then(EstimateReport.budget(estimate(OptionalLong.of(503))))
                .isEqualTo("ZOHO_MAX_CREDITS=503 holds each version's run, cleanup exempt (v7 488, v8 504): the"
                        + " estimate does NOT fit: v8 would stop making calls at 503 credits and fail the scenarios"
                        + " left.");
    }

    @Test
    void without_a_budget_the_report_says_so() {
        then(EstimateReport.budget(estimate(OptionalLong.empty())))
                .isEqualTo("ZOHO_MAX_CREDITS is not set: a live run makes every call it needs.");
    }

    @Test
    void the_total_adds_the_versions_and_the_floor_adds_their_floors() {
        CreditEstimate estimate = estimate(OptionalLong.empty());

        then(estimate.total().credits()).isEqualTo(500 + 516);
        then(estimate.total().scenariosRun()).isEqualTo(160);
        then(estimate.total().creditsByPurpose())
                .containsExactly(
                        Map.entry(CallPurpose.FIXTURE_INSERT, 392L),
                        Map.entry(CallPurpose.DELINK, 600L),
                        Map.entry(CallPurpose.CLEANUP, 24L));
        // each run: 300 for the steps, 900 contacts inserted (90) and deleted (9)
        then(estimate.totalFloor()).isEqualTo(new IsolationFloor(160, 600, 180, 18));
        then(EstimateReport.lines(estimate))
                .contains(
                        "v7: 80 scenarios run, 5 skipped; 450 API calls, 500 credits, 6.25 per scenario; isolation"
                                + " floor 4.99 per scenario",
                        "total: 160 scenarios run, 10 skipped; 900 API calls, 1016 credits, 6.35 per scenario;"
                                + " isolation floor 4.99 per scenario",
                        "  credits by purpose: fixture inserts 392, delinks 600, cleanup 24");
    }
}
