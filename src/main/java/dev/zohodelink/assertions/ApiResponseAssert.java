package dev.zohodelink.assertions;

import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.contract.ZohoError;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a Zoho answer, worded like the features. Every failure message states
 * "Zoho answered HTTP &lt;status&gt; [&lt;code&gt;]", which the report uses to categorise failures, and shows the body.
 */
public final class ApiResponseAssert extends AbstractAssert<ApiResponseAssert, ApiResponse> {

    ApiResponseAssert(ApiResponse actual) {
        super(actual, ApiResponseAssert.class);
    }

    /** The whole call was refused with the catalogue error: every one of its claims, whatever its grade, and the envelope. */
    public ApiResponseAssert isRejectedWith(ZohoError expected) {
        return holds(
                "to be rejected with " + expected.code() + " (HTTP " + expected.httpStatus() + ", message \""
                        + expected.message() + "\")",
                expectations().rejectedWith(expected));
    }

    /** Every listed id was delinked: HTTP 200 and one SUCCESS per id, in the order requested. */
    public ApiResponseAssert reportsEverySuccess(List<String> idsInOrder) {
        List<Expectation> all = new java.util.ArrayList<>(expectations().everyRecordSucceeded(idsInOrder));
        all.add(expectations().resultsInOrder(idsInOrder));
        return holds(
                "to report complete success: HTTP 200 with " + idsInOrder.size()
                        + " SUCCESS \"relation removed\" results in request order",
                all);
    }

    /** The record's result in {@code data[]} is SUCCESS "relation removed", status "success", with {@code details.id}. */
    public ApiResponseAssert reportsSuccessFor(String recordLabel, String id) {
        return holds(
                "to report " + recordLabel + " as SUCCESS \"relation removed\"",
                expectations().recordSucceeded(recordLabel, id, false));
    }

    /** The record's result in {@code data[]} is the catalogue's item error. */
    public ApiResponseAssert reportsFailureFor(String recordLabel, String id, ZohoError expected) {
        return holds(
                "to report " + recordLabel + " as " + expected.code() + " \"" + expected.message() + "\"",
                expectations().recordFailedWith(recordLabel, id, expected));
    }

    public ApiResponseAssert hasStatus(int status, String meaning) {
        return holds(
                "to answer HTTP " + status + " (" + meaning + ")",
                List.of(expectations().status(status, meaning, AnswerExpectations.SUCCESS_STATUS)));
    }

    /** The ids of {@code data[]} follow the order of the request. */
    public ApiResponseAssert listsResultsInOrder(List<String> idsInOrder) {
        return holds(
                "to list results in request order " + idsInOrder,
                List.of(expectations().resultsInOrder(idsInOrder)));
    }

    private AnswerExpectations expectations() {
        isNotNull();
        return new AnswerExpectations(actual);
    }

    private ApiResponseAssert holds(String step, List<Expectation> expectations) {
        List<CheckedExpectation> checked = expectations.stream()
                .map(e -> e.holds().getAsBoolean()
                        ? new CheckedExpectation(step, e, CheckedExpectation.Result.HELD, "")
                        : new CheckedExpectation(
                                step,
                                e,
                                CheckedExpectation.Result.FAILED,
                                e.actual().get()))
                .toList();
        new ExpectationReport(step, checked, actual.call(), java.util.Optional.of(actual))
                .failure()
                .ifPresent(message -> failWithMessage("%s", message));
        return this;
    }
}
