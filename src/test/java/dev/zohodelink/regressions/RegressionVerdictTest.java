package dev.zohodelink.regressions;

import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.support.Misbehaviour;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a simulated regression counts as caught, and when the build must fail instead. */
class RegressionVerdictTest {

    private static final SimulatedRegression DOCUMENTED =
            SimulatedRegression.breaksDocumentation(Misbehaviour.WRONG_SUCCESS_MESSAGE, "a.feature");
    private static final SimulatedRegression APART =
            SimulatedRegression.breaksOnlyUndocumented(Misbehaviour.RESULTS_IN_REVERSE_ORDER, "inferred", "a.feature");

    private static ModeVerdict byDocumented() {
        return new ModeVerdict(
                true, List.of(new ModeVerdict.Catch("a scenario", List.of("[delink page] result"), List.of())));
    }

    private static ModeVerdict byUndocumented() {
        return new ModeVerdict(
                true, List.of(new ModeVerdict.Catch("a scenario", List.of(), List.of("[inferred] order of results"))));
    }

    private static ModeVerdict nothing() {
        return new ModeVerdict(true, List.of());
    }

    @Test
    void a_documented_regression_is_caught_only_by_a_documented_expectation_in_both_modes() {
        then(new RegressionVerdict(DOCUMENTED, byDocumented(), byDocumented()).caught())
                .isTrue();
        then(new RegressionVerdict(DOCUMENTED, byDocumented(), nothing()).problem())
                .contains("no documented expectation caught it in observe mode");
        then(new RegressionVerdict(DOCUMENTED, byUndocumented(), byDocumented()).problem())
                .contains("no documented expectation caught it in the default mode");
    }

    @Test
    void a_regression_listed_apart_is_caught_by_undocumented_expectations_in_the_default_mode() {
        then(new RegressionVerdict(APART, byUndocumented(), ModeVerdict.notRun()).caught())
                .isTrue();
        then(new RegressionVerdict(APART, nothing(), ModeVerdict.notRun()).problem())
                .contains("nothing caught it in the default mode");
    }

    @Test
    void a_regression_listed_apart_that_a_documented_expectation_catches_is_misfiled() {
        then(new RegressionVerdict(APART, byDocumented(), ModeVerdict.notRun()).problem())
                .get()
                .asString()
                .contains("it breaks a documented promise");
    }

    @Test
    void the_score_counts_what_was_caught_as_firmly_as_it_must_be() {
        MutationReport report = new MutationReport(
                List.of(
                        new RegressionVerdict(DOCUMENTED, byDocumented(), byDocumented()),
                        new RegressionVerdict(APART, nothing(), ModeVerdict.notRun())),
                3,
                java.time.Duration.ofSeconds(2));

        then(report.scoreLine()).isEqualTo("simulated regressions caught: 1/2");
        then(report.render())
                .contains("simulated regressions caught: 1/2")
                .contains("| **NO**: nothing caught it in the default mode |");
    }
}
