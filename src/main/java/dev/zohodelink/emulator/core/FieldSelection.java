package dev.zohodelink.emulator.core;

import dev.zohodelink.contract.ZohoError;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@code fields} parameter: mandatory on reads from v5 on (REQUIRED_PARAM_MISSING seen on v7), optional on v2.1. */
record FieldSelection(Set<String> names) {

    static FieldSelection from(ApiCall call) {
        String raw = call.query().get("fields");
        if (raw == null || raw.isBlank()) {
            if (call.version().requiresFieldsOnRead()) {
                throw new Rejection(ZohoError.REQUIRED_PARAM_MISSING, Map.of("param_name", "fields"));
            }
            return new FieldSelection(null);
        }
        return new FieldSelection(Arrays.stream(raw.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    Map<String, Object> render(StoredRecord record) {
        return names == null ? record.asJson() : record.asJson(names);
    }
}
