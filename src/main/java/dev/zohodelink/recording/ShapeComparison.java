package dev.zohodelink.recording;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zohodelink.contract.SuccessMessage;
import dev.zohodelink.contract.ZohoError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares two recordings of one scenario by what a client depends on: status; the values of {@code code},
 * {@code message} and {@code status}; field names and JSON types; the number of items. Other values (names, ids,
 * times) are compared by type only, since they differ between runs without meaning anything. Request bodies are
 * compared the same way: an answer is only comparable with the answer to the same request.
 */
public final class ShapeComparison {

    private static final Set<String> COMPARED_VALUES = Set.of("code", "message", "status");
    private static final Set<String> KNOWN_CODES = Arrays.stream(ZohoError.values())
            .map(ZohoError::code)
            .collect(Collectors.toCollection(() -> new TreeSet<>(Set.of(SuccessMessage.CODE))));

    private ShapeComparison() {}

    public static List<Change> compare(Recording before, Recording after) {
        List<Change> changes = new ArrayList<>();
        String scenario = before.scenario();
        List<Exchange> a = before.exchanges();
        List<Exchange> b = after.exchanges();
        if (a.size() != b.size()) {
            changes.add(new Change(
                    scenario,
                    scenario,
                    Change.Kind.EXCHANGE_COUNT,
                    "",
                    a.size() + " exchanges",
                    b.size() + " exchanges"));
        }
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            compare(scenario, a.get(i), b.get(i), changes);
        }
        return changes;
    }

    /** Error codes in the recording that the catalogue does not know: an API that changed or a case nobody documented. */
    public static List<Change> unknownCodes(Recording recording) {
        List<Change> changes = new ArrayList<>();
        for (Exchange exchange : recording.exchanges()) {
            codes(exchange.responseBody(), "", exchange, recording.scenario(), changes);
        }
        return changes;
    }

    private static void codes(JsonNode node, String pointer, Exchange exchange, String scenario, List<Change> changes) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            JsonNode code = node.get("code");
            if (code != null && code.isTextual() && !KNOWN_CODES.contains(code.asText())) {
                changes.add(new Change(
                        scenario,
                        exchange.label(),
                        Change.Kind.UNKNOWN_ERROR_CODE,
                        pointer + "/code",
                        "a catalogue code",
                        code.asText()));
            }
            node.fields()
                    .forEachRemaining(field ->
                            codes(field.getValue(), pointer + "/" + field.getKey(), exchange, scenario, changes));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                codes(node.get(i), pointer + "/" + i, exchange, scenario, changes);
            }
        }
    }

    private static void compare(String scenario, Exchange a, Exchange b, List<Change> changes) {
        String label = a.label();
        if (!a.label().equals(b.label())) {
            changes.add(new Change(scenario, label, Change.Kind.REQUEST, "", a.label(), b.label()));
            return;
        }
        if (a.status() != b.status()) {
            changes.add(new Change(
                    scenario,
                    label,
                    Change.Kind.STATUS,
                    "",
                    Integer.toString(a.status()),
                    Integer.toString(b.status())));
        }
        walk(scenario, label, "", a.responseBody(), b.responseBody(), changes);
        List<Change> request = new ArrayList<>();
        walk(scenario, label, "", a.requestBody(), b.requestBody(), request);
        request.forEach(change -> changes.add(new Change(
                scenario, label, Change.Kind.REQUEST_BODY, change.pointer(), change.before(), change.after())));
    }

    private static void walk(
            String scenario, String label, String pointer, JsonNode a, JsonNode b, List<Change> changes) {
        if (a == null || b == null) {
            if (a != b) {
                changes.add(new Change(
                        scenario,
                        label,
                        Change.Kind.TYPE,
                        pointer,
                        a == null ? "no body" : type(a),
                        b == null ? "no body" : type(b)));
            }
            return;
        }
        if (!type(a).equals(type(b))) {
            changes.add(new Change(scenario, label, Change.Kind.TYPE, pointer, type(a), type(b)));
            return;
        }
        if (a.isObject()) {
            Set<String> keys = new TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                String at = pointer + "/" + key;
                if (!a.has(key)) {
                    changes.add(new Change(scenario, label, Change.Kind.FIELD_ADDED, at, "absent", type(b.get(key))));
                } else if (!b.has(key)) {
                    changes.add(new Change(scenario, label, Change.Kind.FIELD_REMOVED, at, type(a.get(key)), "absent"));
                } else if (COMPARED_VALUES.contains(key)
                        && a.get(key).isValueNode()
                        && !a.get(key).equals(b.get(key))) {
                    Change.Kind kind = key.equals("code")
                            ? Change.Kind.CODE
                            : key.equals("message") ? Change.Kind.MESSAGE : Change.Kind.OUTCOME;
                    changes.add(new Change(
                            scenario,
                            label,
                            kind,
                            at,
                            a.get(key).asText(),
                            b.get(key).asText()));
                } else {
                    walk(scenario, label, at, a.get(key), b.get(key), changes);
                }
            }
        } else if (a.isArray()) {
            if (a.size() != b.size()) {
                changes.add(new Change(
                        scenario, label, Change.Kind.ITEM_COUNT, pointer, a.size() + " items", b.size() + " items"));
            }
            Iterator<JsonNode> left = a.elements();
            Iterator<JsonNode> right = b.elements();
            for (int i = 0; left.hasNext() && right.hasNext(); i++) {
                walk(scenario, label, pointer + "/" + i, left.next(), right.next(), changes);
            }
        }
    }

    private static String type(JsonNode node) {
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
