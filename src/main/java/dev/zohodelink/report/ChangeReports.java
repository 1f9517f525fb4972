package dev.zohodelink.report;

import dev.zohodelink.config.BaselineSelection;
import dev.zohodelink.config.Settings;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.recording.BaselineDrift;
import dev.zohodelink.recording.ChangeReport;
import dev.zohodelink.recording.Exchange;
import dev.zohodelink.recording.Recording;
import dev.zohodelink.recording.RecordingStore;
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

/**
 * Written after the feature runs, from {@code recordings/}: how the API versions differ scenario by scenario
 * ({@code diff/}), how this run differs from a committed baseline ({@code drift/}), and whether every recorded
 * response matches its version's JSON schema ({@code schema/}). The baseline is chosen by {@link BaselineSelection};
 * the policy ({@code breaking}, {@code additive} or {@code never}) by {@code zoho.drift.fail-on}.
 */
public final class ChangeReports {

    private final Path reports;
    private final RecordingStore recordings;
    private final Settings settings;
    private final String policy;

    public ChangeReports(Path reports, Settings settings) {
        this.reports = reports;
        this.recordings = new RecordingStore(reports.resolve("recordings"));
        this.settings = settings;
        this.policy = System.getProperty("zoho.drift.fail-on", "breaking").toLowerCase(Locale.ROOT);
    }

    /** Writes every report; returns what keeps the verdict from green, one line each. */
    public List<String> write() throws IOException {
        List<ApiVersion> versions = versionsRecorded();
        List<String> problems = new ArrayList<>(compareConsecutiveVersions(versions));
        new BaselineDrift(BaselineSelection.from(settings), recordings, reports.resolve("drift"), policy)
                .check(versions)
                .forEach(violation -> problems.add("drift beyond the policy '" + policy + "': " + violation));
        for (ApiVersion version : versions) {
            problems.addAll(checkSchemas(version));
        }
        return problems;
    }

    private List<String> compareConsecutiveVersions(List<ApiVersion> versions) throws IOException {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i + 1 < versions.size(); i++) {
            ApiVersion before = versions.get(i);
            ApiVersion after = versions.get(i + 1);
            ChangeReport report = ChangeReport.between(
                    "API " + before + " versus " + after,
                    before.pathSegment(),
                    recordings.read(before.pathSegment()),
                    after.pathSegment(),
                    recordings.read(after.pathSegment()),
                    VocabularyDiff.lines(before, after));
            report.write(reports.resolve("diff"), before.pathSegment() + "-vs-" + after.pathSegment());
            if (report.compared() == 0) {
                problems.add("no scenario was recorded on both " + before + " and " + after);
            }
        }
        return problems;
    }

    private List<String> checkSchemas(ApiVersion version) throws IOException {
        ResponseSchemas schemas = ResponseSchemas.forVersion(version);
        int checked = 0;
        int unknown = 0;
        List<String> lines = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        for (Recording recording : recordings.read(version.pathSegment()).values()) {
            for (Exchange exchange : recording.exchanges()) {
                if (!schemas.knows(exchange)) {
                    unknown++;
                    continue;
                }
                checked++;
                for (SchemaViolation violation : schemas.check(exchange)) {
                    String line = recording.scenario() + ": " + violation.exchange() + " " + violation.pointer() + " "
                            + violation.message()
                            + (violation.isBreaking() ? " (breaking)" : " (undeclared field: additive)");
                    lines.add(line);
                    if (policy.equals("additive") || (policy.equals("breaking") && violation.isBreaking())) {
                        failing.add("a response breaks the " + version + " schema: " + line);
                    }
                }
            }
        }
        StringBuilder md = new StringBuilder(
                "# Response shapes on " + version + "\n\nEvery recorded response checked against the schemas of "
                        + version
                        + " (v2.1 and v7 authored from the doc pages, v8 seeded from Zoho's OpenAPI file). Undeclared fields are additive drift;"
                        + " every other violation is breaking.\n\n");
        md.append(checked)
                .append(" responses checked, ")
                .append(unknown)
                .append(" of shapes no schema covers, ")
                .append(lines.size())
                .append(" violations.\n\n");
        lines.forEach(line -> md.append("- ").append(line.replace("|", "\\|")).append('\n'));
        Files.createDirectories(reports.resolve("schema"));
        Files.writeString(reports.resolve("schema").resolve(version.pathSegment() + ".md"), md.toString());
        return failing;
    }

    private List<ApiVersion> versionsRecorded() throws IOException {
        if (!Files.isDirectory(recordings.root())) {
            return List.of();
        }
        try (Stream<Path> directories = Files.list(recordings.root())) {
            return directories
                    .filter(Files::isDirectory)
                    .map(d -> ApiVersion.parse(d.getFileName().toString()))
                    .sorted()
                    .toList();
        }
    }
}
