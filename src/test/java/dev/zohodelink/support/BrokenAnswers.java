package dev.zohodelink.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zohodelink.emulator.core.EmulatorRequest;
import dev.zohodelink.emulator.core.EmulatorResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The pieces {@link Misbehaviour} builds broken APIs from: what a request is (a delink, a read of related records),
 * calls a broken API makes behind the caller's back with the caller's own token, and answers rewritten as JSON.
 */
final class BrokenAnswers {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private BrokenAnswers() {}

    /** {@code /crm/{v}/{module}/{id}/{list}[/{related id}]}: the segments after {@code crm}, or empty. */
    static Optional<List<String>> relationPath(EmulatorRequest request) {
        return request.pathSegments()
                .filter(s -> (s.size() == 5 || s.size() == 6) && s.get(0).equals("crm"));
    }

    static boolean isDelink(EmulatorRequest request) {
        return request.method().equals("DELETE") && relationPath(request).isPresent();
    }

    static boolean isSingleDelink(EmulatorRequest request) {
        return isDelink(request) && relationPath(request).orElseThrow().size() == 6;
    }

    static boolean isBulkDelink(EmulatorRequest request) {
        return isDelink(request) && relationPath(request).orElseThrow().size() == 5;
    }

    /** The related ids a delink names, in order: the last path segment, or the {@code ids} parameter. */
    static List<String> listedIds(EmulatorRequest request) {
        List<String> segments = relationPath(request).orElseThrow();
        if (segments.size() == 6) {
            return List.of(segments.get(5));
        }
        String ids = request.queryParameters().orElse(Map.of()).getOrDefault("ids", "");
        return ids.isBlank()
                ? List.of()
                : List.of(ids.split(",")).stream().map(String::strip).toList();
    }

    /** A call of the caller's own, on the same org: {@code /crm/{v}/} followed by {@code rest}. */
    static EmulatorRequest sameCaller(EmulatorRequest request, String method, String rest) {
        String version = relationPath(request).orElseThrow().get(1);
        return EmulatorRequest.of(method, "/crm/" + version + "/" + rest, request.headers(), null);
    }

    /** The ids of the records related to {@code module/id} through {@code list}, read as a client would. */
    static List<String> related(
            Function<EmulatorRequest, EmulatorResponse> api,
            EmulatorRequest caller,
            String module,
            String id,
            String list) {
        EmulatorResponse answer =
                api.apply(sameCaller(caller, "GET", module + "/" + id + "/" + list + "?fields=id&per_page=200"));
        List<String> ids = new ArrayList<>();
        read(answer)
                .map(json -> json.path("data"))
                .ifPresent(
                        data -> data.forEach(record -> ids.add(record.path("id").asText())));
        return ids;
    }

    static EmulatorResponse delinkBehindTheCallersBack(
            Function<EmulatorRequest, EmulatorResponse> api,
            EmulatorRequest caller,
            String module,
            String id,
            String list,
            List<String> ids) {
        return ids.isEmpty()
                ? EmulatorResponse.noContent()
                : api.apply(
                        sameCaller(caller, "DELETE", module + "/" + id + "/" + list + "?ids=" + String.join(",", ids)));
    }

    /** Every result of a delink's {@code data[]} passed through {@code change}. */
    static EmulatorResponse eachResult(EmulatorResponse answer, Consumer<ObjectNode> change) {
        return json(answer, json -> json.path("data").forEach(item -> change.accept((ObjectNode) item)));
    }

    /** The answer's {@code data[]} passed through {@code change}. */
    static EmulatorResponse results(EmulatorResponse answer, Consumer<ArrayNode> change) {
        return json(answer, json -> {
            if (json.path("data").isArray()) {
                change.accept((ArrayNode) json.get("data"));
            }
        });
    }

    /** The answer's JSON object passed through {@code change}; an answer that is no JSON object is left alone. */
    static EmulatorResponse json(EmulatorResponse answer, Consumer<ObjectNode> change) {
        Optional<JsonNode> json = read(answer).filter(JsonNode::isObject);
        if (json.isEmpty()) {
            return answer;
        }
        change.accept((ObjectNode) json.get());
        return new EmulatorResponse(answer.status(), answer.headers(), write(json.get()));
    }

    static EmulatorResponse withStatus(EmulatorResponse answer, int status) {
        return new EmulatorResponse(status, answer.headers(), answer.body());
    }

    static EmulatorResponse withHeader(EmulatorResponse answer, String name, String value) {
        Map<String, String> headers = new HashMap<>(answer.headers());
        headers.put(name, value);
        return new EmulatorResponse(answer.status(), headers, answer.body());
    }

    static EmulatorResponse replaced(EmulatorResponse answer, String from, String to) {
        return new EmulatorResponse(
                answer.status(),
                answer.headers(),
                answer.bodyText().replace(from, to).getBytes(StandardCharsets.UTF_8));
    }

    /** Success for each id, as Zoho's sample answers it, whatever happened. */
    static EmulatorResponse successFor(List<String> ids) {
        return EmulatorResponse.json(
                200, Map.of("data", ids.stream().map(BrokenAnswers::success).toList()));
    }

    static Map<String, Object> success(String id) {
        Map<String, Object> item = new java.util.LinkedHashMap<>();
        item.put("code", "SUCCESS");
        item.put("details", Map.of("id", id));
        item.put("message", "relation removed");
        item.put("status", "success");
        return item;
    }

    /** A whole-call error in Zoho's envelope. */
    static EmulatorResponse error(int status, String code, Map<String, Object> details, String message) {
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("code", code);
        error.put("details", details);
        error.put("message", message);
        error.put("status", "error");
        return EmulatorResponse.json(status, error);
    }

    static boolean hasCode(EmulatorResponse answer, String code) {
        return read(answer).map(json -> code.equals(json.path("code").asText())).orElse(false);
    }

    static Optional<JsonNode> read(EmulatorResponse answer) {
        if (answer.body().length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readTree(answer.body()));
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    private static byte[] write(JsonNode json) {
        try {
            return MAPPER.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
