package dev.zohodelink.glue.steps;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints a live run's calls, credits, tokens, cleanup and baseline, and writes them to {@code reports/live/<version>.json}. */
final class RunSummary {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private RunSummary() {
    }

    /** "fixture inserts 194, links 100, ...": where the credits went. */
    private static String byPurpose(Object creditsByPurpose) {
        return ((Map<?, ?>) creditsByPurpose).entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    static void publish(Map<String, Object> summary) {
        System.out.println("Live run " + summary.get("run_id") + " on " + summary.get("api_version") + ": " + summary.get("api_calls") + " API calls, "
                + summary.get("credits") + " credits (" + byPurpose(summary.get("credits_by_purpose")) + "), " + summary.get("retries")
                + " retries; fixtures: " + summary.get("records_created")
                + " records created, " + summary.get("records_deleted") + " deleted, " + summary.get("records_left") + " left; tokens: "
                + summary.get("token_refreshes") + " refreshed, " + summary.get("tokens_reused_from_cache") + " reused from the cache (" + summary.get("token_cache")
                + "); baseline: " + summary.get("baseline_note"));
        Path file = Path.of(System.getProperty("zoho.reports.dir", "reports"), "live", summary.get("api_version") + ".json");
        try {
            Files.createDirectories(file.getParent());
            MAPPER.writeValue(file.toFile(), summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
