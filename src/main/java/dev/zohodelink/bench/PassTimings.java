package dev.zohodelink.bench;

import dev.zohodelink.bench.ScenarioClock.VersionSpan;
import java.util.List;

/**
 * One pass of the suite, split so that the parts add up to its wall time: start-up (clearing the reports, discovering
 * the features, starting Cucumber, until each version's first scenario starts), scenarios (each version's first
 * scenario start to its last scenario end) and reports (each version's plugins writing after its last scenario, and
 * the run's own reports after the last version).
 */
record PassTimings(long wallNanos, long startupNanos, long scenariosNanos, long reportsNanos) {

    static PassTimings of(long passStart, long passEnd, List<VersionSpan> spans) {
        long startup = 0;
        long scenarios = 0;
        long reports = 0;
        long previousEnd = passStart;
        for (VersionSpan span : spans) {
            startup += span.firstScenarioStart() - previousEnd;
            scenarios += span.lastScenarioEnd() - span.firstScenarioStart();
            reports += span.planEnd() - span.lastScenarioEnd();
            previousEnd = span.planEnd();
        }
        reports += passEnd - previousEnd;
        return new PassTimings(passEnd - passStart, startup, scenarios, reports);
    }
}
