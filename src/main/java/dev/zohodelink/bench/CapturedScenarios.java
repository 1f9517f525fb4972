package dev.zohodelink.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Where the benchmark's glue hook leaves each scenario's capture. Cucumber creates glue per scenario and offers no
 * way back to the caller of a run, so this one queue of the JVM is the hand-over; only {@code bench} loads that glue.
 */
public final class CapturedScenarios {

    private static final ConcurrentLinkedQueue<CapturedScenario> CAPTURED = new ConcurrentLinkedQueue<>();

    private CapturedScenarios() {}

    public static void add(CapturedScenario scenario) {
        CAPTURED.add(scenario);
    }

    /** Everything captured since the last call, removed. */
    static List<CapturedScenario> drain() {
        List<CapturedScenario> drained = new ArrayList<>();
        for (CapturedScenario next; (next = CAPTURED.poll()) != null; ) {
            drained.add(next);
        }
        return drained;
    }
}
