package dev.zohodelink.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Times one pass: each version's test plan from start to end, its first scenario's start and last scenario's end,
 * and every scenario that ran (a skipped one, aborted by its hook, is counted but not timed).
 */
final class ScenarioClock implements TestExecutionListener {

    /** One version's test plan, in {@link System#nanoTime()}. */
    record VersionSpan(long planStart, long firstScenarioStart, long lastScenarioEnd, long planEnd) {}

    private final List<VersionSpan> spans = new CopyOnWriteArrayList<>();
    private final List<Long> scenarioNanos = new CopyOnWriteArrayList<>();
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final AtomicLong skipped = new AtomicLong();
    private volatile long planStart;
    private final AtomicLong firstStart = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastEnd = new AtomicLong(Long.MIN_VALUE);

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        planStart = System.nanoTime();
        firstStart.set(Long.MAX_VALUE);
        lastEnd.set(Long.MIN_VALUE);
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        if (test.isTest()) {
            long now = System.nanoTime();
            started.put(test.getUniqueId(), now);
            firstStart.accumulateAndGet(now, Math::min);
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest()) {
            long now = System.nanoTime();
            lastEnd.accumulateAndGet(now, Math::max);
            Long start = started.remove(test.getUniqueId());
            if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
                skipped.incrementAndGet();
            } else if (start != null) {
                scenarioNanos.add(now - start);
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        long now = System.nanoTime();
        boolean anyScenario = firstStart.get() != Long.MAX_VALUE;
        spans.add(new VersionSpan(
                planStart, anyScenario ? firstStart.get() : now, anyScenario ? lastEnd.get() : now, now));
    }

    List<VersionSpan> spans() {
        return List.copyOf(spans);
    }

    Distribution scenarios() {
        return Distribution.of(scenarioNanos);
    }

    long skipped() {
        return skipped.get();
    }
}
