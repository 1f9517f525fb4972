package dev.zohodelink.report;

import dev.zohodelink.assertions.CheckedExpectation;
import dev.zohodelink.client.ApiUsage;
import dev.zohodelink.config.RunConfiguration;
import dev.zohodelink.contract.Relation;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.targets.UrlForm;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a scenario proved: which relation was delinked through which URL form, and which catalogue errors were
 * asserted; and what it cost in API calls and credits. Attached to the scenario so the coverage matrix is built
 * from what ran, not from what is written.
 */
public final class ScenarioFacts {

    public static final String MEDIA_TYPE = "application/vnd.zoho-delink.scenario-facts+json";
    public static final String NAME = "scenario facts";
    /** The readable copy for the Allure report, which leaves out the JSON (see {@link BoundedAllureReport}). */
    public static final String TEXT_MEDIA_TYPE = "text/plain";

    private final Set<ProvenRelation> relations = new LinkedHashSet<>();
    private final Set<ZohoError> errors = new LinkedHashSet<>();
    private final Map<String, Long> usage = new LinkedHashMap<>();
    private final List<String> observations = new java.util.ArrayList<>();
    private final List<CheckedExpectation> expectations = new java.util.ArrayList<>();
    private final Map<String, String> run = new LinkedHashMap<>();

    /** The run the scenario belongs to, as its World was configured: version, target and behaviour profile. */
    public void ranOn(RunConfiguration configuration) {
        run.put("version", configuration.version().pathSegment());
        run.put("target", configuration.target().name().toLowerCase(java.util.Locale.ROOT));
        run.put("profile", configuration.profile().name());
    }

    public void delinked(Relation relation, UrlForm form) {
        relations.add(ProvenRelation.of(relation, form));
    }

    public void asserted(ZohoError error) {
        errors.add(error);
    }

    public void checked(CheckedExpectation expectation) {
        expectations.add(expectation);
    }

    /** Where an assumed scenario saw something other than the profile's choice (ZOHO_UNDOCUMENTED=observe). */
    public void observed(String difference) {
        observations.add(difference);
    }

    public void used(ApiUsage scenarioUsage) {
        usage.put("calls", scenarioUsage.calls());
        usage.put("credits", scenarioUsage.credits());
        usage.put("retries", scenarioUsage.retries());
    }

    /**
     * The facts as lines to read: the run, the relations and errors proved, the usage, then the expectations: when
     * every one held, how many per grade; otherwise each with its result and grade, a line repeated written once and
     * counted. Every expectation with its source is in {@code results/<version>.json}.
     */
    public String asText() {
        StringBuilder text = new StringBuilder(
                run.getOrDefault("version", "?") + " on " + run.getOrDefault("target", "?") + ", profile "
                        + run.getOrDefault("profile", "?") + "\nrelations: "
                        + relations.stream().map(ProvenRelation::key).collect(Collectors.joining(", "))
                        + "\nerrors: " + errors.stream().map(ZohoError::name).collect(Collectors.joining(", "))
                        + "\nusage: " + usage.getOrDefault("calls", 0L) + " calls, " + usage.getOrDefault("credits", 0L)
                        + " credits, "
                        + usage.getOrDefault("retries", 0L) + " retries\n");
        observations.forEach(o -> text.append("observed: ").append(o).append('\n'));
        Map<String, Integer> lines = new LinkedHashMap<>();
        boolean allHeld = expectations.stream().allMatch(e -> e.result() == CheckedExpectation.Result.HELD);
        expectations.forEach(e -> lines.merge(
                allHeld ? "held [" + e.expectation().basis().evidence().label() + "]" : e.asLine(), 1, Integer::sum));
        lines.forEach((line, times) ->
                text.append(line).append(times > 1 ? " (x" + times + ")" : "").append('\n'));
        return text.toString();
    }

    public Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run", Map.copyOf(run));
        json.put("relations", List.copyOf(relations));
        json.put("errors", List.copyOf(errors));
        json.put("usage", Map.copyOf(usage));
        json.put("observations", List.copyOf(observations));
        json.put(
                "expectations",
                expectations.stream().map(CheckedExpectation::asJson).toList());
        return json;
    }
}
