package dev.zohodelink.regressions;

import dev.zohodelink.assertions.CheckedExpectation;
import dev.zohodelink.assertions.RecordedExpectation;
import dev.zohodelink.report.RunOutcome;
import dev.zohodelink.report.ScenarioOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * What one run in one mode caught: each failed scenario with the expectations that failed in it. A scenario that
 * failed without a failed expectation (a broken fixture, a step that threw) caught nothing.
 */
record ModeVerdict(boolean ran, List<Catch> catches) {

    ModeVerdict {
        catches = List.copyOf(catches);
    }

    /** A mode a regression was not run in: one listed apart cannot break a documented expectation in observe mode either. */
    static ModeVerdict notRun() {
        return new ModeVerdict(false, List.of());
    }

    /** A scenario that failed, and the expectations that made it fail, each as "[grade] aspect". */
    record Catch(String scenario, List<String> documented, List<String> undocumented) {}

    static ModeVerdict of(RunOutcome outcome) {
        List<Catch> catches = new ArrayList<>();
        for (ScenarioOutcome scenario : outcome.scenarios()) {
            if (!scenario.status().equals("FAILED")) {
                continue;
            }
            List<String> documented = new ArrayList<>();
            List<String> undocumented = new ArrayList<>();
            for (RecordedExpectation expectation : scenario.expectations()) {
                if (expectation.result() == CheckedExpectation.Result.FAILED) {
                    String described = "[" + expectation.evidence() + "] " + expectation.aspect();
                    (expectation.documented() ? documented : undocumented).add(described);
                }
            }
            if (!documented.isEmpty() || !undocumented.isEmpty()) {
                catches.add(new Catch(scenario.name(), documented, undocumented));
            }
        }
        return new ModeVerdict(true, catches);
    }

    boolean caught() {
        return !catches.isEmpty();
    }

    boolean caughtByDocumented() {
        return catches.stream().anyMatch(c -> !c.documented().isEmpty());
    }
}
