package dev.zohodelink.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Written after the feature runs of every version, from {@code results/<version>.json}: the coverage matrix, the
 * assumptions report and the Cucumber JSON of all versions in one file. Says what keeps the verdict from green: a
 * failed scenario, a documented relation or error that no scenario proved, a record a live run left behind.
 */
public final class RunReports {

    private static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path reports;
    private final CoverageMatrix matrix;

    private RunReports(Path reports, CoverageMatrix matrix) {
        this.reports = reports;
        this.matrix = matrix;
    }

    /** Reads the runs' outcomes under {@code reports/results/}. */
    public static RunReports read(Path reports, boolean requireProof) throws IOException {
        List<RunOutcome> runs = new ArrayList<>();
        Path results = reports.resolve("results");
        if (Files.isDirectory(results)) {
            try (Stream<Path> files = Files.list(results)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json"))
                        .sorted()
                        .toList()) {
                    runs.add(MAPPER.readValue(file.toFile(), RunOutcome.class));
                }
            }
        }
        return new RunReports(reports, new CoverageMatrix(runs, requireProof));
    }

    public List<RunOutcome> runs() {
        return matrix.runs();
    }

    /** The per-version lines of the coverage matrix's summary. */
    public List<String> summaryLines() {
        return matrix.summaryLines();
    }

    /** What the runs' cleanup achieved, in one phrase. */
    public String cleanup() throws IOException {
        return LiveRunsReport.read(reports.resolve("live")).cleanup();
    }

    /** What the live runs spent in all, cleanup included; empty on the emulator. */
    public Optional<ApiSpending> liveSpending() throws IOException {
        return LiveRunsReport.read(reports.resolve("live")).spending();
    }

    /**
     * Writes every report; returns what keeps the verdict from green, one line each.
     *
     * @param wholeSuite whether every scenario was selected: only then is a documented promise without a passing
     *                   scenario a problem (a run of one section leaves the others unproven on purpose)
     */
    public List<String> write(boolean wholeSuite) throws IOException {
        LiveRunsReport live = LiveRunsReport.read(reports.resolve("live"));
        Files.writeString(reports.resolve("coverage-matrix.md"), matrix.markdown() + live.markdown());
        Files.writeString(reports.resolve("assumptions.md"), AssumptionsReport.markdown(matrix.runs()));
        mergeCucumberJson();
        List<String> problems = new ArrayList<>();
        if (matrix.runs().isEmpty()) {
            problems.add("no conformance run found in " + reports.resolve("results"));
        }
        matrix.runs()
                .forEach(run -> run.scenarios().stream()
                        .filter(s -> !s.passed() && !s.skipped())
                        .forEach(s -> problems.add("failed on " + run.version() + ": " + s.uri() + ":" + s.line() + " "
                                + s.name() + ": " + s.reason())));
        if (wholeSuite) {
            matrix.gaps()
                    .forEach(gap -> problems.add(
                            "a documented promise without a passing scenario: " + gap + " (see coverage-matrix.md)"));
        }
        live.recordsLeft().forEach(left -> problems.add("a live run left records behind: " + left));
        return problems;
    }

    private void mergeCucumberJson() throws IOException {
        ArrayNode merged = MAPPER.createArrayNode();
        for (RunOutcome run : matrix.runs()) {
            Path json = reports.resolve("cucumber").resolve(run.version()).resolve("cucumber.json");
            if (!Files.isRegularFile(json)) {
                continue;
            }
            for (JsonNode feature : MAPPER.readTree(json.toFile())) {
                ObjectNode copy = feature.deepCopy();
                copy.put(
                        "name",
                        "[" + run.version() + "] " + feature.path("name").asText());
                copy.put("id", run.version() + ";" + feature.path("id").asText());
                merged.add(copy);
            }
        }
        Files.createDirectories(reports.resolve("cucumber"));
        MAPPER.writeValue(reports.resolve("cucumber").resolve("cucumber.json").toFile(), merged);
    }
}
