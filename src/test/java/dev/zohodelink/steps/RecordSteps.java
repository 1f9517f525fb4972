package dev.zohodelink.steps;

import dev.zohodelink.contract.Module;
import dev.zohodelink.support.RecordRef;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.List;

import static dev.zohodelink.support.ConformanceAssertions.assertThat;

/** Records: their existence before and after a call. */
public class RecordSteps {

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
        for (RecordRef record : records) {
            world.verify(() -> assertThat(world.fixtures().exists(record))
                    .as("%s (id %s) still exists, read through Get Records", record.label(), record.id())
                    .isTrue());
        }
    }
}
