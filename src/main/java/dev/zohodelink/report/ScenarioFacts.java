package dev.zohodelink.report;

import dev.zohodelink.assertions.CheckedExpectation;
import dev.zohodelink.assertions.RecordedExpectation;
import dev.zohodelink.client.ApiUsage;
import dev.zohodelink.config.RunConfiguration;
import dev.zohodelink.contract.Relation;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.targets.UrlForm;
import java.util.ArrayList;
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

    /** The facts as attached in JSON, under {@link #MEDIA_TYPE}; {@code run} is null when no World was configured. */
    public record Attachment(
            ConfiguredRun run,
            List<ProvenRelation> relations,
            List<ZohoError> errors,
            ScenarioUsage usage,
            List<String> observations,
            List<RecordedExpectation> expectations) {

        /** What a scenario that attached no facts proved: nothing. */
        public static final Attachment NONE =
                new Attachment(null, List.of(), List.of(), ScenarioUsage.NONE, List.of(), List.of());
    }

    private final Set<ProvenRelation> relations = new LinkedHashSet<>();
    private final Set<ZohoError> errors = new LinkedHashSet<>();
    private ScenarioUsage usage = ScenarioUsage.NONE;
    private final List<String> observations = new ArrayList<>();
    private final List<CheckedExpectation> expectations = new ArrayList<>();
    private ConfiguredRun run;

    /** The run the scenario belongs to, as its World was configured: version, target and behaviour profile. */
    public void ranOn(RunConfiguration configuration) {
        run = ConfiguredRun.of(configuration);
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
        usage = ScenarioUsage.of(scenarioUsage);
    }

    /**
     * The facts as lines to read: the run, the relations and errors proved, the usage, then the expectations: when
     * every one held, how many per grade; otherwise each with its result and grade, a line repeated written once and
     * counted. Every expectation with its source is in {@code results/<version>.json}.
     */
    public String asText() {
        StringBuilder text = new StringBuilder((run == null
                        ? "? on ?, profile ?"
                        : run.version() + " on " + run.target() + ", profile " + run.profile())
                + "\nrelations: "
                + relations.stream().map(ProvenRelation::key).collect(Collectors.joining(", "))
                + "\nerrors: " + errors.stream().map(ZohoError::name).collect(Collectors.joining(", "))
                + "\nusage: " + usage.calls() + " calls, " + usage.credits() + " credits, " + usage.retries()
                + " retries\n");
        observations.forEach(o -> text.append("observed: ").append(o).append('\n'));
        Map<String, Integer> lines = new LinkedHashMap<>();
        boolean allHeld = expectations.stream().allMatch(e -> e.result() == CheckedExpectation.Result.HELD);
        expectations.forEach(e -> lines.merge(
                allHeld ? "held [" + e.expectation().basis().evidence().label() + "]" : e.asLine(), 1, Integer::sum));
        lines.forEach((line, times) ->
                text.append(line).append(times > 1 ? " (x" + times + ")" : "").append('\n'));
        return text.toString();
    }

    public Attachment attachment() {
        return new Attachment(
                run,
                List.copyOf(relations),
                List.copyOf(errors),
                usage,
                List.copyOf(observations),
                expectations.stream().map(CheckedExpectation::recorded).toList());
    }
}
