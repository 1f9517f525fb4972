package dev.zohodelink.steps;

import static dev.zohodelink.support.ConformanceAssertions.assertThat;

import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Relation;
import dev.zohodelink.contract.SuccessMessage;
import dev.zohodelink.contract.SupportedRelations;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.support.RecordRef;
import dev.zohodelink.support.UrlForm;
import io.cucumber.java.en.Then;

/** What Zoho answered: per-record results, whole-call errors and the HTTP status. */
public class OutcomeSteps {

    private final ScenarioWorld world;

    public OutcomeSteps(ScenarioWorld world) {
        this.world = world;
    }

    @Then("the delink of {module} {alias} succeeds")
    public void delinkSucceeds(Module module, String alias) {
        RecordRef record = world.record(module, alias);
        if (world.verify(() -> assertThat(world.lastResponse()).reportsSuccessFor(record.label(), record.id(), SuccessMessage.RELATION_REMOVED))) {
            recordRelationCoverage();
        }
    }

    @Then("every delink succeeds")
    public void everyDelinkSucceeds() {
        if (world.verify(() -> assertThat(world.lastResponse()).reportsEverySuccess(SuccessMessage.RELATION_REMOVED, world.lastCall().listedIds()))) {
            recordRelationCoverage();
        }
    }

    @Then("{module} {alias} is reported as delinked")
    public void isReportedAsDelinked(Module module, String alias) {
        RecordRef record = world.record(module, alias);
        world.verify(() -> assertThat(world.lastResponse()).reportsAnySuccessFor(record.label(), record.id(), SuccessMessage.RELATION_REMOVED));
    }

    @Then("the delink of {module} {alias} fails with {error}")
    public void delinkFailsWith(Module module, String alias, ZohoError error) {
        RecordRef record = world.record(module, alias);
        if (world.verify(() -> assertThat(world.lastResponse()).reportsFailureFor(record.label(), record.id(), error))) {
            world.facts().asserted(error);
        }
    }

    @Then("the delink of {module} {alias} reports that the records were not related")
    public void reportsNotRelated(Module module, String alias) {
        RecordRef record = world.record(module, alias);
        if (world.configuration().profile().notRelated() == BehaviourProfile.NotRelated.SUCCESS) {
            world.verify(() -> assertThat(world.lastResponse()).reportsSuccessFor(record.label(), record.id(), SuccessMessage.RELATION_REMOVED));
        } else if (world.verify(() -> assertThat(world.lastResponse()).reportsFailureFor(record.label(), record.id(), ZohoError.INVALID_DATA_RELATION_NOT_FOUND))) {
            world.facts().asserted(ZohoError.INVALID_DATA_RELATION_NOT_FOUND);
        }
    }

    @Then("the call is rejected with {error}")
    public void callIsRejectedWith(ZohoError error) {
        if (world.verify(() -> assertThat(world.lastResponse()).isRejectedWith(error))) {
            world.facts().asserted(error);
        }
    }

    @Then("the response reports a partial success")
    public void reportsPartialSuccess() {
        BehaviourProfile profile = world.configuration().profile();
        world.verify(() -> assertThat(world.lastResponse()).hasStatus(profile.mixedResultStatus(), "some records delinked and some not, behaviour profile " + profile.name()));
    }

    @Then("the response reports that every delink failed")
    public void reportsEveryFailure() {
        BehaviourProfile profile = world.configuration().profile();
        world.verify(() -> assertThat(world.lastResponse()).hasStatus(profile.allFailedStatus(), "no record delinked, behaviour profile " + profile.name()));
    }

    @Then("the results follow the order of the request")
    public void resultsFollowRequestOrder() {
        world.verify(() -> assertThat(world.lastResponse()).listsResultsInOrder(world.lastCall().listedIds()));
    }

    private void recordRelationCoverage() {
        ScenarioWorld.LastCall call = world.lastCall();
        Relation relation = SupportedRelations.find(world.configuration().version(), call.parent().module(), call.related())
                .orElseThrow(() -> new IllegalStateException(call.parent().module() + " to " + call.related() + " is no supported relation"));
        world.facts().delinked(relation, call.request().isBulkForm() ? UrlForm.BULK : UrlForm.SINGLE);
    }
}
