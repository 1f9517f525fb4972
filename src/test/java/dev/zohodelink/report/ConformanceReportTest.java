package dev.zohodelink.report;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.zohodelink.config.Settings;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs after the conformance runs of every version: writes the coverage matrix, the assumptions report and the
 * merged Cucumber JSON into {@code reports/}, and fails when a documented relation or error has no scenario.
 */
class ConformanceReportTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Path REPORTS = Path.of(System.getProperty("zoho.reports.dir", "reports"));

    private static CoverageMatrix matrix;

    @BeforeAll
    static void readTheRuns() throws IOException {
        List<RunOutcome> runs = new ArrayList<>();
        Path results = REPORTS.resolve("results");
        if (Files.isDirectory(results)) {
            try (Stream<Path> files = Files.list(results)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    runs.add(MAPPER.readValue(file.toFile(), RunOutcome.class));
                }
            }
        }
        matrix = new CoverageMatrix(runs, Settings.fromProcess().get("ZOHO_REQUIRE_PROOF").map(Boolean::parseBoolean).orElse(false));
    }

    @Test
    void every_documented_relation_and_error_was_proved_by_a_scenario_on_every_version_that_ran() throws IOException {
        Files.writeString(REPORTS.resolve("coverage-matrix.md"), matrix.markdown() + liveRuns().markdown());
        matrix.summaryLines().forEach(System.out::println);
        assertThat(matrix.runs()).as("conformance runs found in %s", REPORTS.resolve("results")).isNotEmpty();
        assertThat(matrix.gaps()).as("documented promises without a passing scenario (see %s)", REPORTS.resolve("coverage-matrix.md")).isEmpty();
    }

    @Test
    void a_live_run_leaves_no_record_behind() throws IOException {
        LiveRunsReport live = liveRuns();
        assertThat(live.recordsLeft()).as("records left in the org by the live runs (see %s)", REPORTS.resolve("live")).isEmpty();
    }

    private static LiveRunsReport liveRuns() throws IOException {
        return LiveRunsReport.read(REPORTS.resolve("live"));
    }

    @Test
    void no_scenario_failed_on_any_version() {
        List<String> failed = matrix.runs().stream()
                .flatMap(run -> run.scenarios().stream().filter(s -> !s.passed() && !s.skipped())
                        .map(s -> run.version() + " " + s.uri() + ":" + s.line() + " " + s.name() + ": " + s.reason()))
                .toList();
        assertThat(failed).as("failed scenarios (details in reports/allure-report/index.html)").isEmpty();
    }

    @Test
    void the_assumptions_report_lists_every_assumed_scenario_that_ran() throws IOException {
        String report = AssumptionsReport.markdown(matrix.runs());
        Files.writeString(REPORTS.resolve("assumptions.md"), report);
        matrix.runs().forEach(run -> run.scenarios().stream().filter(s -> s.tags().contains("@assumed"))
                .forEach(s -> assertThat(report).contains(s.name())));
    }

    @Test
    void the_cucumber_reports_of_all_versions_are_merged_into_one_json() throws IOException {
        ArrayNode merged = MAPPER.createArrayNode();
        int expected = 0;
        for (RunOutcome run : matrix.runs()) {
            Path json = REPORTS.resolve("cucumber").resolve(run.version()).resolve("cucumber.json");
            JsonNode features = MAPPER.readTree(json.toFile());
            for (JsonNode feature : features) {
                ObjectNode copy = feature.deepCopy();
                copy.put("name", "[" + run.version() + "] " + feature.path("name").asText());
                copy.put("id", run.version() + ";" + feature.path("id").asText());
                merged.add(copy);
                expected++;
            }
        }
        Path target = REPORTS.resolve("cucumber").resolve("cucumber.json");
        MAPPER.writeValue(target.toFile(), merged);
        assertThat(MAPPER.readTree(target.toFile())).hasSize(expected);
    }
}
