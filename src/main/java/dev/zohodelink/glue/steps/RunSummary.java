package dev.zohodelink.glue.steps;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.live.LiveRunSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints a live run's calls, credits, tokens, cleanup and baseline, and writes them to {@code reports/live/<version>.json}. */
final class RunSummary {

    private static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private RunSummary() {}

    static void publish(LiveRunSummary summary) {
        System.out.println(summary.line());
        Path file = Path.of(System.getProperty("zoho.reports.dir", "reports"), "live", summary.apiVersion() + ".json");
        try {
            Files.createDirectories(file.getParent());
            MAPPER.writeValue(file.toFile(), summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
