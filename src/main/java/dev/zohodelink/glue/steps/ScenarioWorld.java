package dev.zohodelink.glue.steps;

import dev.zohodelink.assertions.AnswerExpectations;
import dev.zohodelink.assertions.CheckedExpectation;
import dev.zohodelink.assertions.Expectation;
import dev.zohodelink.assertions.ExpectationReport;
import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.client.DelinkRequest;
import dev.zohodelink.config.RunConfiguration;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Provenance;
import dev.zohodelink.report.ScenarioFacts;
import dev.zohodelink.targets.Caller;
import dev.zohodelink.targets.OrgFixtures;
import dev.zohodelink.targets.RecordRef;
import dev.zohodelink.targets.SettingsSource;
import dev.zohodelink.targets.Target;
import dev.zohodelink.targets.Targets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.picocontainer.Disposable;

/**
 * Everything one scenario knows: the target, the records it created by alias, the caller, and the last call
 * with its answer. PicoContainer makes one per scenario and disposes it afterwards.
 */
public final class ScenarioWorld implements Disposable {

    private final SettingsSource settings;
    private final RunConfiguration configuration;
    private final Map<String, RecordRef> records = new HashMap<>();
    private final ScenarioFacts facts = new ScenarioFacts();
    private final Map<String, List<RecordRef>> linked = new HashMap<>();
    private Target target;
    private OrgFixtures fixtures;
    private Caller caller = Caller.administrator();
    private io.cucumber.java.Scenario scenario;
    private LastCall lastCall;
    private Provenance outcomeBasis = AnswerExpectations.SUCCESS_RESULT;

    public ScenarioWorld(SettingsSource settings) {
        this.settings = settings;
        this.configuration = RunConfiguration.from(settings.settings());
    }

    /** The delink call of the {@code When} step, the records it listed in order, and Zoho's answer. */
    public record LastCall(
            DelinkRequest request, RecordRef parent, Module related, List<String> listedIds, ApiResponse response) {}

    public RunConfiguration configuration() {
        return configuration;
    }

    public Target target() {
        if (target == null) {
            target = Targets.create(configuration, settings.emulatorAnswers());
            fixtures = new OrgFixtures(
                    target.api(),
                    target.version(),
                    target.administratorToken(),
                    target.marker(),
                    target.ledger(),
                    target.fieldMetadata(),
                    target.recorder());
        }
        return target;
    }

    public OrgFixtures fixtures() {
        target();
        return fixtures;
    }

    /** The record called {@code alias}, created on first mention. */
    public RecordRef record(Module module, String alias) {
        return records(module, List.of(alias)).get(0);
    }

    /** The records called by the aliases, the missing ones created in one batch. */
    public List<RecordRef> records(Module module, List<String> aliases) {
        List<String> missing =
                aliases.stream().filter(a -> !records.containsKey(a)).distinct().toList();
        if (!missing.isEmpty()) {
            List<String> ids = fixtures().create(module, missing);
            for (int i = 0; i < missing.size(); i++) {
                records.put(missing.get(i), new RecordRef(module, missing.get(i), ids.get(i)));
            }
        }
        List<RecordRef> refs = new ArrayList<>();
        for (String alias : aliases) {
            RecordRef ref = records.get(alias);
            if (ref.module() != module) {
                throw new IllegalArgumentException("'" + alias + "' is a "
                        + ref.module().singular() + " in this scenario, not a " + module.singular());
            }
            refs.add(ref);
        }
        return refs;
    }

    /** Records created in bulk for a parent ("linked to 101 contacts"), named after it: C-1, C-2, ... */
    public List<RecordRef> numberedRecords(RecordRef parent, Module related, int count) {
        List<String> aliases = java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(i -> parent.alias() + "-" + i)
                .toList();
        return records(related, aliases);
    }

    /** The records of a module that the scenario has linked to the parent, in creation order. */
    public List<RecordRef> recordsLinkedTo(RecordRef parent, Module related) {
        return linked.getOrDefault(parent.alias() + "|" + related.name(), List.of());
    }

    public void rememberLinked(RecordRef parent, Module related, List<RecordRef> relatedRecords) {
        linked.computeIfAbsent(parent.alias() + "|" + related.name(), k -> new ArrayList<>())
                .addAll(relatedRecords);
    }

    /** The running scenario, known from its first hook on. */
    public void begin(io.cucumber.java.Scenario running) {
        scenario = running;
        facts.ranOn(configuration);
    }

    /**
     * Checks the expectations of a {@code Then} step, each on its own. A documented one that fails always fails the
     * scenario. One that rests on less fails it too, unless undocumented behaviour is observed
     * (ZOHO_UNDOCUMENTED=observe, or assumed scenarios excluded): then what differs is recorded and attached.
     *
     * @param answer the answer the step reads, named in the failure message; empty for relation state
     * @return whether every expectation held, so that what it proves may be counted
     */
    public boolean expect(String step, List<Expectation> expectations, java.util.Optional<ApiResponse> answer) {
        boolean observe = configuration.undocumented() == RunConfiguration.UndocumentedBehaviour.OBSERVE;
        List<CheckedExpectation> checked = new ArrayList<>();
        for (Expectation expectation : expectations) {
            Expectation graded = scenarioCap().map(expectation::cappedAt).orElse(expectation);
            boolean held = graded.holds().getAsBoolean();
            CheckedExpectation.Result result = held
                    ? CheckedExpectation.Result.HELD
                    : graded.basis().isAssumed() && observe
                            ? CheckedExpectation.Result.OBSERVED
                            : CheckedExpectation.Result.FAILED;
            checked.add(new CheckedExpectation(
                    step, graded, result, held ? "" : graded.actual().get()));
        }
        checked.forEach(facts::checked);
        ExpectationReport report = new ExpectationReport(
                step, checked, lastCall == null ? null : lastCall.response().call(), answer);
        report.observations().ifPresent(observed -> {
            facts.observed(observed);
            scenario.attach(observed, "text/plain", "observed: differs from what nothing documents");
        });
        report.failure().ifPresent(message -> {
            throw new AssertionError(message);
        });
        return checked.stream().allMatch(c -> c.result() == CheckedExpectation.Result.HELD);
    }

    /** Where the scenario's own premise is a guess (tagged {@code @assumed}), no expectation in it is stronger. */
    private java.util.Optional<Provenance> scenarioCap() {
        if (scenario == null || !scenario.getSourceTagNames().contains("@assumed")) {
            return java.util.Optional.empty();
        }
        String why = "the scenario rests on what its feature text calls undocumented";
        if (scenario.getSourceTagNames().contains("@official-example")) {
            return java.util.Optional.of(Provenance.officialExample(why));
        }
        return java.util.Optional.of(
                scenario.getSourceTagNames().contains("@official-sdk")
                        ? Provenance.officialSdk(why)
                        : Provenance.inferred(why));
    }

    /** The grade of the outcome the last Then step established, which state read afterwards follows from. */
    public Provenance outcomeBasis() {
        return outcomeBasis;
    }

    public void establishedOutcome(Provenance basis) {
        outcomeBasis = basis;
    }

    public Caller caller() {
        return caller;
    }

    public void callAs(Caller newCaller) {
        caller = Objects.requireNonNull(newCaller);
    }

    public void remember(LastCall call) {
        lastCall = call;
    }

    public LastCall lastCall() {
        if (lastCall == null) {
            throw new IllegalStateException("this scenario made no delink call before checking its outcome");
        }
        return lastCall;
    }

    public ApiResponse lastResponse() {
        return lastCall().response();
    }

    /** Labels of the records this scenario created, by id ("contact A"), for its recording. */
    public Map<String, String> labelsById() {
        Map<String, String> labels = new HashMap<>();
        records.values().forEach(record -> labels.put(record.id(), record.label()));
        return labels;
    }

    /** The target, if the scenario reached one. */
    public java.util.Optional<Target> reachedTarget() {
        return java.util.Optional.ofNullable(target);
    }

    /** Usage of this scenario so far; nothing when it never reached a target. */
    public java.util.Optional<dev.zohodelink.client.ApiUsage> usage() {
        return java.util.Optional.ofNullable(target).map(Target::usage);
    }

    public ScenarioFacts facts() {
        return facts;
    }

    @Override
    public void dispose() {
        if (target != null) {
            target.close();
        }
    }
}
