package dev.zohodelink.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.EmulatorRequest;
import dev.zohodelink.emulator.core.EmulatorResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An org whose layout makes one more field of a module mandatory while its fields metadata does not flag it
 * {@code system_mandatory}, as real layouts do: an insert whose records lack it is refused, every record with
 * MANDATORY_NOT_FOUND "required field not found" {@code {api_name}}, HTTP 400 (insert-records page). Selected by the
 * system property {@value #PROPERTY}, {@code Module.Field} (e.g. {@code Deals.Description}); none by default.
 */
public record LayoutRequirement(String module, String field) {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    public static final String PROPERTY = "zoho.test.layout-requires";

    public static Optional<LayoutRequirement> fromSystemProperty() {
        String value = System.getProperty(PROPERTY, "");
        int dot = value.indexOf('.');
        return dot < 0
                ? Optional.empty()
                : Optional.of(new LayoutRequirement(value.substring(0, dot), value.substring(dot + 1)));
    }

    public Function<EmulatorRequest, EmulatorResponse> wrap(Function<EmulatorRequest, EmulatorResponse> api) {
        return request -> {
            if (!isInsertInto(request)) {
                return api.apply(request);
            }
            List<JsonNode> records = new ArrayList<>();
            records(request).forEach(records::add);
            if (records.isEmpty() || records.stream().allMatch(record -> record.hasNonNull(field))) {
                return api.apply(request);
            }
            ZohoError missing = ZohoError.MANDATORY_NOT_FOUND;
            Map<String, Object> refusal = Map.of(
                    "code", missing.code(),
                    "details", Map.of("api_name", field),
                    "message", missing.message(),
                    "status", "error");
            return EmulatorResponse.json(
                    missing.httpStatus(),
                    Map.of("data", records.stream().map(record -> refusal).toList()));
        };
    }

    private static JsonNode records(EmulatorRequest request) {
        try {
            return MAPPER.readTree(request.body()).path("data");
        } catch (IOException notJson) {
            return MissingNode.getInstance();
        }
    }

    private boolean isInsertInto(EmulatorRequest request) {
        return request.method().equals("POST")
                && request.pathSegments()
                        .filter(segments -> segments.size() == 3
                                && segments.get(0).equals("crm")
                                && segments.get(2).equals(module))
                        .isPresent();
    }
}
