package dev.zohodelink.glue.steps;

import dev.zohodelink.config.RunConfiguration;
import dev.zohodelink.recording.Normaliser;
import dev.zohodelink.report.ExchangeLog;
import dev.zohodelink.report.ScenarioFacts;
import dev.zohodelink.targets.RunScope;
import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.util.Collection;
import java.util.List;
import org.opentest4j.TestAbortedException;

/** Decides whether a scenario applies to this run, labels it for the reports, and records what it proved. */
public class Hooks {

    static final String VERSION_TAG_PREFIX = "@api-";
    static final String EMULATOR_ONLY = "@emulator-only";

    private final ScenarioWorld world;

    public Hooks(ScenarioWorld world) {
        this.world = world;
    }

    @Before(order = 0)
    public void skipScenariosThatDoNotApplyToThisRun(Scenario scenario) {
        world.begin(scenario);
        RunConfiguration run = world.configuration();
        // labelled first: a skipped scenario is one test case per version too, not a retry of another version's
        ReportLabels.apply(scenario, run);
        Collection<String> tags = scenario.getSourceTagNames();
        List<String> versions = tags.stream()
                .filter(t -> t.startsWith(VERSION_TAG_PREFIX))
                .map(t -> t.substring(VERSION_TAG_PREFIX.length()))
                .toList();
        if (!versions.isEmpty() && !versions.contains(run.version().pathSegment())) {
            throw new TestAbortedException(
                    "applies to API " + String.join(", ", versions) + "; this run targets " + run.version());
        }
        if (tags.contains(EMULATOR_ONLY) && run.target() != dev.zohodelink.config.TargetKind.EMULATOR) {
            throw new TestAbortedException(
                    "tagged @emulator-only: needs an injected fault, which only the emulator provides");
        }
    }

    /**
     * One hook, so one stage in the reports: records the exchanges (not for a skipped scenario, whose few exchanges
     * are no recording of it), attaches them bounded (a line per call; the bodies only when the scenario failed), and
     * hands what the scenario proved to the results plugin, with a readable copy for the report.
     */
    @After
    public void recordWhatTheScenarioDidAndProved(Scenario scenario) {
        world.reachedTarget().ifPresent(target -> {
            if (scenario.getStatus() != io.cucumber.java.Status.SKIPPED) {
                Recordings.write(
                        scenario,
                        world.configuration(),
                        target,
                        new Normaliser(world.labelsById())
                                .normalise(target.recorder().recorded()));
            }
            if (!target.recorder().exchanges().isEmpty()) {
                scenario.attach(
                        scenario.isFailed()
                                ? ExchangeLog.full(target.recorder().exchanges())
                                : ExchangeLog.compact(target.recorder().exchanges()),
                        ExchangeLog.MEDIA_TYPE,
                        ExchangeLog.NAME);
            }
        });
        world.usage().ifPresent(world.facts()::used);
        scenario.attach(
                dev.zohodelink.emulator.core.codecs.Json.write(world.facts().attachment()),
                ScenarioFacts.MEDIA_TYPE,
                ScenarioFacts.NAME);
        scenario.attach(world.facts().asText(), ScenarioFacts.TEXT_MEDIA_TYPE, ScenarioFacts.NAME);
    }

    /** Deletes what a live run still has, and reports its calls, credits and cleanup. */
    @AfterAll
    public static void closeTheRun() {
        RunScope.close().ifPresent(RunSummary::publish);
    }
}
