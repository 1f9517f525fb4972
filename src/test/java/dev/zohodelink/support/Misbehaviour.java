package dev.zohodelink.support;

import static dev.zohodelink.support.BrokenAnswers.delinkBehindTheCallersBack;
import static dev.zohodelink.support.BrokenAnswers.eachResult;
import static dev.zohodelink.support.BrokenAnswers.isBulkDelink;
import static dev.zohodelink.support.BrokenAnswers.isDelink;
import static dev.zohodelink.support.BrokenAnswers.isSingleDelink;
import static dev.zohodelink.support.BrokenAnswers.listedIds;
import static dev.zohodelink.support.BrokenAnswers.related;
import static dev.zohodelink.support.BrokenAnswers.relationPath;
import static dev.zohodelink.support.BrokenAnswers.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import dev.zohodelink.emulator.core.EmulatorRequest;
import dev.zohodelink.emulator.core.EmulatorResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Changes Zoho could ship to Delink Related Records, each simulated by wrapping a correct emulator, to prove the
 * features notice them. Selected by the system property {@value #PROPERTY}; {@link #NONE} by default.
 * {@code RegressionCatalogueIT} runs each against the features it concerns, and {@code reports/mutation.md} says
 * which scenarios and expectations caught it.
 */
public enum Misbehaviour {
    NONE("nothing: the correct emulator", api -> api),

    // what delinking does to the relations
    REPORTS_SUCCESS_WITHOUT_DELINKING(
            "answers every delink with success and removes nothing",
            api -> request -> isDelink(request) ? BrokenAnswers.successFor(listedIds(request)) : api.apply(request)),
    DELINKS_ONLY_THE_FIRST_ID(
            "delinks only the first id of a list, and reports success for all of them", api -> request -> {
                if (!isBulkDelink(request) || listedIds(request).size() < 2) {
                    return api.apply(request);
                }
                List<String> segments = relationPath(request).orElseThrow();
                delinkBehindTheCallersBack(
                        api,
                        request,
                        segments.get(2),
                        segments.get(3),
                        segments.get(4),
                        listedIds(request).subList(0, 1));
                return BrokenAnswers.successFor(listedIds(request));
            }),
    DELINKS_EVERY_RELATED_RECORD(
            "delinks every record of the related list, not only the ones named", api -> request -> {
                if (!isDelink(request)) {
                    return api.apply(request);
                }
                List<String> segments = relationPath(request).orElseThrow();
                List<String> all = related(api, request, segments.get(2), segments.get(3), segments.get(4));
                EmulatorResponse answer = api.apply(request);
                all.removeAll(listedIds(request));
                delinkBehindTheCallersBack(api, request, segments.get(2), segments.get(3), segments.get(4), all);
                return answer;
            }),
    DELETES_THE_RELATED_RECORD("deletes the related record instead of only removing the relation", api -> request -> {
        EmulatorResponse answer = api.apply(request);
        if (isDelink(request) && answer.status() < 300) {
            api.apply(BrokenAnswers.sameCaller(
                    request,
                    "DELETE",
                    relationPath(request).orElseThrow().get(4) + "?ids=" + String.join(",", listedIds(request))));
        }
        return answer;
    }),
    REMOVES_THE_OTHER_PARENTS("also removes the related record's relations to its other parents", api -> request -> {
        EmulatorResponse answer = api.apply(request);
        if (isDelink(request) && answer.status() < 300) {
            List<String> segments = relationPath(request).orElseThrow();
            for (String id : listedIds(request)) {
                delinkBehindTheCallersBack(
                        api,
                        request,
                        segments.get(4),
                        id,
                        segments.get(2),
                        related(api, request, segments.get(4), id, segments.get(2)));
            }
        }
        return answer;
    }),
    KEEPS_THE_RELATION_ON_THE_RELATED_SIDE(
            "removes the relation from the parent's list only: the related record still lists its parent", api -> {
                Set<String> stale = ConcurrentHashMap.newKeySet();
                return request -> {
                    EmulatorResponse answer = api.apply(request);
                    if (isDelink(request) && answer.status() < 300) {
                        List<String> s = relationPath(request).orElseThrow();
                        listedIds(request)
                                .forEach(id -> stale.add(s.get(4) + "/" + id + "/" + s.get(2) + "/" + s.get(3)));
                        return answer;
                    }
                    return request.method().equals("GET") ? withStaleParents(request, answer, stale) : answer;
                };
            }),
    RELINKING_IS_IGNORED("acknowledges linking a record again after a delink, but leaves it delinked", api -> {
        Set<String> delinked = ConcurrentHashMap.newKeySet();
        return request -> {
            EmulatorResponse answer = api.apply(request);
            List<String> s = relationPath(request).orElse(List.of());
            if (isDelink(request) && answer.status() < 300) {
                listedIds(request).forEach(id -> delinked.add(s.get(2) + "/" + s.get(3) + "/" + s.get(4) + "/" + id));
            } else if (request.method().equals("PUT") && s.size() == 5) {
                List<String> again = related(api, request, s.get(2), s.get(3), s.get(4)).stream()
                        .filter(id -> delinked.contains(s.get(2) + "/" + s.get(3) + "/" + s.get(4) + "/" + id))
                        .toList();
                delinkBehindTheCallersBack(api, request, s.get(2), s.get(3), s.get(4), again);
            }
            return answer;
        };
    }),
    OTHER_METHODS_DELINK(
            "delinks on GET, PUT, PATCH, POST and HEAD to a delink address as on DELETE", api -> request -> {
                boolean delinkAddress =
                        relationPath(request).map(s -> s.size() == 6).orElse(false)
                                || request.queryParameters().orElse(Map.of()).containsKey("ids");
                if (!request.method().equals("DELETE") && relationPath(request).isPresent() && delinkAddress) {
                    api.apply(new EmulatorRequest(
                            "DELETE", request.rawPath(), request.rawQuery(), request.headers(), null));
                }
                return api.apply(request);
            }),
    SINGLE_FORM_HONOURS_IDS(
            "on the single-id address, also delinks the records of an ids parameter", api -> request -> {
                if (isSingleDelink(request)
                        && request.queryParameters().orElse(Map.of()).containsKey("ids")) {
                    List<String> s = relationPath(request).orElseThrow();
                    List<String> also = List.of(
                            request.queryParameters().orElseThrow().get("ids").split(","));
                    delinkBehindTheCallersBack(api, request, s.get(2), s.get(3), s.get(4), also);
                }
                return api.apply(request);
            }),

    REFUSES_THE_LEGACY_NAME_POTENTIALS(
            "on v2.1, refuses Potentials, the delink page's name for Deals, as a related list that does not exist",
            api -> request -> relationPath(request)
                            .filter(s -> s.get(4).equalsIgnoreCase("Potentials"))
                            .isPresent()
                    ? BrokenAnswers.error(
                            400,
                            "INVALID_DATA",
                            Map.of("resource_path_index", 2),
                            "the relation name given seems to be invalid")
                    : api.apply(request)),

    // the 100-id limit
    IGNORES_THE_ID_LIMIT(
            "accepts more than 100 ids, delinking them 100 at a time",
            api -> request -> isBulkDelink(request) && listedIds(request).size() > 100
                    ? inChunks(api, request)
                    : api.apply(request)),
    LIMIT_LOWERED_TO_50(
            "refuses more than 50 ids with LIMIT_EXCEEDED",
            api -> request -> isBulkDelink(request) && listedIds(request).size() > 50
                    ? BrokenAnswers.error(
                            400,
                            "LIMIT_EXCEEDED",
                            Map.of("limit", "50", "param_name", "ids"),
                            "Limit Exceeded, You cannot give more than 50 record ids")
                    : api.apply(request)),
    REFUSES_101_IDS_WITH_ANOTHER_CODE(
            "refuses more than 100 ids and delinks nothing, but with another code, message and details than the official example",
            api -> request -> BrokenAnswers.replaced(
                    api.apply(request),
                    "{\"code\":\"LIMIT_EXCEEDED\",\"details\":{\"limit\":\"100\",\"param_name\":\"ids\"},\"message\":\"Limit Exceeded, You cannot give more than 100 record ids\"",
                    "{\"code\":\"INVALID_DATA\",\"details\":{\"max\":100},\"message\":\"too many ids\"")),
    LIMIT_DETAILS_AS_A_NUMBER(
            "writes details.limit of LIMIT_EXCEEDED as the number 100, not the string \"100\"",
            api -> request -> BrokenAnswers.replaced(api.apply(request), "\"limit\":\"100\"", "\"limit\":100")),
    DEDUPLICATES_THE_IDS(
            "answers one result for an id listed twice",
            api -> request -> isBulkDelink(request)
                    ? results(api.apply(request), Misbehaviour::dropRepeatedIds)
                    : api.apply(request)),

    // the answer's body
    WRONG_SUCCESS_MESSAGE(
            "says \"relation deleted\" where Zoho says \"relation removed\"",
            api -> request ->
                    BrokenAnswers.replaced(api.apply(request), "\"relation removed\"", "\"relation deleted\"")),
    SUCCESS_CODE_RENAMED(
            "reports each delinked record with code OK instead of SUCCESS",
            api -> request -> isDelink(request)
                    ? eachResult(api.apply(request), item -> rename(item, "SUCCESS", "OK"))
                    : api.apply(request)),
    SUCCESS_STATUS_CAPITALISED(
            "writes a result's status \"Success\" instead of \"success\"",
            api -> request -> isDelink(request)
                    ? BrokenAnswers.replaced(api.apply(request), "\"status\":\"success\"", "\"status\":\"Success\"")
                    : api.apply(request)),
    IDS_AS_NUMBERS(
            "writes details.id of each result as a JSON number instead of a string",
            api -> request -> isDelink(request)
                    ? eachResult(api.apply(request), item -> {
                        JsonNode id = item.path("details").path("id");
                        if (id.isTextual() && id.asText().matches("[0-9]{1,19}")) {
                            ((com.fasterxml.jackson.databind.node.ObjectNode) item.get("details"))
                                    .set("id", BigIntegerNode.valueOf(new java.math.BigInteger(id.asText())));
                        }
                    })
                    : api.apply(request)),
    DATA_RENAMED(
            "lists the results under \"results\" instead of \"data\"",
            api -> request -> isDelink(request)
                    ? BrokenAnswers.json(api.apply(request), json -> {
                        if (json.has("data")) {
                            json.set("results", json.remove("data"));
                        }
                    })
                    : api.apply(request)),
    DROPS_THE_LAST_RESULT(
            "leaves the last id of a list out of the results",
            api -> request -> isBulkDelink(request)
                    ? results(api.apply(request), data -> {
                        if (data.size() > 1) {
                            data.remove(data.size() - 1);
                        }
                    })
                    : api.apply(request)),
    SINGLE_FORM_ANSWERS_TWO_RESULTS(
            "answers the single-id form with its result twice",
            api -> request -> isSingleDelink(request)
                    ? results(api.apply(request), data -> data.add(data.get(0).deepCopy()))
                    : api.apply(request)),
    RESULTS_IN_REVERSE_ORDER(
            "lists the results in the reverse order of the ids",
            api -> request ->
                    isBulkDelink(request) ? results(api.apply(request), Misbehaviour::reverse) : api.apply(request)),
    DELETED_RECORD_REPORTED_AS_SUCCESS(
            "reports SUCCESS for a related id whose record was deleted",
            api -> request -> isDelink(request)
                    ? eachResult(api.apply(request), item -> {
                        if ("the related id given seems to be invalid"
                                .equals(item.path("message").asText())) {
                            successInstead(item);
                        }
                    })
                    : api.apply(request)),
    NOT_RELATED_REPORTED_AS_SUCCESS(
            "reports SUCCESS for a record that was not related",
            api -> request -> isDelink(request)
                    ? eachResult(api.apply(request), item -> {
                        if ("relation not found".equals(item.path("message").asText())) {
                            successInstead(item);
                        }
                    })
                    : api.apply(request)),

    // the HTTP status
    ERRORS_AS_200("answers every error with HTTP 200", api -> request -> {
        EmulatorResponse response = api.apply(request);
        return response.status() >= 400 ? BrokenAnswers.withStatus(response, 200) : response;
    }),
    SINGLE_FORM_ANSWERS_207(
            "answers a successful single-id delink with HTTP 207",
            api -> request -> statusOf(api.apply(request), isSingleDelink(request), 200, 207)),
    EVERY_SUCCESS_AS_207(
            "answers a list of ids that were all delinked with HTTP 207",
            api -> request -> statusOf(api.apply(request), isBulkDelink(request), 200, 207)),
    MIXED_RESULTS_AS_200(
            "answers a list with some records delinked and some not with HTTP 200",
            api -> request -> statusOf(api.apply(request), isDelink(request), 207, 200)),
    EVERY_FAILURE_AS_200("answers a list where every record failed with HTTP 200 and data[]", api -> request -> {
        EmulatorResponse answer = api.apply(request);
        return isDelink(request)
                        && answer.status() == 400
                        && BrokenAnswers.read(answer).map(j -> j.has("data")).orElse(false)
                ? BrokenAnswers.withStatus(answer, 200)
                : answer;
    }),
    INTERNAL_ERROR_AS_503(
            "answers an internal failure with HTTP 503 instead of 500",
            api -> request -> statusOf(api.apply(request), true, 500, 503)),
    SCOPE_MISMATCH_AS_403("answers OAUTH_SCOPE_MISMATCH with HTTP 403 instead of 401", api -> request -> {
        EmulatorResponse answer = api.apply(request);
        return BrokenAnswers.hasCode(answer, "OAUTH_SCOPE_MISMATCH") ? BrokenAnswers.withStatus(answer, 403) : answer;
    }),

    // codes, messages and the envelope of errors
    URL_PATTERN_CODE_RENAMED(
            "names an address that matches no pattern INVALID_URL instead of INVALID_URL_PATTERN",
            api -> request -> BrokenAnswers.replaced(api.apply(request), "\"INVALID_URL_PATTERN\"", "\"INVALID_URL\"")),
    REQUEST_METHOD_MESSAGE_REWORDED(
            "words INVALID_REQUEST_METHOD \"Method not allowed\"",
            api -> request -> BrokenAnswers.replaced(
                    api.apply(request), "The http request method type is not a valid one", "Method not allowed")),
    MISSING_IDS_AS_REQUIRED_PARAM_MISSING(
            "refuses a call without ids with REQUIRED_PARAM_MISSING, as delete-records does, instead of MANDATORY_NOT_FOUND",
            api -> request -> BrokenAnswers.replaced(
                    api.apply(request), "\"MANDATORY_NOT_FOUND\"", "\"REQUIRED_PARAM_MISSING\"")),
    LOWER_CASE_NOT_SUPPORTED(
            "words \"The given module is not supported in API\" in lower case, as Zoho's wire does for other messages",
            api -> request -> BrokenAnswers.replaced(
                    api.apply(request),
                    "The given module is not supported in API",
                    "the given module is not supported in API")),
    UNSUPPORTED_MODULE_AS_NOT_FOUND(
            "answers a module the API does not support as an address that matches no pattern, 404 INVALID_URL_PATTERN",
            api -> request -> {
                EmulatorResponse answer = api.apply(request);
                return BrokenAnswers.read(answer)
                                .map(j -> "The given module is not supported in API"
                                        .equals(j.path("message").asText()))
                                .orElse(false)
                        ? BrokenAnswers.error(
                                404,
                                "INVALID_URL_PATTERN",
                                Map.of(),
                                "Please check if the URL trying to access is a correct one")
                        : answer;
            }),
    NO_PERMISSION_WITHOUT_PERMISSIONS(
            "answers NO_PERMISSION with empty details, no longer naming the permissions that are missing",
            api -> request -> {
                EmulatorResponse answer = api.apply(request);
                return BrokenAnswers.hasCode(answer, "NO_PERMISSION")
                        ? BrokenAnswers.json(answer, json -> json.putObject("details"))
                        : answer;
            }),
    ERROR_ENVELOPE_GAINS_A_KEY("adds a request_id to the envelope of every whole-call error", api -> request -> {
        EmulatorResponse answer = api.apply(request);
        return answer.status() >= 400
                ? BrokenAnswers.json(answer, json -> {
                    if (json.has("code")) {
                        json.put("request_id", "8f2c1d");
                    }
                })
                : answer;
    }),

    // the request shapes Zoho's SDKs send, and the answer's headers
    REFUSES_ENCODED_COMMAS(
            "refuses ids separated by %2C, as Zoho's Java and TypeScript SDKs send them",
            api -> request -> isBulkDelink(request)
                            && request.rawQuery().toUpperCase(Locale.ROOT).contains("%2C")
                    ? malformedIds()
                    : api.apply(request)),
    REFUSES_A_TRAILING_AMPERSAND(
            "refuses a query that ends with &, as Zoho's Node SDKs send it",
            api -> request ->
                    isBulkDelink(request) && request.rawQuery().endsWith("&") ? malformedIds() : api.apply(request)),
    REFUSES_PLUS_FOR_SPACE(
            "refuses + for a space in the ids, as Zoho's Java and TypeScript SDKs encode it",
            api -> request ->
                    isBulkDelink(request) && request.rawQuery().contains("+") ? malformedIds() : api.apply(request)),
    CONTENT_TYPE_TEXT_PLAIN(
            "labels delink answers text/plain instead of application/json",
            api -> request -> isDelink(request)
                    ? BrokenAnswers.withHeader(api.apply(request), "Content-Type", "text/plain;charset=UTF-8")
                    : api.apply(request));

    public static final String PROPERTY = "zoho.test.misbehaviour";

    /** A broken API built around a correct one; each call of {@link #wrap} starts with fresh state. */
    @FunctionalInterface
    interface Breakage {
        Function<EmulatorRequest, EmulatorResponse> around(Function<EmulatorRequest, EmulatorResponse> api);
    }

    private final String change;
    private final Breakage breakage;

    Misbehaviour(String change, Breakage breakage) {
        this.change = change;
        this.breakage = breakage;
    }

    public static Misbehaviour fromSystemProperty() {
        return valueOf(
                System.getProperty(PROPERTY, "NONE").toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** What Zoho would have changed, in words. */
    public String change() {
        return change;
    }

    public Function<EmulatorRequest, EmulatorResponse> wrap(Function<EmulatorRequest, EmulatorResponse> api) {
        return breakage.around(api);
    }

    private static EmulatorResponse statusOf(EmulatorResponse answer, boolean concerned, int from, int to) {
        return concerned && answer.status() == from ? BrokenAnswers.withStatus(answer, to) : answer;
    }

    private static EmulatorResponse malformedIds() {
        return BrokenAnswers.error(400, "INVALID_DATA", Map.of("param_name", "ids"), "invalid data");
    }

    private static void rename(com.fasterxml.jackson.databind.node.ObjectNode item, String from, String to) {
        if (from.equals(item.path("code").asText())) {
            item.put("code", to);
        }
    }

    private static void successInstead(com.fasterxml.jackson.databind.node.ObjectNode item) {
        item.put("code", "SUCCESS");
        item.put("message", "relation removed");
        item.put("status", "success");
    }

    private static void reverse(ArrayNode data) {
        List<JsonNode> items = new ArrayList<>();
        data.forEach(items::add);
        java.util.Collections.reverse(items);
        data.removeAll();
        data.addAll(items);
    }

    private static void dropRepeatedIds(ArrayNode data) {
        Set<String> kept = new java.util.HashSet<>();
        for (int i = 0; i < data.size(); ) {
            if (kept.add(data.get(i).path("details").path("id").asText())) {
                i++;
            } else {
                data.remove(i);
            }
        }
    }

    /** The related records' reads list the parents a delink removed, as if only the parent's side had changed. */
    private static EmulatorResponse withStaleParents(
            EmulatorRequest request, EmulatorResponse answer, Set<String> stale) {
        List<String> s = relationPath(request).filter(p -> p.size() == 5).orElse(null);
        if (s == null) {
            return answer;
        }
        String prefix = s.get(2) + "/" + s.get(3) + "/" + s.get(4) + "/";
        List<String> parents = stale.stream()
                .filter(k -> k.startsWith(prefix))
                .map(k -> k.substring(prefix.length()))
                .sorted()
                .toList();
        if (parents.isEmpty()) {
            return answer;
        }
        List<Map<String, Object>> data = new ArrayList<>();
        BrokenAnswers.read(answer)
                .map(j -> j.path("data"))
                .ifPresent(d ->
                        d.forEach(r -> data.add(Map.of("id", r.path("id").asText()))));
        parents.forEach(id -> data.add(Map.of("id", id)));
        return EmulatorResponse.json(
                200,
                Map.of(
                        "data",
                        data,
                        "info",
                        Map.of("count", data.size(), "more_records", false, "page", 1, "per_page", 200)));
    }

    private static EmulatorResponse inChunks(Function<EmulatorRequest, EmulatorResponse> api, EmulatorRequest request) {
        List<String> all = listedIds(request);
        List<String> segments = relationPath(request).orElseThrow();
        List<JsonNode> items = new ArrayList<>();
        int status = 200;
        for (int from = 0; from < all.size(); from += 100) {
            EmulatorResponse part = delinkBehindTheCallersBack(
                    api,
                    request,
                    segments.get(2),
                    segments.get(3),
                    segments.get(4),
                    all.subList(from, Math.min(all.size(), from + 100)));
            status = Math.max(status, part.status());
            BrokenAnswers.read(part).ifPresent(json -> json.path("data").forEach(items::add));
        }
        return EmulatorResponse.json(status, Map.of("data", items));
    }
}
