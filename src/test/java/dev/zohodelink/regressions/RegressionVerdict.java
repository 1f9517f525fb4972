package dev.zohodelink.regressions;

import java.util.Optional;

/**
 * Whether the suite caught one simulated regression. One that breaks a documented promise must be caught by a
 * documented expectation in the default mode and in observe mode; one listed apart must be caught in the default
 * mode, and by no documented expectation in either (else it belongs with the documented ones).
 */
record RegressionVerdict(SimulatedRegression regression, ModeVerdict byDefault, ModeVerdict observed) {

    boolean caught() {
        return problem().isEmpty();
    }

    Optional<String> problem() {
        if (regression.breaksDocumentedPromise()) {
            if (!byDefault.caughtByDocumented()) {
                return Optional.of("no documented expectation caught it in the default mode");
            }
            return observed.caughtByDocumented()
                    ? Optional.empty()
                    : Optional.of("no documented expectation caught it in observe mode");
        }
        if (byDefault.caughtByDocumented() || observed.caughtByDocumented()) {
            return Optional.of(
                    "listed apart as undocumented, but a documented expectation caught it: it breaks a documented promise");
        }
        return byDefault.caught() ? Optional.empty() : Optional.of("nothing caught it in the default mode");
    }
}
