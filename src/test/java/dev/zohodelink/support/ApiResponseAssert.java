package dev.zohodelink.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.client.ItemResult;
import dev.zohodelink.contract.SuccessMessage;
import dev.zohodelink.contract.ZohoError;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a Zoho answer, worded like the features. Every failure message states
 * "Zoho answered HTTP &lt;status&gt; [&lt;code&gt;]", which the report uses to categorise failures, and shows the body.
 */
public final class ApiResponseAssert extends AbstractAssert<ApiResponseAssert, ApiResponse> {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final Set<String> ENVELOPE_KEYS = Set.of("code", "details", "message", "status");

    ApiResponseAssert(ApiResponse actual) {
        super(actual, ApiResponseAssert.class);
    }

    /** The whole call was refused with the catalogue error: status, code, message, envelope and known details. */
    public ApiResponseAssert isRejectedWith(ZohoError expected) {
        isNotNull();
        String wanted = String.format("%s (HTTP %d, message \"%s\")", expected.code(), expected.httpStatus(), expected.message());
        if (actual.status() != expected.httpStatus()
                || !actual.code().equals(java.util.Optional.of(expected.code()))
                || !actual.message().equals(java.util.Optional.of(expected.message()))
                || !actual.envelopeStatus().equals(java.util.Optional.of(ZohoError.STATUS))) {
            fail("to be rejected with " + wanted);
        }
        JsonNode body = actual.json().orElseThrow();
        Set<String> keys = new TreeSet<>();
        body.fieldNames().forEachRemaining(keys::add);
        if (!keys.equals(ENVELOPE_KEYS)) {
            fail("to answer Zoho's error envelope with exactly the keys " + new TreeSet<>(ENVELOPE_KEYS) + " but it had " + keys + " (expected " + wanted + ")");
        }
        expected.knownDetails().ifPresent(details -> {
            JsonNode want = MAPPER.valueToTree(details);
            if (!want.equals(body.get("details"))) {
                fail("to carry details " + want + " (expected " + wanted + ")");
            }
        });
        return this;
    }

    /** Every listed id was delinked: HTTP 200 and one SUCCESS per id, in the order requested. */
    public ApiResponseAssert reportsEverySuccess(SuccessMessage message, List<String> idsInOrder) {
        isNotNull();
        String wanted = "HTTP 200 with " + idsInOrder.size() + " SUCCESS \"" + message.text() + "\" results in request order";
        if (actual.status() != 200) {
            fail("to report complete success: " + wanted);
        }
        List<ItemResult> items = actual.items();
        if (items.size() != idsInOrder.size()) {
            fail("to answer one result per id but got " + items.size() + " results (expected " + wanted + ")");
        }
        for (int i = 0; i < items.size(); i++) {
            ItemResult item = items.get(i);
            if (!isSuccess(item, message) || !idsInOrder.get(i).equals(item.detailsId())) {
                fail("to report result " + (i + 1) + " as SUCCESS for " + idsInOrder.get(i) + " (expected " + wanted + ")");
            }
        }
        return this;
    }

    /** The record's result in {@code data[]} is SUCCESS with the message, status "success" and {@code details.id}. */
    public ApiResponseAssert reportsSuccessFor(String recordLabel, String id, SuccessMessage message) {
        ItemResult item = itemFor(recordLabel, id);
        if (!isSuccess(item, message)) {
            fail("to report " + recordLabel + " as SUCCESS \"" + message.text() + "\" but its result was "
                    + item.code() + " \"" + item.message() + "\" (" + item.status() + ")");
        }
        return this;
    }

    /** Some result for the record is SUCCESS, whatever else is reported for it. */
    public ApiResponseAssert reportsAnySuccessFor(String recordLabel, String id, SuccessMessage message) {
        isNotNull();
        if (actual.items().stream().noneMatch(item -> id.equals(item.detailsId()) && isSuccess(item, message))) {
            fail("to report " + recordLabel + " (id " + id + ") as SUCCESS at least once");
        }
        return this;
    }

    /** The record's result in {@code data[]} is the catalogue's item error. */
    public ApiResponseAssert reportsFailureFor(String recordLabel, String id, ZohoError expected) {
        ItemResult item = itemFor(recordLabel, id);
        if (!expected.code().equals(item.code()) || !expected.message().equals(item.message()) || !ZohoError.STATUS.equals(item.status())) {
            fail("to report " + recordLabel + " as " + expected.code() + " \"" + expected.message() + "\" but its result was "
                    + item.code() + " \"" + item.message() + "\" (" + item.status() + ")");
        }
        return this;
    }

    public ApiResponseAssert hasStatus(int status, String meaning) {
        isNotNull();
        if (actual.status() != status) {
            fail("to answer HTTP " + status + " (" + meaning + ")");
        }
        return this;
    }

    /** The ids of {@code data[]} follow the order of the request. */
    public ApiResponseAssert listsResultsInOrder(List<String> idsInOrder) {
        isNotNull();
        List<String> reported = actual.items().stream().map(ItemResult::detailsId).toList();
        if (!reported.equals(idsInOrder)) {
            fail("to list results in request order " + idsInOrder + " but they came as " + reported);
        }
        return this;
    }

    private ItemResult itemFor(String recordLabel, String id) {
        isNotNull();
        Iterator<ItemResult> items = actual.items().stream().filter(item -> Objects.equals(id, item.detailsId())).iterator();
        if (!items.hasNext()) {
            fail("to include a result with details.id " + id + " for " + recordLabel);
        }
        return items.next();
    }

    private static boolean isSuccess(ItemResult item, SuccessMessage message) {
        return SuccessMessage.CODE.equals(item.code()) && message.text().equals(item.message()) && SuccessMessage.STATUS.equals(item.status());
    }

    private void fail(String expectation) {
        failWithMessage("%nExpecting %s %s%nbut Zoho answered %s%n%s", actual.call(), expectation, summary(actual),
                actual.body().isBlank() ? "(empty body)" : actual.body());
    }

    /** "HTTP 400 INVALID_MODULE", or "HTTP 207 data[SUCCESS, INVALID_DATA]" for per-record answers. */
    static String summary(ApiResponse response) {
        if (response.code().isPresent()) {
            return "HTTP " + response.status() + " " + response.code().get();
        }
        List<ItemResult> items = response.items();
        return items.isEmpty() ? "HTTP " + response.status()
                : "HTTP " + response.status() + " data" + items.stream().map(ItemResult::code).distinct().toList();
    }
}
