package dev.zohodelink.emulator.core.codecs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The one JSON mapper of the emulator; immutable once built, so safe to share between threads. */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A JSON object whose keys keep the given order, so answers are repeatable byte for byte ({@code Map.of} iterates
     * in an order that changes from one JVM to the next).
     */
    public static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /** A value bound to JSON (a record, say) as the JSON object it writes, its keys in the same order. */
    public static Map<String, Object> asObject(Object value) {
        return MAPPER.convertValue(value, new TypeReference<LinkedHashMap<String, Object>>() {});
    }

    /** A parsed JSON value as plain Java: strings, numbers, booleans, maps and lists. */
    public static Object toValue(JsonNode node) {
        return MAPPER.convertValue(node, Object.class);
    }

    /** Parses a body; empty when it is not JSON. */
    public static Optional<JsonNode> read(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(MAPPER.readTree(body));
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }
}
