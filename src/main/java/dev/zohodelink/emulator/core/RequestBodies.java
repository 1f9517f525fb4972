package dev.zohodelink.emulator.core;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.codecs.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code {"data":[{...}]}} bodies. The Content-Type header is not required: official SDKs send PUT
 * bodies without one (docs/evidence.md §8.2).
 */
final class RequestBodies {

    private RequestBodies() {}

    static List<JsonNode> dataArray(EmulatorRequest request, int limit) {
        JsonNode data = Json.read(request.body()).map(body -> body.get("data")).orElse(null);
        if (data == null || !data.isArray() || data.isEmpty()) {
            throw new Rejection(ZohoError.INVALID_DATA_BODY);
        }
        if (data.size() > limit) {
            throw new Rejection(
                    ZohoError.LIMIT_EXCEEDED, Json.object("limit", Integer.toString(limit), "param_name", "data"));
        }
        List<JsonNode> items = new ArrayList<>();
        data.forEach(items::add);
        return items;
    }

    /** The item's scalar fields (strings, numbers, booleans), keyed by field API name; "id" is left out. */
    static Map<String, Object> fields(JsonNode item) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (item != null && item.isObject()) {
            item.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("id")
                        && !field.getValue().isContainerNode()
                        && !field.getValue().isNull()) {
                    fields.put(
                            field.getKey(),
                            field.getValue().isNumber()
                                    ? field.getValue().numberValue()
                                    : field.getValue().asText());
                }
            });
        }
        return fields;
    }

    /**
     * The item's fields with their values as sent, objects and arrays included (lookups, members), keyed by field API
     * name; "id" and nulls are left out.
     */
    static Map<String, Object> recordFields(JsonNode item) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (item != null && item.isObject()) {
            item.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("id") && !field.getValue().isNull()) {
                    fields.put(field.getKey(), Json.toValue(field.getValue()));
                }
            });
        }
        return fields;
    }

    static String idOf(JsonNode item) {
        JsonNode id = item == null ? null : item.get("id");
        return id == null || id.isContainerNode() || id.isNull() ? null : id.asText();
    }
}
