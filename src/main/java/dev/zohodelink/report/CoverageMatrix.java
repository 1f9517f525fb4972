package dev.zohodelink.report;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.Relation;
import dev.zohodelink.contract.SupportedRelations;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.markdown.MarkdownRow;
import dev.zohodelink.targets.UrlForm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the runs proved, against what Zoho documents: every supported relation per version and URL form, and
 * every error of the catalogue that the delink call can produce, per version.
 */
public final class CoverageMatrix {

    /** A cell: what the runs say about one promise on one version. */
    public enum Cell {
        PASSED("pass"),
        FAILED("FAIL"),
        NOT_PROVEN("not proven"),
        MISSING("MISSING"),
        NOT_APPLICABLE("n/a");

        private final String text;

        Cell(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** The errors a delink call can produce and the suite must show: the page's ten, the limit and the two 401s. */
    public static List<ZohoError> delinkErrors() {
        return Arrays.stream(ZohoError.values())
                .filter(e -> e.isOnDelinkPage()
                        || e == ZohoError.LIMIT_EXCEEDED
                        || e == ZohoError.INVALID_TOKEN
                        || e == ZohoError.AUTHENTICATION_FAILURE)
                .toList();
    }

    private final List<RunOutcome> runs;
    private final boolean requireProof;

    /** @param requireProof whether a documented promise that only skipped scenarios cover is a gap (ZOHO_REQUIRE_PROOF) */
    public CoverageMatrix(List<RunOutcome> runs, boolean requireProof) {
        this.runs = runs.stream()
                .sorted(java.util.Comparator.comparing(r -> ApiVersion.parse(r.version())))
                .toList();
        this.requireProof = requireProof;
    }

    public List<RunOutcome> runs() {
        return runs;
    }

    /** All relations any run's version supports, in contract order. */
    public List<Relation> relations() {
        Map<String, Relation> all = new LinkedHashMap<>();
        for (ApiVersion version : ApiVersion.values()) {
            SupportedRelations.forVersion(version).forEach(r -> all.putIfAbsent(r.label(), r));
        }
        return List.copyOf(all.values());
    }

    public Cell relation(RunOutcome run, Relation relation, UrlForm form) {
        ApiVersion version = ApiVersion.parse(run.version());
        if (SupportedRelations.find(version, relation.parent(), relation.related())
                .isEmpty()) {
            return Cell.NOT_APPLICABLE;
        }
        ProvenRelation cell = ProvenRelation.of(relation, form);
        return cell(run, s -> s.relations().contains(cell));
    }

    public Cell error(RunOutcome run, ZohoError error) {
        return cell(run, s -> s.errors().contains(error));
    }

    private static Cell cell(RunOutcome run, Predicate<ScenarioOutcome> proves) {
        List<ScenarioOutcome> proving = run.scenarios().stream().filter(proves).toList();
        if (proving.stream().anyMatch(s -> s.status().equals("FAILED"))) {
            return Cell.FAILED;
        }
        if (proving.stream().anyMatch(ScenarioOutcome::passed)) {
            return Cell.PASSED;
        }
        return proving.isEmpty() ? Cell.MISSING : Cell.NOT_PROVEN;
    }

    private boolean isGap(Cell cell, boolean documented) {
        return cell == Cell.FAILED || documented && (cell == Cell.MISSING || requireProof && cell == Cell.NOT_PROVEN);
    }

    /**
     * An error as the features and the README's error table name it: by its code, and by its message too where
     * another error of the delink call has the same code ({@code INVALID_MODULE}), never by the catalogue's constant.
     */
    private static String name(ZohoError error) {
        long sharingTheCode = delinkErrors().stream()
                .filter(e -> e.code().equals(error.code()))
                .count();
        return sharingTheCode > 1 ? error.code() + " \"" + error.message() + "\"" : error.code();
    }

    private static String text(Cell cell, RunOutcome run) {
        return cell == Cell.NOT_PROVEN ? "not proven on " + run.target() : cell.text();
    }

    /** One line per run: how many documented promises it proved, and which it could not. */
    public List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        for (RunOutcome run : runs) {
            Map<Cell, List<String>> unproven = new EnumMap<>(Cell.class);
            long relationsProven = 0;
            long relationsDocumented = 0;
            for (Relation relation : relations()) {
                for (UrlForm form : UrlForm.values()) {
                    Cell cell = relation(run, relation, form);
                    if (relation.provenance().isDocumented() && cell != Cell.NOT_APPLICABLE) {
                        relationsDocumented++;
                        if (cell == Cell.PASSED) {
                            relationsProven++;
                        } else {
                            unproven.computeIfAbsent(cell, c -> new ArrayList<>())
                                    .add(relation.label() + " via " + form.label());
                        }
                    }
                }
            }
            List<ZohoError> documented =
                    delinkErrors().stream().filter(e -> !e.isAssumed()).toList();
            long errorsProven = documented.stream()
                    .filter(e -> error(run, e) == Cell.PASSED)
                    .count();
            documented.stream()
                    .filter(e -> error(run, e) != Cell.PASSED)
                    .forEach(e -> unproven.computeIfAbsent(error(run, e), c -> new ArrayList<>())
                            .add(name(e)));
            StringBuilder line = new StringBuilder("Coverage " + run.version() + " on " + run.target() + ": "
                    + relationsProven + "/" + relationsDocumented + " documented relation cells and " + errorsProven
                    + "/" + documented.size() + " documented errors proven");
            unproven.forEach((cell, promises) -> line.append("; ")
                    .append(unprovenBecause(cell, run))
                    .append(": ")
                    .append(String.join(", ", promises)));
            lines.add(line.toString());
        }
        return lines;
    }

    /** Why the summary line lists a promise as unproven: its scenario failed, was skipped, or did not run. */
    private static String unprovenBecause(Cell cell, RunOutcome run) {
        return switch (cell) {
            case FAILED -> "failed";
            case NOT_PROVEN -> "not proven on " + run.target();
            default -> "not run (no selected scenario proves it)";
        };
    }

    /**
     * Every promise that no scenario proved, as sentences: a failed proof always counts; a missing one only where the
     * promise is documented, since assumed scenarios may be left out ({@code -DexcludedGroups=assumed}); one that only
     * skipped scenarios cover, when proof is required.
     */
    public List<String> gaps() {
        List<String> gaps = new ArrayList<>();
        for (RunOutcome run : runs) {
            for (Relation relation : relations()) {
                for (UrlForm form : UrlForm.values()) {
                    Cell cell = relation(run, relation, form);
                    if (isGap(cell, relation.provenance().isDocumented())) {
                        gaps.add(run.version() + ": " + relation.label() + " via " + form.label() + " is "
                                + text(cell, run));
                    }
                }
            }
            for (ZohoError error : delinkErrors()) {
                Cell cell = error(run, error);
                if (isGap(cell, !error.isAssumed())) {
                    gaps.add(run.version() + ": " + name(error) + " is " + text(cell, run));
                }
            }
        }
        return gaps;
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Coverage matrix\n\n");
        md.append("Generated from the scenarios that ran (")
                .append(runs.stream()
                        .map(r -> r.version() + " on " + r.target() + ", profile " + r.profile())
                        .toList())
                .append(
                        "). `pass`: a passing scenario proved it; `FAIL`: a scenario proving it failed; `not proven on <target>`: only skipped scenarios cover it (reason in the report; a gap with ZOHO_REQUIRE_PROOF=true); `MISSING`: no scenario; `n/a`: not supported in that version.\n\n");
        md.append("## Relations, per version and URL form\n\n");
        List<String> relationsHeader = new ArrayList<>(List.of("relation", "direction", "evidence"));
        runs.forEach(run -> Arrays.stream(UrlForm.values())
                .forEach(form -> relationsHeader.add(run.version() + " " + form.label())));
        md.append(MarkdownRow.header(relationsHeader));
        for (Relation relation : relations()) {
            List<String> cells = new ArrayList<>(List.of(
                    relation.label(),
                    relation.documentedDirection() ? "listed" : "reverse",
                    relation.provenance().isAssumed() ? "assumed" : "documented"));
            runs.forEach(run -> Arrays.stream(UrlForm.values())
                    .forEach(form -> cells.add(text(relation(run, relation, form), run))));
            md.append(MarkdownRow.of(cells));
        }
        md.append("\n## Errors, per version\n\n");
        List<String> errorsHeader = new ArrayList<>(
                List.of("catalogue entry", "code", "HTTP", "message", "on the delink page", "evidence"));
        runs.forEach(run -> errorsHeader.add(run.version()));
        md.append(MarkdownRow.header(errorsHeader));
        for (ZohoError error : delinkErrors()) {
            List<Object> cells = new ArrayList<>(List.of(
                    error.name(),
                    error.code(),
                    error.httpStatus(),
                    error.message(),
                    error.isOnDelinkPage() ? "yes" : "no",
                    error.isAssumed() ? "assumed" : "documented in part: " + documentedAspects(error)));
            runs.forEach(run -> cells.add(text(error(run, error), run)));
            md.append(MarkdownRow.of(cells));
        }
        md.append(
                        "\n## Scenarios and what they cost\n\nAPI calls and credits by Zoho's rule (1 per call, 1 per 10 records on insert and update), fixtures included, cleanup not.\n\n")
                .append(
                        "| version | target | passed | failed | skipped | assumed (passed) | API calls | credits | retries |\n|---|---|---|---|---|---|---|---|---|\n");
        for (RunOutcome run : runs) {
            md.append(MarkdownRow.of(
                    run.version(),
                    run.target(),
                    count(run, ScenarioOutcome::passed),
                    count(run, s -> s.status().equals("FAILED")),
                    count(run, ScenarioOutcome::skipped),
                    count(run, s -> s.passed() && s.tags().contains("@assumed")),
                    run.scenarios().stream().mapToLong(ScenarioOutcome::calls).sum(),
                    run.scenarios().stream().mapToLong(ScenarioOutcome::credits).sum(),
                    run.scenarios().stream().mapToLong(ScenarioOutcome::retries).sum()));
        }
        return md.toString();
    }

    private static String documentedAspects(ZohoError error) {
        return error.claims().stream()
                .filter(c -> c.basis().isDocumented())
                .map(c -> c.aspect().label())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static long count(RunOutcome run, Predicate<ScenarioOutcome> predicate) {
        return run.scenarios().stream().filter(predicate).count();
    }
}
