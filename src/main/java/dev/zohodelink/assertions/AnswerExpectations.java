package dev.zohodelink.assertions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.client.ItemResult;
import dev.zohodelink.contract.Claim;
import dev.zohodelink.contract.Provenance;
import dev.zohodelink.contract.SuccessMessage;
import dev.zohodelink.contract.ZohoError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** What a Zoho answer is expected to be, expectation by expectation, each graded by its evidence. */
public final class AnswerExpectations {

    public static final Provenance SUCCESS_RESULT = Provenance.delinkPage(
            "Sample Response: one result per id, code SUCCESS, message \"relation removed\", status \"success\", details.id the related id as a string");
    public static final Provenance SUCCESS_STATUS =
            Provenance.zohoDocs("status codes page: 200 OK, the API request is successful");
    public static final Provenance ONE_RESULT =
            Provenance.zohoDocs("api-diff page for delink: the single-id form answers one result");
    public static final Provenance REQUEST_ORDER =
            Provenance.inferred("one two-item sample on the delink page lists the ids in request order");
    public static final Provenance ONLY_DELETE_DELINKS = Provenance.delinkPage(
            "Endpoints: both forms are DELETE, and another method is INVALID_REQUEST_METHOD; on the same addresses Zoho's docs give GET to Get Related Records and PUT to Update Related Records");
    public static final Provenance CONTENT_TYPE = Provenance.seenOnWire(
            "content-type application/json;charset=UTF-8 on captured Zoho answers (docs/evidence.md §1.2, §9.2)");
    public static final Provenance ENVELOPE = Provenance.seenOnWire(
            "every captured Zoho error envelope has exactly code, details, message and status \"error\" (docs/evidence.md §2)");

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final String EXPECTED_CONTENT_TYPE = "application/json;charset=UTF-8";
    private static final Set<String> ENVELOPE_KEYS = Set.of("code", "details", "message", "status");

    private final ApiResponse answer;

    public AnswerExpectations(ApiResponse answer) {
        this.answer = Objects.requireNonNull(answer);
    }

    /** The whole call was refused with the catalogue error: each of its claims, and Zoho's error envelope. */
    public List<Expectation> rejectedWith(ZohoError error) {
        if (error.level() != ZohoError.Level.CALL) {
            throw new IllegalArgumentException(
                    error.code() + " \"" + error.message() + "\" is one record's result, not a whole call's answer");
        }
        List<Expectation> expectations = new ArrayList<>();
        for (Claim claim : error.claims()) {
            expectations.add(expectation(claim, topLevel()));
        }
        expectations.add(new Expectation(
                "envelope", "code, details, message, status \"error\"", ENVELOPE, this::isErrorEnvelope, this::keys));
        expectations.add(contentType());
        return expectations;
    }

    /** One record's delink failed with the catalogue error, reported for that record or for the whole call. */
    public List<Expectation> recordFailedWith(String label, String id, ZohoError error) {
        Optional<JsonNode> item = itemFor(id).map(ItemResult::node);
        List<Expectation> expectations = new ArrayList<>();
        for (Claim claim : error.claims()) {
            expectations.add(
                    switch (claim.aspect()) {
                        case REPORTED_AS ->
                            new Expectation(
                                    "reported as",
                                    label + "'s result in data[], with details.id \"" + id + "\" as a string",
                                    claim.basis(),
                                    () -> item.map(node -> error.code().equals(text(node, "code"))
                                                    && node.path("details")
                                                            .path("id")
                                                            .isTextual())
                                            .orElse(false),
                                    () -> item.map(JsonNode::toString)
                                            .orElse("no result with details.id " + id + "; " + answer.summary()));
                        default -> expectation(claim, item.or(this::topLevel));
                    });
        }
        Optional<JsonNode> errorObject = item.or(this::topLevel);
        expectations.add(new Expectation(
                "status",
                "\"error\"",
                ENVELOPE,
                () -> ZohoError.STATUS.equals(field(errorObject, "status")),
                () -> quoted(field(errorObject, "status"))));
        return expectations;
    }

    /** The record was delinked and Zoho reports it so; on the single-id form, as the only result of an HTTP 200. */
    public List<Expectation> recordSucceeded(String label, String id, boolean singleIdForm) {
        List<Expectation> expectations = new ArrayList<>();
        if (singleIdForm) {
            expectations.add(new Expectation(
                    "HTTP status",
                    "200",
                    SUCCESS_STATUS,
                    () -> answer.status() == 200,
                    () -> "HTTP " + answer.status()));
            expectations.add(new Expectation(
                    "results",
                    "exactly one",
                    ONE_RESULT,
                    () -> answer.items().size() == 1,
                    () -> answer.items().size() + " results"));
        }
        expectations.add(successOf(label, id));
        expectations.add(contentType());
        return expectations;
    }

    /** Every listed id was delinked: HTTP 200 and one SUCCESS per id. */
    public List<Expectation> everyRecordSucceeded(List<String> ids) {
        List<Expectation> expectations = new ArrayList<>();
        expectations.add(new Expectation(
                "HTTP status", "200", SUCCESS_STATUS, () -> answer.status() == 200, () -> "HTTP " + answer.status()));
        expectations.add(new Expectation(
                "results",
                "one per listed id (" + ids.size() + ")",
                SUCCESS_RESULT,
                () -> answer.items().size() == ids.size(),
                () -> answer.items().size() + " results"));
        for (String id : ids) {
            expectations.add(successOf("id " + id, id));
        }
        expectations.add(contentType());
        return expectations;
    }

    /** A call that is no delink (another method on a delink address) reports nothing as delinked, whatever else it answers. */
    public Expectation nothingRemoved() {
        return new Expectation(
                "results",
                "no SUCCESS \"" + SuccessMessage.RELATION_REMOVED.text() + "\"",
                ONLY_DELETE_DELINKS,
                () -> answer.items().stream()
                        .noneMatch(i -> SuccessMessage.CODE.equals(i.code())
                                || SuccessMessage.RELATION_REMOVED.text().equals(i.message())),
                answer::summary);
    }

    /** Zoho labels its answers JSON in UTF-8; compared without regard to case or spaces. */
    public Expectation contentType() {
        return new Expectation(
                "Content-Type",
                EXPECTED_CONTENT_TYPE,
                CONTENT_TYPE,
                () -> answer.header("Content-Type")
                        .map(t -> t.replace(" ", "").equalsIgnoreCase(EXPECTED_CONTENT_TYPE))
                        .orElse(false),
                () -> answer.header("Content-Type").orElse("none"));
    }

    public Expectation resultsInOrder(List<String> ids) {
        return new Expectation(
                "order of results",
                "details.id in request order " + ids,
                REQUEST_ORDER,
                () -> answer.items().stream()
                        .map(ItemResult::detailsId)
                        .toList()
                        .equals(ids),
                () -> answer.items().stream()
                        .map(ItemResult::detailsId)
                        .toList()
                        .toString());
    }

    public Expectation status(int status, String meaning, Provenance basis) {
        return new Expectation(
                "HTTP status",
                status + " (" + meaning + ")",
                basis,
                () -> answer.status() == status,
                () -> "HTTP " + answer.status());
    }

    private Expectation successOf(String label, String id) {
        Optional<ItemResult> item = itemFor(id);
        return new Expectation(
                label + "'s result",
                "SUCCESS \"" + SuccessMessage.RELATION_REMOVED.text() + "\", status \"success\", details.id \"" + id
                        + "\" as a string",
                SUCCESS_RESULT,
                () -> item.filter(AnswerExpectations::isRemoved).isPresent(),
                () -> item.map(i -> i.node().toString()).orElse("no result with details.id " + id));
    }

    private static boolean isRemoved(ItemResult item) {
        JsonNode id = item.details() == null ? null : item.details().get("id");
        return SuccessMessage.CODE.equals(item.code())
                && SuccessMessage.RELATION_REMOVED.text().equals(item.message())
                && SuccessMessage.STATUS.equals(item.status())
                && id != null
                && id.isTextual();
    }

    private Expectation expectation(Claim claim, Optional<JsonNode> errorObject) {
        String expected = claim.expected();
        return switch (claim.aspect()) {
            case REFUSED ->
                new Expectation(
                        "refused",
                        expected,
                        claim.basis(),
                        () -> answer.status() >= 400
                                && answer.items().stream().noneMatch(i -> SuccessMessage.CODE.equals(i.code())),
                        answer::summary);
            case CODE_DOCUMENTED ->
                new Expectation(
                        "code documented for the cause",
                        expected,
                        claim.basis(),
                        () -> List.of(expected.split(" or ")).contains(field(errorObject, "code")),
                        () -> String.valueOf(field(errorObject, "code")));
            case CODE ->
                new Expectation(
                        "code",
                        expected,
                        claim.basis(),
                        () -> expected.equals(field(errorObject, "code")),
                        () -> String.valueOf(field(errorObject, "code")));
            case HTTP_STATUS ->
                new Expectation(
                        "HTTP status",
                        expected,
                        claim.basis(),
                        () -> Integer.toString(answer.status()).equals(expected),
                        () -> "HTTP " + answer.status());
            case MESSAGE_ANY_CASE ->
                new Expectation(
                        "message, any case",
                        expected,
                        claim.basis(),
                        () -> expected.equalsIgnoreCase(field(errorObject, "message")),
                        () -> quoted(field(errorObject, "message")));
            case MESSAGE ->
                new Expectation(
                        "exact message",
                        expected,
                        claim.basis(),
                        () -> expected.equals(field(errorObject, "message")),
                        () -> quoted(field(errorObject, "message")));
            case DETAILS ->
                new Expectation(
                        "details",
                        expected,
                        claim.basis(),
                        () -> errorObject
                                .map(o -> readTree(expected).equals(o.get("details")))
                                .orElse(false),
                        () -> errorObject
                                .map(o -> String.valueOf(o.get("details")))
                                .orElse("no error object"));
            case DETAILS_KEYS ->
                new Expectation(
                        "details keys",
                        expected,
                        claim.basis(),
                        () -> errorObject
                                .map(o -> o.path("details").isObject()
                                        && keySet(o.get("details"))
                                                .equals(new TreeSet<>(List.of(expected.split(", ")))))
                                .orElse(false),
                        () -> errorObject
                                .map(o -> String.valueOf(o.get("details")))
                                .orElse("no error object"));
            case REPORTED_AS ->
                new Expectation(
                        "reported as",
                        expected,
                        claim.basis(),
                        () -> answer.code().isPresent() && answer.items().isEmpty(),
                        answer::summary);
        };
    }

    private Optional<JsonNode> topLevel() {
        return answer.json().filter(json -> json.has("code"));
    }

    private Optional<ItemResult> itemFor(String id) {
        return answer.items().stream()
                .filter(item -> Objects.equals(id, item.detailsId()))
                .findFirst();
    }

    private boolean isErrorEnvelope() {
        return answer.json()
                .map(json -> keySet(json).equals(ENVELOPE_KEYS) && ZohoError.STATUS.equals(text(json, "status")))
                .orElse(false);
    }

    private String keys() {
        return answer.json()
                .map(json -> "keys " + keySet(json) + ", status " + quoted(text(json, "status")))
                .orElse("no JSON body");
    }

    private static Set<String> keySet(JsonNode json) {
        Set<String> keys = new TreeSet<>();
        json.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static String field(Optional<JsonNode> node, String name) {
        return node.map(n -> text(n, name)).orElse(null);
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    private static String quoted(String text) {
        return text == null ? "none" : "\"" + text + "\"";
    }

    private static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
