package dev.zohodelink.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.live.LiveRunSummary;
import dev.zohodelink.markdown.MarkdownRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/** The summaries live runs wrote to {@code reports/live/}: calls, credits, retries and what their cleanup achieved. */
final class LiveRunsReport {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final List<LiveRunSummary> runs;

    private LiveRunsReport(List<LiveRunSummary> runs) {
        this.runs = runs;
    }

    static LiveRunsReport read(Path directory) throws IOException {
        List<LiveRunSummary> runs = new ArrayList<>();
        if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json"))
                        .sorted()
                        .toList()) {
                    runs.add(MAPPER.readValue(file.toFile(), LiveRunSummary.class));
                }
            }
        }
        return new LiveRunsReport(runs);
    }

    /** "v7: 3 records left" for every run that did not clean up completely. */
    List<String> recordsLeft() {
        return runs.stream()
                .filter(run -> run.recordsLeft() != 0)
                .map(run -> run.apiVersion() + ": " + run.recordsLeft() + " records left "
                        + MAPPER.valueToTree(run.leftBehind()))
                .toList();
    }

    /** What the live runs spent, cleanup and metadata included; empty when no live run wrote a summary. */
    Optional<ApiSpending> spending() {
        return runs.isEmpty()
                ? Optional.empty()
                : Optional.of(new ApiSpending(sum(LiveRunSummary::apiCalls), sum(LiveRunSummary::credits)));
    }

    /** "cleanup: 120 records created, 120 deleted, 0 left" over every live run; on the emulator, nothing to clean. */
    String cleanup() {
        if (runs.isEmpty()) {
            return "cleanup: nothing to delete (each scenario's emulator went with it)";
        }
        return "cleanup: " + sum(LiveRunSummary::recordsCreated) + " records created, "
                + sum(LiveRunSummary::recordsDeleted) + " deleted, " + sum(LiveRunSummary::recordsLeft) + " left";
    }

    private long sum(ToLongFunction<LiveRunSummary> field) {
        return runs.stream().mapToLong(field).sum();
    }

    /** "fixture inserts 194, links 100, ...", as the run counted them. */
    private static String byPurpose(LiveRunSummary run) {
        List<String> parts = new ArrayList<>();
        run.creditsByPurpose().forEach((purpose, credits) -> parts.add(purpose + " " + credits));
        return String.join(", ", parts);
    }

    String markdown() {
        if (runs.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n## Live runs: calls, credits and cleanup\n\nCleanup included.\n\n")
                .append(
                        "| version | run id | API domain | API calls | credits | credits by purpose | retries | token refreshes | records created | deleted | left |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (LiveRunSummary run : runs) {
            md.append(MarkdownRow.of(
                    run.apiVersion(),
                    run.runId(),
                    run.apiDomain(),
                    run.apiCalls(),
                    run.credits(),
                    byPurpose(run),
                    run.retries(),
                    run.tokenRefreshes(),
                    run.recordsCreated(),
                    run.recordsDeleted(),
                    run.recordsLeft()));
        }
        return md.toString();
    }
}
