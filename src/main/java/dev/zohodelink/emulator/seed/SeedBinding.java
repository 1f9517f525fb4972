package dev.zohodelink.emulator.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Binds a seed file to {@link SeedDocument} with Jackson, strictly: no unknown key, no coercion between strings,
 * numbers and booleans, no single value for an array. A problem becomes a {@link SeedException} naming its place,
 * e.g. {@code records[1].id: must be a string}, and never a value from the file.
 */
final class SeedBinding {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(
                    LogicalType.Textual,
                    config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private SeedBinding() {}

    static SeedDocument bind(byte[] json) {
        try {
            if (!MAPPER.readTree(json).isObject()) {
                throw new SeedException("", "must be a JSON object with any of " + SeedDocument.sections());
            }
        } catch (IOException notJson) {
            throw new SeedException("", "not JSON");
        }
        try {
            SeedDocument document = MAPPER.readValue(json, SeedDocument.class);
            requireEntries(document);
            return document;
        } catch (UnrecognizedPropertyException unknown) {
            List<JsonMappingException.Reference> path = unknown.getPath();
            throw new SeedException(
                    where(path.subList(0, path.size() - 1)),
                    "unknown key '" + unknown.getPropertyName() + "'; expected any of "
                            + unknown.getKnownPropertyIds().stream()
                                    .map(Object::toString)
                                    .sorted()
                                    .toList());
        } catch (MismatchedInputException mismatch) {
            throw problem(mismatch.getPath(), mismatch.getTargetType());
        } catch (JsonMappingException other) {
            throw new SeedException(where(other.getPath()), "cannot be read");
        } catch (IOException e) {
            throw new SeedException("", "not JSON");
        }
    }

    /** An entry that is {@code null} is not an object either. */
    private static void requireEntries(SeedDocument document) {
        List<List<?>> sections = List.of(
                document.users(),
                document.oauthClients(),
                document.refreshTokens(),
                document.accessTokens(),
                document.records(),
                document.relations());
        for (int s = 0; s < sections.size(); s++) {
            List<?> entries = sections.get(s);
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i) == null) {
                    throw new SeedException(SeedDocument.sections().get(s) + "[" + i + "]", "must be an object");
                }
            }
        }
    }

    private static SeedException problem(List<JsonMappingException.Reference> path, Class<?> target) {
        boolean inArray = !path.isEmpty() && path.get(path.size() - 1).getFieldName() == null;
        if (target == String.class && inArray) {
            return new SeedException(where(path.subList(0, path.size() - 1)), "must be an array of strings");
        }
        String expected;
        if (target == String.class) {
            expected = "must be a string";
        } else if (target == Boolean.class || target == boolean.class) {
            expected = "must be true or false";
        } else if (target == Long.class || target == long.class) {
            expected = "must be a whole number";
        } else if (target != null && Collection.class.isAssignableFrom(target)) {
            expected = path.size() == 1 ? "must be an array" : "must be an array of strings";
        } else {
            expected = "must be an object";
        }
        return new SeedException(where(path), expected);
    }

    /** {@code records[1].fields}, from Jackson's path. */
    private static String where(List<JsonMappingException.Reference> path) {
        StringBuilder where = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                where.append(where.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                where.append('[').append(reference.getIndex()).append(']');
            }
        }
        return where.toString();
    }

    /** A JSON object of strings, numbers and booleans, as Jackson bound it into a map. */
    static Map<String, Object> scalars(Map<String, Object> fields, String where) {
        if (fields == null) {
            return new java.util.LinkedHashMap<>();
        }
        fields.forEach((name, value) -> {
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw new SeedException(where + "." + name, "must be a string, number or boolean");
            }
        });
        return new java.util.LinkedHashMap<>(fields);
    }
}
