package dev.zohodelink.steps;

import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.client.DelinkRequest;
import dev.zohodelink.config.RunConfiguration;
import dev.zohodelink.config.Settings;
import dev.zohodelink.contract.Module;
import dev.zohodelink.support.Caller;
import dev.zohodelink.support.ScenarioFacts;
import dev.zohodelink.support.OrgFixtures;
import dev.zohodelink.support.RecordRef;
import dev.zohodelink.support.Target;
import dev.zohodelink.support.Targets;
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

    private final RunConfiguration configuration = RunConfiguration.from(Settings.fromProcess());
    private final Map<String, RecordRef> records = new HashMap<>();
    private final ScenarioFacts facts = new ScenarioFacts();
    private final Map<String, List<RecordRef>> linked = new HashMap<>();
    private Target target;
    private OrgFixtures fixtures;
    private Caller caller = Caller.administrator();
    private io.cucumber.java.Scenario scenario;
    private LastCall lastCall;

    /** The delink call of the {@code When} step, the records it listed in order, and Zoho's answer. */
    public record LastCall(DelinkRequest request, RecordRef parent, Module related, List<String> listedIds, ApiResponse response) {
    }

    public RunConfiguration configuration() {
        return configuration;
    }

    public Target target() {
        if (target == null) {
            target = Targets.create(configuration);
            fixtures = new OrgFixtures(target.api(), target.administratorToken(), target.marker(), target.ledger(), target.fieldMetadata());
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
        List<String> missing = aliases.stream().filter(a -> !records.containsKey(a)).distinct().toList();
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
                throw new IllegalArgumentException("'" + alias + "' is a " + ref.module().singular() + " in this scenario, not a " + module.singular());
            }
            refs.add(ref);
        }
        return refs;
    }

    /** Records created in bulk for a parent ("linked to 101 contacts"), named after it: C-1, C-2, ... */
    public List<RecordRef> numberedRecords(RecordRef parent, Module related, int count) {
        List<String> aliases = java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> parent.alias() + "-" + i).toList();
        return records(related, aliases);
    }

    /** The records of a module that the scenario has linked to the parent, in creation order. */
    public List<RecordRef> recordsLinkedTo(RecordRef parent, Module related) {
        return linked.getOrDefault(parent.alias() + "|" + related.name(), List.of());
    }

    public void rememberLinked(RecordRef parent, Module related, List<RecordRef> relatedRecords) {
        linked.computeIfAbsent(parent.alias() + "|" + related.name(), k -> new ArrayList<>()).addAll(relatedRecords);
    }

    /** The running scenario, known from its first hook on. */
    public void begin(io.cucumber.java.Scenario running) {
        scenario = running;
    }

    /**
     * Runs an assertion of a {@code Then} step. In a scenario tagged {@code @assumed}, with ZOHO_UNDOCUMENTED=observe,
     * a failure is recorded as an observation instead: Zoho documents nothing there to hold the target to.
     *
     * @return whether the assertion held
     */
    public boolean verify(Runnable assertion) {
        try {
            assertion.run();
            return true;
        } catch (AssertionError differs) {
            boolean assumed = scenario != null && scenario.getSourceTagNames().contains("@assumed");
            if (!assumed || configuration.undocumented() != RunConfiguration.UndocumentedBehaviour.OBSERVE) {
                throw differs;
            }
            facts.observed(differs.getMessage());
            scenario.attach(differs.getMessage(), "text/plain", "observed: differs from the behaviour profile");
            return false;
        }
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
