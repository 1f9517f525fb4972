package dev.zohodelink.glue.steps;

import dev.zohodelink.contract.ZohoError;
import io.cucumber.java.en.Given;
import org.opentest4j.TestAbortedException;

/** Failures that only an emulator can provoke on purpose. */
public class FaultSteps {

    private final ScenarioWorld world;

    public FaultSteps(ScenarioWorld world) {
        this.world = world;
    }

    @Given("Zoho fails unexpectedly on the next delink")
    public void failsOnTheNextDelink() {
        if (!world.target().canInjectFaults()) {
            throw new TestAbortedException("faults can only be injected into the emulator");
        }
        world.target().failNextDelinkWith(ZohoError.INTERNAL_ERROR);
    }
}
