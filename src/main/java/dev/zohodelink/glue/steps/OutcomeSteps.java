package dev.zohodelink.glue.steps;

import dev.zohodelink.assertions.AnswerExpectations;
import dev.zohodelink.assertions.Expectation;
import dev.zohodelink.assertions.ExpectationTable;
import dev.zohodelink.contract.Aspect;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Claim;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Provenance;
import dev.zohodelink.contract.Relation;
import dev.zohodelink.contract.SupportedRelations;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.targets.RecordRef;
import dev.zohodelink.targets.UrlForm;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Optional;

/** What Zoho answered: per-record results, whole-call errors and the HTTP status, each expectation graded. */
public class OutcomeSteps {

    private static final Provenance MULTI_STATUS = Provenance.officialExample(
            "the newer official OpenAPI file declares 207 for mixed results and shows 400 when every record fails; the behaviour profile chooses");
    private static final Provenance DUPLICATES =
            Provenance.unknown("nothing shows how Zoho answers an id listed twice (docs/evidence.md, open question 3)");
    private static final Provenance NOT_RELATED_AS_SUCCESS =
            Provenance.unknown("nothing shows an idempotent success for an id that is not related");

    private final ScenarioWorld world;

    public OutcomeSteps(ScenarioWorld world) {
        this.world = world;
    }

    @Then("the delink of {module} {alias} succeeds")
    public void delinkSucceeds(Module module, String alias) {
        RecordRef record = world.record(module, alias);
        boolean single = !world.lastCall().request().isBulkForm();
        succeeded(
                "the delink of " + record.label() + " succeeds",
                answer().recordSucceeded(record.label(), record.id(), single));
    }

    @Then("every delink succeeds")
    public void everyDelinkSucceeds() {
        succeeded(
                "every delink succeeds",
                answer().everyRecordSucceeded(world.lastCall().listedIds()));
    }

    @Then("{module} {alias} is reported as delinked")
    public void isReportedAsDelinked(Module module, String alias) {
        RecordRef record = world.record(module, alias);
        expectOfAnswer(
                record.label() + " is reported as delinked",
                answer().recordSucceeded(record.label(), record.id(), false));
    }

    @Then("the delink of {module} {alias} fails with {code}")
    public void delinkFailsWith(Module module, String alias, String code, DataTable table) {
        RecordRef record = world.record(module, alias);
        ZohoError error = ExpectationTable.entryFor(code, table.cells());
        recordFailed(record, error);
    }

    @Then("the delink of {module} {alias} reports that the records were not related")
    public void reportsNotRelated(Module module, String alias) {
        RecordRef record = world.record(module, alias);
        if (world.configuration().profile().notRelated() == BehaviourProfile.NotRelated.SUCCESS) {
            expectOfAnswer(
                    "the delink of " + record.label() + " reports success although the records were not related",
                    answer().recordSucceeded(record.label(), record.id(), false).stream()
                            .map(e -> e.cappedAt(NOT_RELATED_AS_SUCCESS))
                            .toList());
        } else {
            recordFailed(record, ZohoError.INVALID_DATA_RELATION_NOT_FOUND);
        }
    }

    @Then("the call is rejected with {code}")
    public void callIsRejectedWith(String code, DataTable table) {
        rejected(ExpectationTable.entryFor(code, table.cells()));
    }

    @Then("the call is refused for want of a list of ids")
    public void refusedForMissingIds(DataTable table) {
        ExpectationTable.requireStates(
                BehaviourProfile.bestEvidence().missingIds().error(), table.cells());
        rejected(world.configuration().profile().missingIds().error());
    }

    @Then("the call is refused for a module the API does not support")
    public void refusedForUnsupportedModule(DataTable table) {
        ExpectationTable.requireStates(
                BehaviourProfile.bestEvidence().notSupported().error(), table.cells());
        rejected(world.configuration().profile().notSupported().error());
    }

    @Then("the response reports a partial success")
    public void reportsPartialSuccess() {
        BehaviourProfile profile = world.configuration().profile();
        expectOfAnswer(
                "the response reports a partial success",
                List.of(answer().status(
                                profile.mixedResultStatus(),
                                "some records delinked and some not, behaviour profile " + profile.name(),
                                MULTI_STATUS)));
    }

    @Then("the response reports that every delink failed")
    public void reportsEveryFailure() {
        BehaviourProfile profile = world.configuration().profile();
        expectOfAnswer(
                "the response reports that every delink failed",
                List.of(answer().status(
                                profile.allFailedStatus(),
                                "no record delinked, behaviour profile " + profile.name(),
                                MULTI_STATUS)));
    }

    @Then("the id listed twice is answered as the behaviour profile says")
    public void duplicateAnsweredPerProfile() {
        BehaviourProfile profile = world.configuration().profile();
        int expected = profile.duplicates() == BehaviourProfile.Duplicates.DEDUPLICATED
                ? 1
                : world.lastCall().listedIds().size();
        expectOfAnswer(
                "the id listed twice is answered as the behaviour profile says",
                List.of(new Expectation(
                        "results",
                        expected + " (duplicates="
                                + profile.duplicates()
                                        .name()
                                        .toLowerCase(java.util.Locale.ROOT)
                                        .replace('_', '-') + ")",
                        DUPLICATES,
                        () -> world.lastResponse().items().size() == expected,
                        () -> world.lastResponse().items().size() + " results")));
    }

    @Then("nothing is reported as delinked")
    public void nothingReportedAsDelinked() {
        world.establishedOutcome(AnswerExpectations.ONLY_DELETE_DELINKS);
        expectOfAnswer("nothing is reported as delinked", List.of(answer().nothingRemoved()));
    }

    @Then("the results follow the order of the request")
    public void resultsFollowRequestOrder() {
        expectOfAnswer(
                "the results follow the order of the request",
                List.of(answer().resultsInOrder(world.lastCall().listedIds())));
    }

    private void rejected(ZohoError error) {
        List<Expectation> expectations = answer().rejectedWith(error);
        world.establishedOutcome(claim(error, Aspect.REFUSED).orElseThrow());
        if (expectOfAnswer(
                "to be rejected with " + error.code() + " (HTTP " + error.httpStatus() + ", message \""
                        + error.message() + "\")",
                expectations)) {
            world.facts().asserted(error);
        }
    }

    private void recordFailed(RecordRef record, ZohoError error) {
        world.establishedOutcome(claim(error, Aspect.CODE_DOCUMENTED)
                .or(() -> claim(error, Aspect.CODE))
                .orElseThrow());
        if (expectOfAnswer(
                "to report " + record.label() + " as " + error.code() + " \"" + error.message() + "\"",
                answer().recordFailedWith(record.label(), record.id(), error))) {
            world.facts().asserted(error);
        }
    }

    private void succeeded(String step, List<Expectation> expectations) {
        world.establishedOutcome(AnswerExpectations.SUCCESS_RESULT);
        if (expectOfAnswer(step, expectations)) {
            recordRelationCoverage();
        }
    }

    private static Optional<Provenance> claim(ZohoError error, Aspect aspect) {
        return error.claims().stream()
                .filter(c -> c.aspect() == aspect)
                .map(Claim::basis)
                .findFirst();
    }

    private boolean expectOfAnswer(String step, List<Expectation> expectations) {
        return world.expect(step, expectations, Optional.of(world.lastResponse()));
    }

    private AnswerExpectations answer() {
        return new AnswerExpectations(world.lastResponse());
    }

    private void recordRelationCoverage() {
        ScenarioWorld.LastCall call = world.lastCall();
        Relation relation = SupportedRelations.find(
                        world.configuration().version(), call.parent().module(), call.related())
                .orElseThrow(() -> new IllegalStateException(
                        call.parent().module() + " to " + call.related() + " is no supported relation"));
        world.facts().delinked(relation, call.request().isBulkForm() ? UrlForm.BULK : UrlForm.SINGLE);
    }
}
