package dev.zohodelink.glue.steps;

import dev.zohodelink.assertions.Expectation;
import dev.zohodelink.assertions.FailureMarker;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Provenance;
import dev.zohodelink.targets.RecordRef;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Optional;

/** Records: their existence before and after a call. */
public class RecordSteps {

    private static final Provenance BOTH_RECORDS_STAY =
            Provenance.delinkPage("\"removes the association between two records\": delinking deletes neither record");

    private final ScenarioWorld world;

    public RecordSteps(ScenarioWorld world) {
        this.world = world;
    }

    @Given("{module} {aliases} exist(s)")
    public void recordsExist(Module module, List<String> aliases) {
        world.records(module, aliases);
    }

    @Given("{module} {alias} exists but is not linked to {module} {alias}")
    public void existsButIsNotLinked(Module module, String alias, Module parentModule, String parentAlias) {
        world.record(parentModule, parentAlias);
        world.record(module, alias);
    }

    @Given("{module} {alias} has been deleted")
    public void hasBeenDeleted(Module module, String alias) {
        world.fixtures().delete(world.record(module, alias));
    }

    @Then("{module} {alias} and {module} {alias} still exist")
    public void bothStillExist(Module first, String firstAlias, Module second, String secondAlias) {
        stillExist(List.of(world.record(first, firstAlias), world.record(second, secondAlias)));
    }

    @Then("{module} {aliases} still exist(s)")
    public void stillExist(Module module, List<String> aliases) {
        stillExist(world.records(module, aliases));
    }

    private void stillExist(List<RecordRef> records) {
        List<Expectation> expectations = records.stream()
                .map(record -> {
                    boolean exists = world.fixtures().exists(record);
                    return new Expectation(
                            record.label() + " (id " + record.id() + ")" + FailureMarker.RECORD_STILL_EXISTS.text(),
                            "it exists",
                            BOTH_RECORDS_STAY,
                            () -> exists,
                            () -> "not found");
                })
                .toList();
        world.expect("the records still exist", expectations, Optional.empty());
    }
}
