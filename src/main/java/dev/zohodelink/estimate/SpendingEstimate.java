package dev.zohodelink.estimate;

import dev.zohodelink.client.CallPurpose;
import dev.zohodelink.contract.Module;
import dev.zohodelink.live.LiveRunSummary;
import dev.zohodelink.runner.VersionCount;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the estimate's live run of one API version spent (or of several, summed): its scenarios, calls, credits by
 * purpose, and the records it created and left to cleanup by module.
 *
 * @param label            the API version, or "total"
 * @param scenariosRun     scenarios that ran (passed or failed); skipped ones spend little and are not divided by
 * @param creditsByPurpose credits per purpose, in the order of {@link CallPurpose}
 * @param recordsCreated   the records the run created, by module
 * @param recordsCleanedUp the records the scenarios left to cleanup, by module
 */
public record SpendingEstimate(
        String label,
        long scenariosRun,
        long skipped,
        long failed,
        long calls,
        long credits,
        Map<CallPurpose, Long> creditsByPurpose,
        Map<Module, Long> recordsCreated,
        Map<Module, Long> recordsCleanedUp) {

    public SpendingEstimate {
        creditsByPurpose = inOrder(CallPurpose.class, creditsByPurpose);
        recordsCreated = inOrder(Module.class, recordsCreated);
        recordsCleanedUp = inOrder(Module.class, recordsCleanedUp);
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
                summary.map(s -> keyed(CallPurpose.class, CallPurpose::label, s.creditsByPurpose()))
                        .orElse(Map.of()),
                summary.map(s -> keyed(Module.class, Module::urlName, s.recordsCreatedByModule()))
                        .orElse(Map.of()),
                summary.map(s -> keyed(Module.class, Module::urlName, s.recordsCleanedUpByModule()))
                        .orElse(Map.of()));
    }

    /**
     * Counts as the summary's JSON keys them, by the name {@code name} gives each constant, keyed by the constant; a
     * name this build does not know is refused rather than left out.
     */
    private static <K extends Enum<K>> Map<K, Long> keyed(
            Class<K> type, Function<K, String> name, Map<String, Long> byName) {
        Map<K, Long> keyed = new EnumMap<>(type);
        for (K constant : type.getEnumConstants()) {
            Long count = byName.get(name.apply(constant));
            if (count != null) {
                keyed.put(constant, count);
            }
        }
        if (keyed.size() != byName.size()) {
            throw new IllegalStateException("a live run's summary names a " + type.getSimpleName()
                    + " this build does not know, among " + byName.keySet());
        }
        return keyed;
    }

    private static <K extends Enum<K>> Map<K, Long> inOrder(Class<K> type, Map<K, Long> counts) {
        Map<K, Long> ordered = new EnumMap<>(type);
        ordered.putAll(counts);
        return Collections.unmodifiableMap(ordered);
    }

    static SpendingEstimate nothing(String label) {
        return new SpendingEstimate(label, 0, 0, 0, 0, 0, Map.of(), Map.of(), Map.of());
    }

    public long creditsFor(CallPurpose purpose) {
        return creditsByPurpose.getOrDefault(purpose, 0L);
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
                sum(creditsByPurpose, other.creditsByPurpose),
                sum(recordsCreated, other.recordsCreated),
                sum(recordsCleanedUp, other.recordsCleanedUp));
    }

    private static <K> Map<K, Long> sum(Map<K, Long> one, Map<K, Long> other) {
        Map<K, Long> sum = new HashMap<>(one);
        other.forEach((key, value) -> sum.merge(key, value, Long::sum));
        return sum;
    }
}
