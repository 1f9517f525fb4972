package dev.zohodelink.steps;

import static dev.zohodelink.support.ConformanceAssertions.assertThat;

import dev.zohodelink.contract.Module;
import dev.zohodelink.support.RecordRef;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.List;

/** Relations between records: linking them first, and their state afterwards, read through Get Related Records. */
public class RelationSteps {

    private final ScenarioWorld world;

    public RelationSteps(ScenarioWorld world) {
        this.world = world;
    }

    @Given("{module} {alias} is linked to {module} {aliases}")
    public void isLinkedTo(Module parentModule, String parentAlias, Module related, List<String> aliases) {
        RecordRef parent = world.record(parentModule, parentAlias);
        link(parent, related, world.records(related, aliases));
    }

    @Given("{module} {alias} is linked to {int} {module}")
    public void isLinkedToMany(Module parentModule, String parentAlias, int count, Module related) {
        RecordRef parent = world.record(parentModule, parentAlias);
        link(parent, related, world.numberedRecords(parent, related, count));
    }

    private void link(RecordRef parent, Module related, List<RecordRef> records) {
        world.fixtures().link(parent, related, ids(records));
        world.rememberLinked(parent, related, records);
    }

    @Then("{module} {alias} is linked only to {module} {aliases}")
    public void isLinkedOnlyTo(Module parentModule, String parentAlias, Module related, List<String> aliases) {
        RecordRef parent = world.record(parentModule, parentAlias);
        world.verify(() -> assertThat(relatedIds(parent, related)).as(stateOf(parent, related)).containsExactlyInAnyOrderElementsOf(ids(world.records(related, aliases))));
    }

    @Then("{module} {alias} is no longer linked to {module} {aliases}")
    public void isNoLongerLinkedTo(Module parentModule, String parentAlias, Module related, List<String> aliases) {
        RecordRef parent = world.record(parentModule, parentAlias);
        world.verify(() -> assertThat(relatedIds(parent, related)).as(stateOf(parent, related)).doesNotContainAnyElementsOf(ids(world.records(related, aliases))));
    }

    @Then("{module} {alias} has no linked {module}")
    public void hasNoLinked(Module parentModule, String parentAlias, Module related) {
        RecordRef parent = world.record(parentModule, parentAlias);
        world.verify(() -> assertThat(relatedIds(parent, related)).as(stateOf(parent, related)).isEmpty());
    }

    @Then("{module} {alias} is still linked to {module} {aliases}")
    public void isStillLinkedTo(Module parentModule, String parentAlias, Module related, List<String> aliases) {
        RecordRef parent = world.record(parentModule, parentAlias);
        world.verify(() -> assertThat(relatedIds(parent, related)).as(stateOf(parent, related)).containsAll(ids(world.records(related, aliases))));
    }

    @Then("{module} {alias} is still linked to all {int} {module}")
    public void isStillLinkedToAll(Module parentModule, String parentAlias, int count, Module related) {
        RecordRef parent = world.record(parentModule, parentAlias);
        List<String> expected = ids(world.recordsLinkedTo(parent, related));
        world.verify(() -> assertThat(expected).as("records this scenario linked to %s", parent.label()).hasSize(count));
        world.verify(() -> assertThat(relatedIds(parent, related)).as(stateOf(parent, related)).containsExactlyInAnyOrderElementsOf(expected));
    }

    private List<String> relatedIds(RecordRef parent, Module related) {
        return world.fixtures().relatedIds(parent, related);
    }

    private static String stateOf(RecordRef parent, Module related) {
        return "relation state: the " + related.plural() + " linked to " + parent.label() + " (id " + parent.id() + "), read through Get Related Records";
    }

    static List<String> ids(List<RecordRef> records) {
        return records.stream().map(RecordRef::id).toList();
    }
}
