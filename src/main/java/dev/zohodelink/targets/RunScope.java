package dev.zohodelink.targets;

import dev.zohodelink.client.Progress;
import dev.zohodelink.config.LiveConfiguration;
import dev.zohodelink.config.RunConfiguration;
import dev.zohodelink.live.LiveRunSummary;
import dev.zohodelink.live.LiveSession;
import dev.zohodelink.live.RunMarker;
import java.time.Clock;
import java.util.Optional;

/**
 * The one run-scoped object of the suite: a live run's {@link LiveSession}, which all scenarios must share (one
 * limiter for every thread, one credit budget, cached tokens). Cucumber has no run scope for glue, so this is the
 * single deliberate static; it is opened by the first live scenario and closed by the {@code @AfterAll} hook.
 */
public final class RunScope {

    private static LiveSession live;
    private static RunConfiguration run;

    private RunScope() {}

    public static synchronized LiveSession liveSession(RunConfiguration configuration) {
        if (live == null) {
            LiveConfiguration settings = configuration.live().orElseThrow();
            live = new LiveSession(
                    settings,
                    configuration.version(),
                    settings.runId().map(RunMarker::new).orElseGet(RunMarker::fresh),
                    Clock.systemUTC(),
                    Progress.standardOutput());
            run = configuration;
        }
        return live;
    }

    /** Closes the live session, deleting what the run still has; the summary of calls, credits, cleanup and baseline. */
    public static synchronized Optional<LiveRunSummary> close() {
        if (live == null) {
            return Optional.empty();
        }
        try {
            live.close();
            return Optional.of(live.summary(run.baseline()));
        } finally {
            live = null;
            run = null;
        }
    }
}
