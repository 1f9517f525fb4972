package dev.zohodelink.recording;

import dev.zohodelink.config.BaselineSelection;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.markdown.MarkdownRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * This run's recordings against a committed baseline, version by version: a drift report per version, one short
 * {@code summary.md} for a CI job summary, and the differences the policy does not allow. A version without its
 * baseline is said so in the summary, and is a failure when the baseline is required.
 */
public final class BaselineDrift {

    /** Which differences fail the build: {@code breaking} (default), {@code additive} (any) or {@code never}. */
    public static final List<String> POLICIES = List.of("breaking", "additive", "never");

    private final BaselineSelection baseline;
    private final RecordingStore recordings;
    private final Path reports;
    private final String policy;

    /** @param reports where the drift reports go, {@code reports/drift} */
    public BaselineDrift(BaselineSelection baseline, RecordingStore recordings, Path reports, String policy) {
        if (!POLICIES.contains(policy.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("zoho.drift.fail-on: '" + policy + "' is not one of " + POLICIES);
        }
        this.baseline = baseline;
        this.recordings = recordings;
        this.reports = reports;
        this.policy = policy.toLowerCase(Locale.ROOT);
    }

    /** Compares (or records, when updating) each version; the violations of the policy, one line each. */
    public List<String> check(List<ApiVersion> versions) throws IOException {
        RecordingStore baselines = new RecordingStore(baseline.directory());
        List<String> violations = new ArrayList<>();
        StringBuilder summary = new StringBuilder("### Drift against baseline '" + baseline.name() + "'\n\n")
                .append("Policy: fail on ")
                .append(policy)
                .append(" changes")
                .append(baseline.required() ? "; a missing baseline fails" : "")
                .append(".\n\n| API version | target | result |\n|---|---|---|\n");
        for (ApiVersion version : versions) {
            String v = version.pathSegment();
            Map<String, Recording> actual = recordings.read(v);
            String target =
                    actual.values().stream().findFirst().map(Recording::target).orElse("?");
            if (baseline.update()) {
                baselines.replace(v, recordings);
                summary.append(MarkdownRow.of(v, target, "recorded as the baseline (" + actual.size() + " scenarios)"));
                continue;
            }
            Map<String, Recording> expected = baselines.read(v);
            if (expected.isEmpty()) {
                summary.append(MarkdownRow.of(
                        v,
                        target,
                        "**no baseline**: drift not checked" + (baseline.required() ? " (required: FAILED)" : "")));
                if (baseline.required()) {
                    violations.add(v + ": " + baseline.describeFor(version));
                }
                continue;
            }
            String title = (target.equals(baseline.name()) ? "Drift of the " : "Parity of the ") + target + " on " + v
                    + " against the baseline '" + baseline.name() + "'";
            ChangeReport report = ChangeReport.between(
                    title,
                    "baseline " + baseline.name(),
                    expected,
                    "this run",
                    actual,
                    List.of("Baseline: " + baseline.of(version) + ". Policy: fail on " + policy + " changes."));
            report.write(reports, baseline.name() + "-" + v);
            summary.append(MarkdownRow.of(
                    v,
                    target,
                    report.compared() + " scenarios compared: "
                            + report.breaking().size() + " breaking, "
                            + report.additive().size() + " additive; "
                            + report.onlyBefore().size()
                            + " only in the baseline, " + report.onlyAfter().size() + " only in this run"));
            List<Change> failing = switch (policy) {
                case "additive" -> report.changes();
                case "breaking" -> report.breaking();
                default -> List.of();
            };
            failing.forEach(change ->
                    violations.add(v + " " + change.scenario() + ": " + change.exchange() + " " + change.describe()));
        }
        Files.createDirectories(reports);
        Files.writeString(reports.resolve("summary.md"), summary.toString());
        return violations;
    }
}
