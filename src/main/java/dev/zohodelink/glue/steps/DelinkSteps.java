package dev.zohodelink.glue.steps;

import dev.zohodelink.client.AccessToken;
import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.client.DelinkRequest;
import dev.zohodelink.client.IdsEncoding;
import dev.zohodelink.contract.Module;
import dev.zohodelink.targets.RecordRef;
import dev.zohodelink.targets.Target;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import org.opentest4j.TestAbortedException;

/** The one call of each scenario: a delink, in the form and shape the step names. */
public class DelinkSteps {

    /** Stand-in ids for calls that Zoho rejects before it looks at any record. */
    private static final String UNUSED_ID = "1000000000000000001";

    private final ScenarioWorld world;

    public DelinkSteps(ScenarioWorld world) {
        this.world = world;
    }

    @When("{module} {alias} is delinked from {module} {alias}")
    public void delinkOne(Module related, String alias, Module parentModule, String parentAlias) {
        RecordRef parent = world.record(parentModule, parentAlias);
        RecordRef record = world.record(related, alias);
        send(
                DelinkRequest.single(parent.module().urlName(), parent.id(), related.urlName(), record.id()),
                parent,
                related,
                List.of(record.id()));
    }

    @When("{module} {aliases} is/are delinked from {module} {alias} in one call")
    public void delinkInOneCall(Module related, List<String> aliases, Module parentModule, String parentAlias) {
        RecordRef parent = world.record(parentModule, parentAlias);
        sendBulk(parent, related, RelationSteps.ids(world.records(related, aliases)));
    }

    @When("all its linked {module} are delinked from {module} {alias} in one call")
    public void delinkAllLinked(Module related, Module parentModule, String parentAlias) {
        RecordRef parent = world.record(parentModule, parentAlias);
        sendBulk(parent, related, RelationSteps.ids(world.recordsLinkedTo(parent, related)));
    }

    @When("{module} {alias} is delinked from {module} {alias} in one call that lists it twice")
    public void delinkListedTwice(Module related, String alias, Module parentModule, String parentAlias) {
        RecordRef parent = world.record(parentModule, parentAlias);
        String id = world.record(related, alias).id();
        sendBulk(parent, related, List.of(id, id));
    }

    @When("{module} {aliases} are delinked from {module} {alias} in one call with spaces around the ids")
    public void delinkWithSpaces(Module related, List<String> aliases, Module parentModule, String parentAlias) {
        delinkWithSpaces(related, aliases, parentModule, parentAlias, IdsEncoding.LITERAL_COMMAS);
    }

    @When("{module} {aliases} are delinked from {module} {alias} in one call with spaces around the ids, {sdkShape}")
    public void delinkWithSpacesAsAnSdk(
            Module related, List<String> aliases, Module parentModule, String parentAlias, IdsEncoding encoding) {
        delinkWithSpaces(related, aliases, parentModule, parentAlias, encoding);
    }

    @When("{module} {aliases} are delinked from {module} {alias} in one call, {sdkShape}")
    public void delinkAsAnSdk(
            Module related, List<String> aliases, Module parentModule, String parentAlias, IdsEncoding encoding) {
        RecordRef parent = world.record(parentModule, parentAlias);
        List<String> ids = RelationSteps.ids(world.records(related, aliases));
        send(
                DelinkRequest.bulk(parent.module().urlName(), parent.id(), related.urlName(), ids)
                        .encodedAs(encoding),
                parent,
                related,
                ids);
    }

    @When("{module} {alias} is delinked from {module} {alias} with {module} {alias} named in a list of ids")
    public void delinkOneWithIdsParameter(
            Module related,
            String alias,
            Module parentModule,
            String parentAlias,
            Module otherModule,
            String otherAlias) {
        RecordRef parent = world.record(parentModule, parentAlias);
        RecordRef record = world.record(related, alias);
        DelinkRequest request = DelinkRequest.single(
                        parent.module().urlName(), parent.id(), related.urlName(), record.id())
                .withIdsParameter(world.record(otherModule, otherAlias).id(), 1);
        send(request, parent, related, List.of(record.id()));
    }

    @When("deal {alias} is delinked from product {alias} through the legacy name Potentials")
    public void delinkDealAsPotential(String alias, String parentAlias) {
        RecordRef parent = world.record(Module.PRODUCTS, parentAlias);
        RecordRef record = world.record(Module.DEALS, alias);
        send(
                DelinkRequest.single(parent.module().urlName(), parent.id(), Module.LEGACY_DEALS_NAME, record.id()),
                parent,
                Module.DEALS,
                List.of(record.id()));
    }

    @When("deals {aliases} are delinked from product {alias} in one call through the legacy name Potentials")
    public void delinkDealsAsPotentials(List<String> aliases, String parentAlias) {
        RecordRef parent = world.record(Module.PRODUCTS, parentAlias);
        List<String> ids = RelationSteps.ids(world.records(Module.DEALS, aliases));
        send(
                DelinkRequest.bulk(parent.module().urlName(), parent.id(), Module.LEGACY_DEALS_NAME, ids),
                parent,
                Module.DEALS,
                ids);
    }

    @When("the address that delinks {module} {alias} from {module} {alias} is used to {otherUse}")
    public void useSingleAddressOtherwise(
            Module related, String alias, Module parentModule, String parentAlias, String method) {
        RecordRef parent = world.record(parentModule, parentAlias);
        RecordRef record = world.record(related, alias);
        send(
                DelinkRequest.single(parent.module().urlName(), parent.id(), related.urlName(), record.id())
                        .withMethod(method),
                parent,
                related,
                List.of(record.id()));
    }

    @When("the address that delinks {module} {aliases} from {module} {alias} in one call is used to {otherUse}")
    public void useBulkAddressOtherwise(
            Module related, List<String> aliases, Module parentModule, String parentAlias, String method) {
        RecordRef parent = world.record(parentModule, parentAlias);
        List<String> ids = RelationSteps.ids(world.records(related, aliases));
        send(
                DelinkRequest.bulk(parent.module().urlName(), parent.id(), related.urlName(), ids)
                        .withMethod(method),
                parent,
                related,
                ids);
    }

    private void delinkWithSpaces(
            Module related, List<String> aliases, Module parentModule, String parentAlias, IdsEncoding encoding) {
        RecordRef parent = world.record(parentModule, parentAlias);
        List<String> ids = RelationSteps.ids(world.records(related, aliases));
        String spaced = " " + String.join(" , ", ids) + " ";
        send(
                DelinkRequest.bulk(parent.module().urlName(), parent.id(), related.urlName(), ids)
                        .withIdsParameter(spaced, ids.size())
                        .encodedAs(encoding),
                parent,
                related,
                ids);
    }

    @When("{module} are delinked from {module} {alias} in one call with an empty list of ids")
    public void delinkWithEmptyIds(Module related, Module parentModule, String parentAlias) {
        RecordRef parent = world.record(parentModule, parentAlias);
        send(
                DelinkRequest.bulk(parent.module().urlName(), parent.id(), related.urlName(), List.of())
                        .withIdsParameter("", 0),
                parent,
                related,
                List.of());
    }

    @When("{module} are delinked from {module} {alias} in one call without a list of ids")
    public void delinkWithoutIds(Module related, Module parentModule, String parentAlias) {
        RecordRef parent = world.record(parentModule, parentAlias);
        send(
                DelinkRequest.bulk(parent.module().urlName(), parent.id(), related.urlName(), List.of())
                        .withoutIdsParameter(),
                parent,
                related,
                List.of());
    }

    @When("{module} {alias} and an id that is not a number are delinked from {module} {alias} in one call")
    public void delinkWithMalformedId(Module related, String alias, Module parentModule, String parentAlias) {
        RecordRef parent = world.record(parentModule, parentAlias);
        sendBulk(parent, related, List.of(world.record(related, alias).id(), "not-a-number"));
    }

    @When("a {module} id that is not a number is delinked from {module} {alias}")
    public void delinkMalformedSingleId(Module related, Module parentModule, String parentAlias) {
        RecordRef parent = world.record(parentModule, parentAlias);
        send(
                DelinkRequest.single(parent.module().urlName(), parent.id(), related.urlName(), "not-a-number"),
                parent,
                related,
                List.of("not-a-number"));
    }

    @When("{module} {alias} is delinked from a {module} whose id is not a number")
    public void delinkFromMalformedParentId(Module related, String alias, Module parentModule) {
        RecordRef record = world.record(related, alias);
        send(
                DelinkRequest.single(parentModule.urlName(), "not-a-number", related.urlName(), record.id()),
                null,
                related,
                List.of(record.id()));
    }

    @When("{module} {alias} is delinked from {module} {alias} with a request method the API does not accept")
    public void delinkWithWrongMethod(Module related, String alias, Module parentModule, String parentAlias) {
        RecordRef parent = world.record(parentModule, parentAlias);
        RecordRef record = world.record(related, alias);
        send(
                DelinkRequest.single(parent.module().urlName(), parent.id(), related.urlName(), record.id())
                        .withMethod("POST"),
                parent,
                related,
                List.of(record.id()));
    }

    @When("{module} {alias} is delinked from {module} {alias} through an address that matches no API pattern")
    public void delinkThroughUnknownAddress(Module related, String alias, Module parentModule, String parentAlias) {
        RecordRef parent = world.record(parentModule, parentAlias);
        RecordRef record = world.record(related, alias);
        send(
                DelinkRequest.single(parent.module().urlName(), parent.id(), related.urlName(), record.id())
                        .withExtraSegment("Notes"),
                parent,
                related,
                List.of(record.id()));
    }

    @When("{module} {alias} is delinked from {module} {alias} through a related list that does not exist")
    public void delinkThroughUnknownRelatedList(Module related, String alias, Module parentModule, String parentAlias) {
        RecordRef parent = world.record(parentModule, parentAlias);
        RecordRef record = world.record(related, alias);
        send(
                DelinkRequest.single(parent.module().urlName(), parent.id(), "No_Such_Related_List", record.id()),
                parent,
                related,
                List.of(record.id()));
    }

    @When("{module} {alias} is delinked from a record of a module that does not exist")
    public void delinkFromUnknownModule(Module related, String alias) {
        RecordRef record = world.record(related, alias);
        send(
                DelinkRequest.single("No_Such_Module", UNUSED_ID, related.urlName(), record.id()),
                null,
                related,
                List.of(record.id()));
    }

    @When("{module} {alias} is delinked from a record of the {string} module")
    public void delinkFromNamedModule(Module related, String alias, String moduleName) {
        RecordRef record = world.record(related, alias);
        send(
                DelinkRequest.single(moduleName, UNUSED_ID, related.urlName(), record.id()),
                null,
                related,
                List.of(record.id()));
    }

    @When("a {module} is delinked from a/an {module}")
    public void delinkWithoutRecords(Module related, Module parentModule) {
        send(
                DelinkRequest.single(parentModule.urlName(), UNUSED_ID, related.urlName(), UNUSED_ID),
                null,
                related,
                List.of(UNUSED_ID));
    }

    private void sendBulk(RecordRef parent, Module related, List<String> ids) {
        send(DelinkRequest.bulk(parent.module().urlName(), parent.id(), related.urlName(), ids), parent, related, ids);
    }

    private void send(DelinkRequest request, RecordRef parent, Module related, List<String> listedIds) {
        Target target = world.target();
        AccessToken token;
        try {
            token = target.tokenFor(world.caller());
        } catch (Target.CallerUnavailable unavailable) {
            throw new TestAbortedException(unavailable.getMessage());
        }
        ApiResponse response = target.api().delink(request, token);
        world.remember(new ScenarioWorld.LastCall(request, parent, related, new ArrayList<>(listedIds), response));
    }
}
