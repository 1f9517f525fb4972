package dev.zohodelink.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A response from the Zoho CRM API (or the emulator): the status and the body, read as Zoho's envelopes. */
public final class ApiResponse {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final String method;
    private final String path;
    private final int status;
    private final String body;
    private final JsonNode json;
    private final Map<String, String> headers;

    public ApiResponse(String method, String path, int status, String body) {
        this(method, path, status, body, Map.of());
    }

    /** @param headers response headers, names in lower case */
    public ApiResponse(String method, String path, int status, String body, Map<String, String> headers) {
        this.method = method;
        this.path = path;
        this.status = status;
        this.body = body == null ? "" : body;
        this.json = parse(this.body);
        this.headers = Map.copyOf(headers);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    public String method() {
        return method;
    }

    private static JsonNode parse(String body) {
        if (body.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    /** What was called, for messages: method and path, no host, no headers, no token. */
    public String call() {
        return method + " " + path;
    }

    public Optional<JsonNode> json() {
        return Optional.ofNullable(json);
    }

    /** The top-level {@code code} of a call-level error envelope. */
    public Optional<String> code() {
        return text("code");
    }

    public Optional<String> message() {
        return text("message");
    }

    public Optional<String> envelopeStatus() {
        return text("status");
    }

    public Optional<JsonNode> details() {
        return json().map(j -> j.get("details")).filter(d -> d != null && !d.isNull());
    }

    /** The elements of {@code data[]}, in the order Zoho listed them. */
    public List<ItemResult> items() {
        List<ItemResult> items = new ArrayList<>();
        JsonNode data = json == null ? null : json.get("data");
        if (data != null && data.isArray()) {
            for (JsonNode item : data) {
                items.add(new ItemResult(
                        textOf(item, "code"),
                        item.get("details"),
                        textOf(item, "message"),
                        textOf(item, "status"),
                        item));
            }
        }
        return items;
    }

    /** The {@code id} of each element of {@code data[]}: record ids on reads. */
    public List<String> dataIds() {
        List<String> ids = new ArrayList<>();
        JsonNode data = json == null ? null : json.get("data");
        if (data != null && data.isArray()) {
            data.forEach(record -> ids.add(textOf(record, "id")));
        }
        return ids;
    }

    public boolean hasMoreRecords() {
        return json != null && json.path("info").path("more_records").asBoolean(false);
    }

    private Optional<String> text(String field) {
        return Optional.ofNullable(json == null ? null : textOf(json, field));
    }

    private static String textOf(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    /** Status, code and message in one line, as assertion messages and report categories show them. */
    public String summary() {
        return "HTTP " + status + code().map(c -> " " + c).orElse("")
                + message().map(m -> " \"" + m + "\"").orElse("");
    }

    @Override
    public String toString() {
        return call() + " -> " + summary();
    }
}
