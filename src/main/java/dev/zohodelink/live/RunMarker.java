package dev.zohodelink.live;

import java.util.UUID;

/**
 * The name prefix of every record a run creates, {@code zdc-<run id>}, so that a later {@code sweep} can find what
 * an interrupted run left behind.
 */
public record RunMarker(String runId) {

    public static final String PREFIX = "zdc-";

    public RunMarker {
        if (runId == null || !runId.matches("[A-Za-z0-9]{1,32}")) {
            throw new IllegalArgumentException("a run id is 1 to 32 letters and digits, not '" + runId + "'");
        }
    }

    public static RunMarker fresh() {
        return new RunMarker(UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    public String recordName(String label) {
        return PREFIX + runId + " " + label;
    }

    public String prefix() {
        return PREFIX + runId;
    }
}
