package dev.zohodelink.bench.glue;

import dev.zohodelink.bench.CapturedScenario;
import dev.zohodelink.bench.CapturedScenarios;
import dev.zohodelink.glue.steps.ScenarioWorld;
import io.cucumber.java.After;

/** The benchmark's glue: hands each scenario's calls and client time to {@link CapturedScenarios}. */
public class CaptureEachScenario {

    /** The package to add to a run's glue. */
    public static final String GLUE = "dev.zohodelink.bench.glue";

    private final ScenarioWorld world;

    public CaptureEachScenario(ScenarioWorld world) {
        this.world = world;
    }

    @After(order = 0)
    public void capture() {
        world.reachedTarget()
                .ifPresent(target -> CapturedScenarios.add(new CapturedScenario(
                        target.profile(),
                        target.recorder().exchanges(),
                        target.usage().calls(),
                        target.usage().clientNanos())));
    }
}
