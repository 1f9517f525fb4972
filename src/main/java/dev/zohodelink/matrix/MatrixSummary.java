package dev.zohodelink.matrix;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.live.LiveRunSummary;
import dev.zohodelink.markdown.MarkdownRow;
import dev.zohodelink.report.RunOutcome;
import dev.zohodelink.report.ScenarioOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * One line per matrix job: how its scenarios fared, what it spent and what it left in the org. A job whose suite did
 * not get to write its outcome (it crashed, or its budget stopped it before the end) shows as such, never as passed.
 */
public final class MatrixSummary {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    /** A job's line; the counts are empty when the job left no outcome. */
    public record Row(MatrixJob job, Optional<Counts> counts, Optional<LiveRunSummary> live) {

        public boolean failed() {
            return job.status() != 0 || counts.map(c -> c.failed() > 0).orElse(true);
        }
    }

    /** Scenarios by status; skipped ones are not proven. */
    public record Counts(int passed, int failed, int skipped) {}

    public List<Row> rows(List<MatrixJob> jobs) {
        return jobs.stream()
                .map(job -> new Row(
                        job,
                        read(job.outcome(), RunOutcome.class).map(MatrixSummary::counts),
                        read(job.liveRun(), LiveRunSummary.class)))
                .toList();
    }

    public String markdown(List<Row> rows) {
        StringBuilder md = new StringBuilder("## Conformance across orgs\n\n")
                .append(
                        "| org | data centre | API | passed | failed | not proven (skipped) | API calls | credits | records left | exit |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            MatrixJob job = row.job();
            List<Object> cells = new ArrayList<>(
                    List.of(job.org(), job.dataCentre().isEmpty() ? "-" : job.dataCentre(), job.version()));
            cells.addAll(row.counts()
                    .<List<Object>>map(c -> List.of(c.passed(), c.failed(), c.skipped()))
                    .orElse(List.of("no outcome", "-", "-")));
            cells.addAll(List.of(
                    live(row, LiveRunSummary::apiCalls),
                    live(row, LiveRunSummary::credits),
                    live(row, LiveRunSummary::recordsLeft),
                    job.status()));
            md.append(MarkdownRow.of(cells));
        }
        long failing = rows.stream().filter(Row::failed).count();
        md.append('\n')
                .append(
                        failing == 0
                                ? "Every job passed."
                                : failing + " of " + rows.size() + " jobs failed, exited non-zero or left no outcome.")
                .append('\n');
        return md.toString();
    }

    /** {@code environment.properties} of the merged Allure results: the jobs, shown on the report's overview. */
    public String environment(List<Row> rows) {
        StringBuilder properties = new StringBuilder();
        for (Row row : rows) {
            properties
                    .append(row.job().org())
                    .append('.')
                    .append(row.job().version())
                    .append('=')
                    .append(row.counts()
                            .map(c -> c.passed() + " passed, " + c.failed() + " failed, " + c.skipped() + " not proven")
                            .orElse("no outcome"))
                    .append('\n');
        }
        return properties.toString();
    }

    private static String live(Row row, ToLongFunction<LiveRunSummary> figure) {
        return row.live().map(run -> String.valueOf(figure.applyAsLong(run))).orElse("-");
    }

    private static Counts counts(RunOutcome outcome) {
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        for (ScenarioOutcome scenario : outcome.scenarios()) {
            if (scenario.passed()) {
                passed++;
            } else if (scenario.skipped()) {
                skipped++;
            } else {
                failed++;
            }
        }
        return new Counts(passed, failed, skipped);
    }

    private static <T> Optional<T> read(Path file, Class<T> type) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readValue(file.toFile(), type));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
