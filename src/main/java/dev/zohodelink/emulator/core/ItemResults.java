package dev.zohodelink.emulator.core;

import dev.zohodelink.contract.SuccessMessage;
import dev.zohodelink.contract.ZohoError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The per-record answers of a multi-record call, in request order, and the status they add up to. */
final class ItemResults {

    private final List<Map<String, Object>> items = new ArrayList<>();
    private int succeeded;
    private int failed;

    void success(SuccessMessage message, Map<String, Object> details) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", SuccessMessage.CODE);
        item.put("details", details);
        item.put("message", message.text());
        item.put("status", SuccessMessage.STATUS);
        items.add(item);
        succeeded++;
    }

    void success(SuccessMessage message, String id) {
        success(message, Map.of("id", id));
    }

    void failure(ZohoError error, Map<String, Object> details) {
        items.add(error.body(details));
        failed++;
    }

    void failure(ZohoError error, String id) {
        failure(error, Map.of("id", id));
    }

    EmulatorResponse toResponse(BiFunction<Integer, Integer, Integer> statusRule) {
        return EmulatorResponse.json(statusRule.apply(succeeded, failed), Map.of("data", items));
    }
}
