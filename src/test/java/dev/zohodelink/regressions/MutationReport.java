package dev.zohodelink.regressions;

import dev.zohodelink.markdown.MarkdownRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code reports/mutation.md}: each simulated regression, whether it breaks a documented promise, and what caught it, per mode. */
final class MutationReport {

    private final List<RegressionVerdict> verdicts;
    private final int baselineScenarios;
    private final Duration duration;

    MutationReport(List<RegressionVerdict> verdicts, int baselineScenarios, Duration duration) {
        this.verdicts = List.copyOf(verdicts);
        this.baselineScenarios = baselineScenarios;
        this.duration = duration;
    }

    String scoreLine() {
        return "simulated regressions caught: "
                + verdicts.stream().filter(RegressionVerdict::caught).count() + "/" + verdicts.size();
    }

    String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Simulated regressions\n\n")
                .append(
                        "Each row is a change Zoho could ship to Delink Related Records, simulated by wrapping the emulator, and run\n")
                .append(
                        "in process against the scenarios that concern it with every expectation asserted (default). A regression\n")
                .append("that breaks a documented promise must fail a documented expectation there and again with\n")
                .append(
                        "`ZOHO_UNDOCUMENTED=observe`. One listed apart can only be caught by expectations that rest on less: it must be\n")
                .append(
                        "caught in the default mode by those alone (observe mode would only record it, so it is not run). The correct\n")
                .append("emulator passed all ")
                .append(baselineScenarios)
                .append(" scenarios of the features concerned first.\n\n")
                .append(scoreLine())
                .append("\n\n")
                .append("Duration: ")
                .append(duration.toMillis() / 1000.0)
                .append(" s. Written by `RegressionCatalogueIT`.\n\n");
        section(md, "Breaking a documented promise", true);
        section(md, "Breaking only what Zoho does not document", false);
        return md.toString();
    }

    private void section(StringBuilder md, String title, boolean documented) {
        List<RegressionVerdict> rows = verdicts.stream()
                .filter(v -> v.regression().breaksDocumentedPromise() == documented)
                .toList();
        md.append("## ")
                .append(title)
                .append(" (")
                .append(rows.size())
                .append(")\n\n")
                .append(
                        documented
                                ? "| regression | change | features | caught | default: caught by | observe: caught by |\n|---|---|---|---|---|---|\n"
                                : "| regression | change | why only undocumented | features | caught | default: caught by | observe: caught by |\n|---|---|---|---|---|---|---|\n");
        for (RegressionVerdict verdict : rows) {
            SimulatedRegression regression = verdict.regression();
            List<String> cells = new ArrayList<>(List.of(
                    "`" + regression.name() + "`",
                    cell(regression.misbehaviour().change())));
            regression.whyOnlyUndocumented().ifPresent(why -> cells.add(cell(why)));
            cells.addAll(List.of(
                    regression.features().stream()
                                    .map(f -> "`" + f.substring(f.lastIndexOf('/') + 1) + "`")
                                    .collect(Collectors.joining(", "))
                            + " (" + regression.version().pathSegment() + ")",
                    verdict.problem().map(p -> "**NO**: " + cell(p)).orElse("yes"),
                    catches(verdict.byDefault()),
                    catches(verdict.observed())));
            md.append(MarkdownRow.of(cells));
        }
        md.append('\n');
    }

    private static String catches(ModeVerdict verdict) {
        if (!verdict.ran()) {
            return "not run";
        }
        if (!verdict.caught()) {
            return "nothing";
        }
        return verdict.catches().stream()
                .map(c ->
                        cell(c.scenario()) + ": " + cell(String.join("; ", distinct(c.documented(), c.undocumented()))))
                .collect(Collectors.joining("<br>"));
    }

    private static List<String> distinct(List<String> documented, List<String> undocumented) {
        return java.util.stream.Stream.concat(documented.stream(), undocumented.stream())
                .distinct()
                .toList();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
