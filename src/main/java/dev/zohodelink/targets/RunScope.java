package dev.zohodelink.targets;

import dev.zohodelink.client.Progress;
import dev.zohodelink.config.LiveConfiguration;
import dev.zohodelink.config.RunConfiguration;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.fixtures.FieldMetadata;
import dev.zohodelink.live.LiveRunSummary;
import dev.zohodelink.live.LiveSession;
import dev.zohodelink.live.RunMarker;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the scenarios of a run share: a live run's {@link LiveSession} (one limiter for every thread, one credit
 * budget, cached tokens), or on the emulator the fields metadata of its fresh orgs. Cucumber has no run scope for
 * glue, so this is the single deliberate static; it is opened by the first scenario (or, for a live run's first
 * version, by the runner's first contact with the org) and closed by the {@code @AfterAll} hook.
 */
public final class RunScope {

    private record EmulatorKind(ApiVersion version, BehaviourProfile profile) {}

    private static LiveSession live;
    private static RunConfiguration run;
    private static final Map<EmulatorKind, FieldMetadata> emulatorMetadata = new HashMap<>();

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

    /**
     * The fields metadata and current user of every fresh emulator of this version and profile, which all answer the
     * same: read by the run's first scenario that needs them, as a live run reads its org's once.
     */
    public static synchronized FieldMetadata emulatorFieldMetadata(ApiVersion version, BehaviourProfile profile) {
        return emulatorMetadata.computeIfAbsent(new EmulatorKind(version, profile), kind -> new FieldMetadata());
    }

    /**
     * Forgets the emulators' metadata and closes the live session, deleting what the run still has; the summary of
     * calls, credits, cleanup and baseline.
     */
    public static synchronized Optional<LiveRunSummary> close() {
        emulatorMetadata.clear();
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
