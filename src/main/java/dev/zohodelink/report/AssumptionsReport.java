package dev.zohodelink.report;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Claim;
import dev.zohodelink.contract.Relation;
import dev.zohodelink.contract.SupportedRelations;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.markdown.MarkdownRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything the suite assumes rather than knows, with its evidence, and how the assumed scenarios fared. */
final class AssumptionsReport {

    private AssumptionsReport() {}

    static String markdown(List<RunOutcome> runs) {
        StringBuilder md = new StringBuilder("# What this suite assumes\n\n");
        md.append(
                        "Zoho does not document everything. Each expectation below rests on less than Zoho's documentation, graded as in")
                .append(
                        " `docs/evidence.md`. With `ZOHO_UNDOCUMENTED=observe` (or `-DexcludedGroups=assumed`) a difference from one of them is recorded")
                .append(
                        " as an observation instead of failing the run; documented expectations fail in every mode.\n\n");
        md.append(
                "## Error catalogue: undocumented expectations\n\n| code | exact message | expects | Zoho answers | grade | source |\n|---|---|---|---|---|---|\n");
        for (ZohoError error : ZohoError.values()) {
            for (Claim claim : error.claims()) {
                if (claim.basis().isAssumed()) {
                    md.append(MarkdownRow.of(
                            error.code(),
                            error.message(),
                            claim.aspect().label(),
                            claim.expected().replace('|', '/'),
                            claim.basis().evidence().label(),
                            claim.basis().source().replace('|', '/')));
                }
            }
        }
        md.append("\n## Relations\n\n| version | relation | evidence |\n|---|---|---|\n");
        for (ApiVersion version : ApiVersion.values()) {
            for (Relation relation : SupportedRelations.forVersion(version)) {
                if (relation.provenance().isAssumed()) {
                    md.append(MarkdownRow.of(version, relation.label(), relation.provenance()));
                }
            }
        }
        md.append("\n## Behaviour profile (selectable with ZOHO_PROFILE)\n\n| choice | evidence |\n|---|---|\n");
        BehaviourProfile.EVIDENCE.forEach((choice, evidence) -> md.append(MarkdownRow.of(choice, evidence)));
        md.append("\nProfiles in these runs: ")
                .append(runs.stream()
                        .map(r -> r.version() + ": " + r.profile())
                        .distinct()
                        .toList())
                .append("\n");
        md.append("\n## Assumed scenarios\n\n");
        List<String> header = new ArrayList<>(List.of("scenario", "feature"));
        runs.forEach(run -> header.add(run.version()));
        md.append(MarkdownRow.header(header));
        Map<List<String>, Map<String, String>> rows = new LinkedHashMap<>();
        for (RunOutcome run : runs) {
            for (ScenarioOutcome scenario : run.scenarios()) {
                if (scenario.tags().contains("@assumed")) {
                    rows.computeIfAbsent(
                                    List.of(scenario.name(), scenario.uri() + ":" + scenario.line()),
                                    k -> new LinkedHashMap<>())
                            .put(
                                    run.version(),
                                    scenario.status().toLowerCase(java.util.Locale.ROOT)
                                            + (scenario.observations().isEmpty()
                                                    ? ""
                                                    : ", observed other behaviour: "
                                                            + String.join("; ", scenario.observations())
                                                                    .replace('|', '/')
                                                                    .replace('\n', ' ')));
                }
            }
        }
        rows.forEach((scenario, byVersion) -> {
            List<String> cells = new ArrayList<>(scenario);
            runs.forEach(run -> cells.add(byVersion.getOrDefault(run.version(), "-")));
            md.append(MarkdownRow.of(cells));
        });
        return md.toString();
    }
}
