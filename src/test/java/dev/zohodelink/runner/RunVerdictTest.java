package dev.zohodelink.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zohodelink.report.ApiSpending;
import dev.zohodelink.report.RunOutcome;
import dev.zohodelink.report.ScenarioOutcome;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunVerdictTest {

    private static final String CLEANUP = "cleanup: nothing to delete";

    private static RunOutcome runSpending(long calls, long credits) {
        return new RunOutcome(
                "v7",
                "emulator",
                "best-evidence",
                List.of(new ScenarioOutcome(
                        "f",
                        "s",
                        "features/f.feature",
                        3,
                        List.of(),
                        "PASSED",
                        "",
                        List.of(),
                        List.of(),
                        calls,
                        credits,
                        0,
                        List.of(),
                        List.of())));
    }

    @Test
    void a_run_whose_scenarios_all_passed_or_were_skipped_is_green_and_says_what_it_spent() {
        RunVerdict verdict = new RunVerdict(
                List.of(new VersionCount("v7", 85, 0, 3), new VersionCount("v8", 85, 0, 3)),
                List.of(runSpending(10, 12), runSpending(5, 5)),
                Optional.empty(),
                CLEANUP,
                List.of());

        assertThat(verdict.green()).isTrue();
        assertThat(verdict.summaryLine())
                .isEqualTo(
                        "Conformance GREEN: v7 88 scenarios (85 passed, 0 failed, 3 skipped); v8 88 scenarios (85 passed, 0 failed,"
                                + " 3 skipped); 0 failures; 15 API calls, 17 credits (0.1 per scenario); cleanup: nothing to delete");
    }

    @Test
    void a_live_run_counts_what_it_spent_in_all_per_scenario_that_ran() {
        // GIVEN 83 scenarios ran on each of two versions, and the live runs spent 498 credits, cleanup included
        RunVerdict verdict = new RunVerdict(
                List.of(new VersionCount("v7", 83, 0, 5), new VersionCount("v8", 83, 0, 5)),
                List.of(runSpending(400, 480)),
                Optional.of(new ApiSpending(418, 498)),
                CLEANUP,
                List.of());

        // THEN the line says the whole, and 3.0 credits per scenario that ran, skipped ones left out
        assertThat(verdict.summaryLine())
                .contains("; 0 failures; 418 API calls, 498 credits (3.0 per scenario, cleanup included); cleanup: ");
    }

    @Test
    void one_failed_scenario_on_one_version_makes_the_run_red() {
        RunVerdict verdict = new RunVerdict(
                List.of(new VersionCount("v7", 85, 0, 3), new VersionCount("v8", 84, 1, 3)),
                List.of(),
                Optional.empty(),
                CLEANUP,
                List.of());

        assertThat(verdict.green()).isFalse();
        assertThat(verdict.failures()).isEqualTo(1);
        assertThat(verdict.summaryLine()).startsWith("Conformance FAILED: ").contains("; 1 failure; ");
    }

    @Test
    void a_problem_the_reports_found_makes_the_run_red_even_when_every_scenario_passed() {
        RunVerdict verdict = new RunVerdict(
                List.of(new VersionCount("v7", 85, 0, 3)),
                List.of(),
                Optional.empty(),
                CLEANUP,
                List.of("drift beyond the policy 'breaking': v7 ..."));

        assertThat(verdict.green()).isFalse();
        assertThat(verdict.summaryLine()).endsWith("; 1 problem");
    }

    @Test
    void a_run_in_which_no_scenario_ran_is_not_green() {
        RunVerdict verdict = new RunVerdict(
                List.of(new VersionCount("v7", 0, 0, 0)), List.of(), Optional.empty(), CLEANUP, List.of());

        assertThat(verdict.green()).isFalse();
    }
}
