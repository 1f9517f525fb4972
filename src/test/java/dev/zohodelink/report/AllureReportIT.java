package dev.zohodelink.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs after the conformance run: the single-file Allure report it rendered is at most 5 MB and shows one test case
 * per scenario and API version, exactly those of {@code results/<version>.json}, with the same outcome.
 */
class AllureReportIT {

    private static final long MAX_BYTES = 5_000_000;

    private final Path reports = Path.of(System.getProperty("zoho.reports.dir", "reports"));
    private final Path index = reports.resolve("allure-report/index.html");

    @Test
    void the_report_is_one_file_of_at_most_5_MB() throws IOException {
        assertThat(index).as("the run's single-file Allure report").isRegularFile();
        assertThat(Files.size(index)).as("size of %s in bytes", index).isLessThanOrEqualTo(MAX_BYTES);
    }

    @Test
    void the_report_shows_one_test_case_per_scenario_and_version_with_its_outcome() throws IOException {
        List<String> expected = new ArrayList<>();
        for (RunOutcome run : runs()) {
            run.scenarios()
                    .forEach(s ->
                            expected.add(run.version() + " " + s.uri() + ":" + s.line() + " " + outcome(s.status())));
        }
        List<String> shown = EmbeddedReportData.read(index).testCases().stream()
                .map(t -> EmbeddedReportData.parameter(t, "API version") + " "
                        + t.path("fullName").asText() + " "
                        + outcome(t.path("status").asText()))
                .toList();
        assertThat(expected).as("scenarios in %s", reports.resolve("results")).isNotEmpty();
        assertThat(shown)
                .as("test cases of %s: API version, scenario and outcome", index)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Cucumber's and Allure's statuses alike as passed, skipped or failed. */
    private static String outcome(String status) {
        return switch (status.toLowerCase()) {
            case "passed", "skipped" -> status.toLowerCase();
            default -> "failed";
        };
    }

    private List<RunOutcome> runs() throws IOException {
        List<RunOutcome> runs = new ArrayList<>();
        try (Stream<Path> files = Files.list(reports.resolve("results"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                runs.add(JsonMapper.builder().build().readValue(file.toFile(), RunOutcome.class));
            }
        }
        return runs;
    }
}
