package dev.zohodelink.glue.steps;

import dev.zohodelink.assertions.Expectation;
import dev.zohodelink.assertions.FailureMarker;
import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.client.DelinkRequest;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Provenance;
import dev.zohodelink.contract.Relation;
import dev.zohodelink.contract.SupportedRelations;
import dev.zohodelink.targets.RecordRef;
import dev.zohodelink.targets.Target;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

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

    @Given("{module} {aliases} has/have been delinked from {module} {alias}( in one call)")
    public void haveBeenDelinked(Module related, List<String> aliases, Module parentModule, String parentAlias) {
        delinkBeforehand(world.record(parentModule, parentAlias), related, world.records(related, aliases));
    }

    @Given("{module} {aliases} has/have been delinked from {module} {alias}( in one call) and linked to it again")
    public void haveBeenDelinkedAndLinkedAgain(
            Module related, List<String> aliases, Module parentModule, String parentAlias) {
        RecordRef parent = world.record(parentModule, parentAlias);
        List<RecordRef> records = world.records(related, aliases);
        delinkBeforehand(parent, related, records);
        world.fixtures().link(parent, related, ids(records));
    }

    /** A delink that sets the scene, in the form the step names: one record by its id, several in one call. */
    private void delinkBeforehand(RecordRef parent, Module related, List<RecordRef> records) {
        List<String> ids = ids(records);
        DelinkRequest request = ids.size() == 1
                ? DelinkRequest.single(parent.module().urlName(), parent.id(), related.urlName(), ids.get(0))
                : DelinkRequest.bulk(parent.module().urlName(), parent.id(), related.urlName(), ids);
        Target target = world.target();
        ApiResponse answer = target.api().delink(request, target.administratorToken());
        if (answer.status() != 200
                || answer.items().size() != ids.size()
                || !answer.items().stream().allMatch(i -> "SUCCESS".equals(i.code()))) {
            throw new IllegalStateException("could not delink " + ids.size() + " " + related.plural() + " from "
                    + parent.label() + " to set the scene: " + answer.summary());
        }
    }

    private void link(RecordRef parent, Module related, List<RecordRef> records) {
        world.fixtures().link(parent, related, ids(records));
        world.rememberLinked(parent, related, records);
    }

    @Then("{module} {alias} is linked only to {module} {aliases}")
    public void isLinkedOnlyTo(Module parentModule, String parentAlias, Module related, List<String> aliases) {
        RecordRef parent = world.record(parentModule, parentAlias);
        List<String> expected = ids(world.records(related, aliases));
        expectState(
                parent,
                related,
                "exactly " + expected,
                actual -> new HashSet<>(actual).equals(new HashSet<>(expected)) && actual.size() == expected.size());
    }

    @Then("{module} {alias} is no longer linked to {module} {aliases}")
    public void isNoLongerLinkedTo(Module parentModule, String parentAlias, Module related, List<String> aliases) {
        RecordRef parent = world.record(parentModule, parentAlias);
        List<String> gone = ids(world.records(related, aliases));
        expectState(
                parent, related, "none of " + gone, actual -> actual.stream().noneMatch(gone::contains));
    }

    @Then("{module} {alias} has no linked {module}")
    public void hasNoLinked(Module parentModule, String parentAlias, Module related) {
        RecordRef parent = world.record(parentModule, parentAlias);
        expectState(parent, related, "none", List::isEmpty);
    }

    @Then("{module} {alias} is still linked to {module} {aliases}")
    public void isStillLinkedTo(Module parentModule, String parentAlias, Module related, List<String> aliases) {
        RecordRef parent = world.record(parentModule, parentAlias);
        List<String> kept = ids(world.records(related, aliases));
        expectState(parent, related, "at least " + kept, actual -> actual.containsAll(kept));
    }

    @Then("{module} {alias} is still linked to all {int} {module}")
    public void isStillLinkedToAll(Module parentModule, String parentAlias, int count, Module related) {
        RecordRef parent = world.record(parentModule, parentAlias);
        List<String> expected = ids(world.recordsLinkedTo(parent, related));
        if (expected.size() != count) {
            throw new IllegalStateException("this scenario linked " + expected.size() + " " + related.plural() + " to "
                    + parent.label() + ", not " + count);
        }
        expectState(
                parent,
                related,
                "all " + count + " it had",
                actual -> new HashSet<>(actual).equals(new HashSet<>(expected)) && actual.size() == count);
    }

    private void expectState(RecordRef parent, Module related, String expected, Predicate<List<String>> holds) {
        List<String> actual = world.fixtures().relatedIds(parent, related);
        String aspect = FailureMarker.RELATION_STATE.text() + "the " + related.plural() + " linked to " + parent.label()
                + " (id " + parent.id() + "), read through Get Related Records";
        Expectation expectation =
                new Expectation(aspect, expected, world.outcomeBasis(), () -> holds.test(actual), actual::toString);
        world.expect(
                aspect,
                List.of(readFromThisSide(parent.module(), related)
                        .map(expectation::cappedAt)
                        .orElse(expectation)),
                Optional.empty());
    }

    /**
     * Read from a side the delink page does not list as the parent (a lead's products), the state is as firmly known
     * as that the side has the related list at all: the grade of the relation in that direction.
     */
    private Optional<Provenance> readFromThisSide(Module side, Module related) {
        return SupportedRelations.find(world.configuration().version(), side, related)
                .map(Relation::provenance);
    }

    static List<String> ids(List<RecordRef> records) {
        return records.stream().map(RecordRef::id).toList();
    }
}
