package dev.zohodelink.estimate;

import dev.zohodelink.client.CallPurpose;
import dev.zohodelink.live.LiveRunSummary;
import dev.zohodelink.runner.VersionCount;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the estimate's live run of one API version spent (or of several, summed): its scenarios, calls, credits by
 * purpose, and the records it created and left to cleanup by module.
 *
 * @param label            the API version, or "total"
 * @param scenariosRun     scenarios that ran (passed or failed); skipped ones spend little and are not divided by
 * @param creditsByPurpose credits per purpose label ("fixture inserts", "links", ...), in the order of {@link CallPurpose}
 */
public record SpendingEstimate(
        String label,
        long scenariosRun,
        long skipped,
        long failed,
        long calls,
        long credits,
        Map<String, Long> creditsByPurpose,
        Map<String, Long> recordsCreated,
        Map<String, Long> recordsCleanedUp) {

    public SpendingEstimate {
        creditsByPurpose = Collections.unmodifiableMap(new LinkedHashMap<>(creditsByPurpose));
        recordsCreated = Collections.unmodifiableMap(new LinkedHashMap<>(recordsCreated));
        recordsCleanedUp = Collections.unmodifiableMap(new LinkedHashMap<>(recordsCleanedUp));
    }

    /** One version: how its scenarios ended, and the summary its live run wrote (none when no scenario reached the org). */
    static SpendingEstimate of(VersionCount count, Optional<LiveRunSummary> summary) {
        return new SpendingEstimate(
                count.version(),
                count.passed() + count.failed(),
                count.skipped(),
                count.failed(),
                summary.map(LiveRunSummary::apiCalls).orElse(0L),
                summary.map(LiveRunSummary::credits).orElse(0L),
                summary.map(LiveRunSummary::creditsByPurpose).orElse(Map.of()),
                summary.map(LiveRunSummary::recordsCreatedByModule).orElse(Map.of()),
                summary.map(LiveRunSummary::recordsCleanedUpByModule).orElse(Map.of()));
    }

    static SpendingEstimate nothing(String label) {
        return new SpendingEstimate(label, 0, 0, 0, 0, 0, Map.of(), Map.of(), Map.of());
    }

    public long creditsFor(CallPurpose purpose) {
        return creditsByPurpose.getOrDefault(purpose.label(), 0L);
    }

    public double creditsPerScenario() {
        return scenariosRun == 0 ? 0 : (double) credits / scenariosRun;
    }

    /** What {@code ZOHO_MAX_CREDITS} is held against: every credit but the cleanup's, which the budget exempts. */
    public long creditsUnderTheBudget() {
        return credits - creditsFor(CallPurpose.CLEANUP);
    }

    public long recordsToCleanUp() {
        return recordsCleanedUp.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The floor of one version's run; the floor of several runs is the sum of theirs (see {@link CreditEstimate}). */
    public IsolationFloor isolationFloor() {
        return IsolationFloor.of(scenariosRun, creditsByPurpose, recordsCreated, recordsCleanedUp);
    }

    /** This and {@code other} summed, under {@code newLabel}. */
    SpendingEstimate plus(SpendingEstimate other, String newLabel) {
        return new SpendingEstimate(
                newLabel,
                scenariosRun + other.scenariosRun,
                skipped + other.skipped,
                failed + other.failed,
                calls + other.calls,
                credits + other.credits,
                purposeOrder(sum(creditsByPurpose, other.creditsByPurpose)),
                sum(recordsCreated, other.recordsCreated),
                sum(recordsCleanedUp, other.recordsCleanedUp));
    }

    private static Map<String, Long> sum(Map<String, Long> one, Map<String, Long> other) {
        Map<String, Long> sum = new LinkedHashMap<>(one);
        other.forEach((key, value) -> sum.merge(key, value, Long::sum));
        return sum;
    }

    private static Map<String, Long> purposeOrder(Map<String, Long> byLabel) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (CallPurpose purpose : CallPurpose.values()) {
            if (byLabel.containsKey(purpose.label())) {
                ordered.put(purpose.label(), byLabel.get(purpose.label()));
            }
        }
        return ordered;
    }
}
