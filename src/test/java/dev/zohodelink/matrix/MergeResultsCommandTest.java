package dev.zohodelink.matrix;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.report.EmbeddedReportData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MergeResultsCommandTest {

    private static final String RESULT = """
            {"uuid":"%s","historyId":"h1","testCaseId":"t1","name":"Delinking one contact from its campaign by its id",
             "status":"%s","labels":[{"name":"suite","value":"Every supported relation can be delinked"},{"name":"tag","value":"relations"}],
             "parameters":[{"name":"parent","value":"campaign"}]}""";

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void merges_two_orgs_results_of_the_same_scenario_as_two_tests_each_marked_with_its_org() throws IOException {
        // GIVEN the same scenario run against two orgs
        Path a = job("org-a", "eu", "v7", 0, "aaaa", "passed", "PASSED");
        Path b = job("org-b", "us", "v8", 0, "bbbb", "failed", "FAILED");

        // WHEN
        int exit = merge(a, b);

        // THEN two results, each with its org as parent suite, label and parameter, and history ids apart
        then(exit).isZero();
        List<JsonNode> results = results(temp.resolve("merged/allure-results"));
        then(results).hasSize(2);
        then(results)
                .extracting(r -> r.path("historyId").asText())
                .doesNotHaveDuplicates()
                .doesNotContain("h1");
        then(results).extracting(r -> r.path("testCaseId").asText()).doesNotHaveDuplicates();
        JsonNode first = results.stream()
                .filter(r -> r.path("uuid").asText().equals("aaaa"))
                .findFirst()
                .orElseThrow();
        then(labels(first, "parentSuite")).containsExactly("org-a");
        then(labels(first, "suite")).containsExactly("API v7");
        then(labels(first, "subSuite")).containsExactly("Every supported relation can be delinked");
        then(labels(first, "org")).containsExactly("org-a");
        then(labels(first, "tag")).containsExactly("relations");
        then(first.path("parameters").toString())
                .contains("{\"name\":\"org\",\"value\":\"org-a\"}", "{\"name\":\"parent\",\"value\":\"campaign\"}");
        // and containers and per-run files are copied once
        then(temp.resolve("merged/allure-results/aaaa-container.json")).exists();
        then(temp.resolve("merged/allure-results/categories.json")).exists();
        then(out.toString()).startsWith("Merged 2 test results of 2 jobs (org-a (eu) v7, org-b (us) v8)");
        // and one single-file report shows both
        Path report = temp.resolve("merged/allure-report/index.html");
        then(EmbeddedReportData.read(report).testCases())
                .extracting(t -> EmbeddedReportData.parameter(t, "org") + " "
                        + t.path("status").asText())
                .containsExactlyInAnyOrder("org-a passed", "org-b failed");
        then(out.toString()).contains("Allure report: " + report);
    }

    @Test
    void summarises_each_job_and_counts_a_failing_job_and_a_job_without_outcome_as_failed() throws IOException {
        // GIVEN a passing job, one whose scenario failed, and one that exited before writing its outcome
        Path passing = job("org-a", "eu", "v7", 0, "aaaa", "passed", "PASSED");
        Files.createDirectories(passing.resolve("live"));
        Files.writeString(passing.resolve("live/v7.json"), "{\"api_calls\":467,\"credits\":503,\"records_left\":0}");
        Path failing = job("org-b", "us", "v7", 1, "bbbb", "failed", "FAILED");
        Path crashed = temp.resolve("org-c-v8");
        Files.createDirectories(crashed);
        Files.writeString(crashed.resolve(MatrixJob.PROPERTIES), "org=org-c\ndc=in\nversion=v8\nstatus=137\n");

        // WHEN
        merge(passing, failing, crashed);

        // THEN
        String summary = Files.readString(temp.resolve("merged/summary.md"));
        then(summary)
                .contains("| org-a | eu | v7 | 1 | 0 | 1 | 467 | 503 | 0 | 0 |")
                .contains("| org-b | us | v7 | 0 | 1 | 1 | - | - | - | 1 |")
                .contains("| org-c | in | v8 | no outcome | - | - | - | - | - | 137 |")
                .contains("2 of 3 jobs failed, exited non-zero or left no outcome.");
        then(Files.readString(temp.resolve("merged/allure-results/environment.properties")))
                .contains("org-a.v7=1 passed, 0 failed, 1 not proven", "org-c.v8=no outcome");
    }

    @Test
    void refuses_a_directory_run_org_did_not_write() throws IOException {
        Files.createDirectories(temp.resolve("stray"));

        then(merge(temp.resolve("stray"))).isEqualTo(2);
        then(err.toString()).contains("stray: no job.properties");
        then(temp.resolve("merged")).doesNotExist();
    }

    private int merge(Path... jobs) {
        List<String> args =
                new ArrayList<>(List.of("--into", temp.resolve("merged").toString()));
        Stream.of(jobs).map(Path::toString).forEach(args::add);
        return new CommandLine(new MergeResultsCommand())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args.toArray(String[]::new));
    }

    /** A job directory as run-org.sh leaves it: one Allure result and its container, and the run's outcome. */
    private Path job(
            String org, String dc, String version, int status, String uuid, String allureStatus, String outcome)
            throws IOException {
        Path dir = temp.resolve(org + "-" + version);
        Files.createDirectories(dir.resolve("allure-results"));
        Files.createDirectories(dir.resolve("results"));
        Files.writeString(
                dir.resolve(MatrixJob.PROPERTIES),
                "org=%s\ndc=%s\nversion=%s\nstatus=%d\n".formatted(org, dc, version, status));
        Files.writeString(dir.resolve("allure-results/" + uuid + "-result.json"), RESULT.formatted(uuid, allureStatus));
        Files.writeString(
                dir.resolve("allure-results/" + uuid + "-container.json"),
                "{\"uuid\":\"" + uuid + "\",\"children\":[]}");
        Files.writeString(dir.resolve("allure-results/categories.json"), "[]");
        Files.writeString(dir.resolve("results/" + version + ".json"), """
                {"version":"%s","target":"live","profile":"best-evidence","scenarios":[{"status":"%s"},{"status":"SKIPPED"}]}""".formatted(version, outcome));
        return dir;
    }

    private static List<JsonNode> results(Path dir) throws IOException {
        List<JsonNode> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith("-result.json"))
                    .sorted()
                    .toList()) {
                results.add(JsonMapper.builder().build().readTree(file.toFile()));
            }
        }
        return results;
    }

    private static List<String> labels(JsonNode result, String name) {
        List<String> values = new ArrayList<>();
        result.path("labels").forEach(label -> {
            if (label.path("name").asText().equals(name)) {
                values.add(label.path("value").asText());
            }
        });
        return values;
    }
}
