package dev.zohodelink.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zohodelink.config.BaselineSelection;
import dev.zohodelink.config.Settings;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.recording.BaselineDrift;
import dev.zohodelink.recording.ChangeReport;
import dev.zohodelink.recording.Recording;
import dev.zohodelink.recording.RecordingStore;
import dev.zohodelink.recording.Exchange;
import dev.zohodelink.recording.ResponseSchemas;
import dev.zohodelink.recording.SchemaViolation;
import dev.zohodelink.recording.VocabularyDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs after the conformance runs and makes change visible: how the API versions differ scenario by scenario, and how
 * this run differs from a committed baseline (drift, or parity when the emulator is compared with a live org's
 * baseline). By default breaking drift fails the build and additive drift is reported as a warning.
 *
 * <p>The baseline is chosen by {@link BaselineSelection} ({@code zoho.baseline}, {@code zoho.baselines.dir},
 * {@code zoho.baseline.required}, {@code zoho.baseline.update}, or their {@code ZOHO_*} variables); the policy by
 * {@code zoho.drift.fail-on} ({@code breaking}, {@code additive} or {@code never}). {@code reports/drift/summary.md}
 * says in a few lines what was compared, for a CI job summary.
 */
class ChangeDetectionTest {

    private static final Path REPORTS = Path.of(System.getProperty("zoho.reports.dir", "reports"));
    private static final RecordingStore RECORDINGS = new RecordingStore(REPORTS.resolve("recordings"));

    @Test
    void each_api_version_is_compared_with_the_next_scenario_by_scenario() throws IOException {
        List<ApiVersion> versions = versionsRecorded();
        for (int i = 0; i + 1 < versions.size(); i++) {
            ApiVersion before = versions.get(i);
            ApiVersion after = versions.get(i + 1);
            ChangeReport report = ChangeReport.between("API " + before + " versus " + after, before.pathSegment(), RECORDINGS.read(before.pathSegment()),
                    after.pathSegment(), RECORDINGS.read(after.pathSegment()), VocabularyDiff.lines(before, after));
            report.write(REPORTS.resolve("diff"), before.pathSegment() + "-vs-" + after.pathSegment());
            assertThat(report.compared()).as("scenarios recorded on both %s and %s", before, after).isPositive();
        }
    }

    @Test
    void this_run_drifts_from_its_baseline_only_as_the_policy_allows() throws IOException {
        BaselineDrift drift = new BaselineDrift(BaselineSelection.from(Settings.fromProcess()), RECORDINGS, REPORTS.resolve("drift"),
                System.getProperty("zoho.drift.fail-on", "breaking"));
        List<String> violations = drift.check(versionsRecorded());
        assertThat(violations).as("drift beyond the policy (see %s)", REPORTS.resolve("drift")).isEmpty();
    }

    @Test
    void every_recorded_response_matches_its_versions_schema() throws IOException {
        String policy = System.getProperty("zoho.drift.fail-on", "breaking").toLowerCase(Locale.ROOT);
        List<String> failing = new ArrayList<>();
        for (ApiVersion version : versionsRecorded()) {
            ResponseSchemas schemas = ResponseSchemas.forVersion(version);
            StringBuilder md = new StringBuilder("# Response shapes on " + version + "\n\nEvery recorded response checked against src/test/resources/schemas/"
                    + version + " (v2.1 and v7 authored from the doc pages, v8 seeded from Zoho's OpenAPI file). Undeclared fields are additive drift;"
                    + " every other violation is breaking.\n\n");
            int checked = 0;
            int unknown = 0;
            List<String> lines = new ArrayList<>();
            for (Recording recording : RECORDINGS.read(version.pathSegment()).values()) {
                for (Exchange exchange : recording.exchanges()) {
                    if (!schemas.knows(exchange)) {
                        unknown++;
                        continue;
                    }
                    checked++;
                    for (SchemaViolation violation : schemas.check(exchange)) {
                        String line = recording.scenario() + ": " + violation.exchange() + " " + violation.pointer() + " " + violation.message()
                                + (violation.isBreaking() ? " (breaking)" : " (undeclared field: additive)");
                        lines.add(line);
                        if (policy.equals("additive") || (policy.equals("breaking") && violation.isBreaking())) {
                            failing.add(version + " " + line);
                        }
                    }
                }
            }
            md.append(checked).append(" responses checked, ").append(unknown).append(" of shapes no schema covers, ").append(lines.size()).append(" violations.\n\n");
            lines.forEach(line -> md.append("- ").append(line.replace("|", "\\|")).append('\n'));
            Files.createDirectories(REPORTS.resolve("schema"));
            Files.writeString(REPORTS.resolve("schema").resolve(version.pathSegment() + ".md"), md.toString());
        }
        assertThat(failing).as("responses that break their version's schema (see %s)", REPORTS.resolve("schema")).isEmpty();
    }

    private static List<ApiVersion> versionsRecorded() throws IOException {
        if (!Files.isDirectory(RECORDINGS.root())) {
            return List.of();
        }
        try (Stream<Path> directories = Files.list(RECORDINGS.root())) {
            return directories.filter(Files::isDirectory).map(d -> ApiVersion.parse(d.getFileName().toString())).sorted().toList();
        }
    }
}
