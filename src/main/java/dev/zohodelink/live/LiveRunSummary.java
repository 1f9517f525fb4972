package dev.zohodelink.live;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a live run spent and left, as printed at its end and written to {@code reports/live/<version>.json}.
 *
 * @param creditsByPurpose the credits per purpose ("fixture inserts", "links", ...), in the order of {@code CallPurpose}
 * @param recordsCreatedByModule how many records the run's fixtures created, by module ({@code Contacts}, ...)
 * @param recordsCleanedUpByModule how many records the scenarios left to the run's cleanup, by module: those they did
 *                         not delete themselves
 * @param leftBehind       the ids of the records cleanup could not delete, by module
 * @param baseline         the name of the baseline the run's drift is checked against
 * @param baselineRecorded whether that baseline holds a recording for the run's version
 * @param baselineNote     what became of the drift check, in words
 * @param budgetNote       that {@code ZOHO_MAX_CREDITS} ran out, and how many calls it stopped; empty while it held
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LiveRunSummary(
        String runId,
        String apiVersion,
        String apiDomain,
        long apiCalls,
        long credits,
        Map<String, Long> creditsByPurpose,
        long retries,
        long metadataReads,
        long tokenRefreshes,
        long tokensReusedFromCache,
        String tokenCache,
        long recordsCreated,
        long recordsDeleted,
        long recordsLeft,
        Map<String, Long> recordsCreatedByModule,
        Map<String, Long> recordsCleanedUpByModule,
        Map<String, List<String>> leftBehind,
        String baseline,
        boolean baselineRecorded,
        boolean baselineRequired,
        String baselineNote,
        String budgetNote) {

    public LiveRunSummary {
        leftBehind = leftBehind == null ? Map.of() : Map.copyOf(leftBehind);
        recordsCreatedByModule = inOrder(recordsCreatedByModule);
        recordsCleanedUpByModule = inOrder(recordsCleanedUpByModule);
        creditsByPurpose = inOrder(creditsByPurpose);
    }

    private static Map<String, Long> inOrder(Map<String, Long> counts) {
        return counts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** The line a live run prints when it ends. */
    public String line() {
        return "Live run " + runId + " on " + apiVersion + ": " + apiCalls + " API calls, " + credits + " credits"
                + byPurpose() + ", " + retries + " retries; fixtures: "
                + recordsCreated + " records created, " + recordsDeleted + " deleted, " + recordsLeft
                + " left; tokens: " + tokenRefreshes
                + " refreshed, " + tokensReusedFromCache + " reused from the cache (" + tokenCache + "); baseline: "
                + baselineNote
                + (budgetNote == null || budgetNote.isEmpty() ? "" : "; budget: " + budgetNote);
    }

    /** " (fixture inserts 194, links 100, ...)": where the credits went, or nothing when no call was made. */
    private String byPurpose() {
        return creditsByPurpose.isEmpty()
                ? ""
                : creditsByPurpose.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ", " (", ")"));
    }
}
