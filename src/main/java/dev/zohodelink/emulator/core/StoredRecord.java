package dev.zohodelink.emulator.core;

import dev.zohodelink.contract.Module;
import dev.zohodelink.emulator.core.codecs.Timestamps;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A CRM record held by the emulator. */
record StoredRecord(String id, Module module, Map<String, Object> fields, Instant createdTime, User createdBy) {

    StoredRecord {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.putAll(fields);
        json.put("Created_Time", Timestamps.format(createdTime));
        json.put("Created_By", createdBy.reference());
        return json;
    }

    Map<String, Object> asJson(java.util.Set<String> selectedFields) {
        Map<String, Object> all = asJson();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        all.forEach((name, value) -> {
            if (selectedFields.contains(name)) {
                json.put(name, value);
            }
        });
        return json;
    }
}
