package dev.zohodelink.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The summaries live runs wrote to {@code reports/live/}: calls, credits, retries and what their cleanup achieved. */
final class LiveRunsReport {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final List<JsonNode> runs;

    private LiveRunsReport(List<JsonNode> runs) {
        this.runs = runs;
    }

    static LiveRunsReport read(Path directory) throws IOException {
        List<JsonNode> runs = new ArrayList<>();
        if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    runs.add(MAPPER.readTree(file.toFile()));
                }
            }
        }
        return new LiveRunsReport(runs);
    }

    /** "v7: 3 records left" for every run that did not clean up completely. */
    List<String> recordsLeft() {
        return runs.stream().filter(run -> run.path("records_left").asLong() != 0)
                .map(run -> run.path("api_version").asText() + ": " + run.path("records_left").asLong() + " records left " + run.path("left_behind"))
                .toList();
    }

    /** What the live runs spent, cleanup and metadata included; empty when no live run wrote a summary. */
    Optional<ApiSpending> spending() {
        return runs.isEmpty() ? Optional.empty() : Optional.of(new ApiSpending(sum("api_calls"), sum("credits")));
    }

    /** "cleanup: 120 records created, 120 deleted, 0 left" over every live run; on the emulator, nothing to clean. */
    String cleanup() {
        if (runs.isEmpty()) {
            return "cleanup: nothing to delete (each scenario's emulator went with it)";
        }
        return "cleanup: " + sum("records_created") + " records created, " + sum("records_deleted") + " deleted, " + sum("records_left") + " left";
    }

    private long sum(String field) {
        return runs.stream().mapToLong(run -> run.path(field).asLong()).sum();
    }

    /** "fixture inserts 194, links 100, ...", as the run counted them. */
    private static String byPurpose(JsonNode credits) {
        List<String> parts = new ArrayList<>();
        credits.fields().forEachRemaining(purpose -> parts.add(purpose.getKey() + " " + purpose.getValue().asLong()));
        return String.join(", ", parts);
    }

    String markdown() {
        if (runs.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n## Live runs: calls, credits and cleanup\n\nCleanup included.\n\n")
                .append("| version | run id | API domain | API calls | credits | credits by purpose | retries | token refreshes | records created | deleted | left |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (JsonNode run : runs) {
            md.append("| ").append(run.path("api_version").asText()).append(" | ").append(run.path("run_id").asText())
                    .append(" | ").append(run.path("api_domain").asText()).append(" | ").append(run.path("api_calls").asLong())
                    .append(" | ").append(run.path("credits").asLong()).append(" | ").append(byPurpose(run.path("credits_by_purpose")))
                    .append(" | ").append(run.path("retries").asLong())
                    .append(" | ").append(run.path("token_refreshes").asLong()).append(" | ").append(run.path("records_created").asLong())
                    .append(" | ").append(run.path("records_deleted").asLong()).append(" | ").append(run.path("records_left").asLong()).append(" |\n");
        }
        return md.toString();
    }
}
