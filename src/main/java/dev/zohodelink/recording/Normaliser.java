package dev.zohodelink.recording;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes what differs between runs and targets without meaning anything, keeping each value's JSON type: record ids
 * in text become the scenario's aliases, other ids are numbered in order of appearance, an id sent as a number is
 * masked as the number 0, times, dates and run markers are masked, the version leaves the path, and related records
 * (which Zoho does not promise to order) are sorted. Metadata reads (fields, current user) are left out: they are
 * cached per org and run, so whether a scenario makes them depends on which scenario ran first.
 */
public final class Normaliser {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern ID = Pattern.compile("[0-9]{5,19}");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}.*");
    /** A date field's value: fixtures choose one from today's date, so it changes from one day to the next. */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final Pattern RUN_MARKER = Pattern.compile("zdc-[A-Za-z0-9]+ ");
    private static final Pattern VERSION_IN_PATH = Pattern.compile("^/crm/[^/]+/");
    private static final Pattern METADATA_PATH = Pattern.compile("^/crm/[^/]+/(settings/.*|users)$");

    /** An id sent as a JSON number: masked, but still a number, so that schema and drift checks see the type Zoho chose. */
    static final LongNode MASKED_NUMBER = LongNode.valueOf(0);

    private final Map<String, String> aliases;
    private final Map<String, String> numbered = new HashMap<>();

    /** @param aliases record id to label, e.g. {@code 5725767000000400002 -> contact A} */
    public Normaliser(Map<String, String> aliases) {
        this.aliases = Map.copyOf(aliases);
    }

    public List<Exchange> normalise(List<ExchangeRecorder.RawExchange> raw) {
        List<Exchange> exchanges = new ArrayList<>();
        for (ExchangeRecorder.RawExchange exchange : raw) {
            if (METADATA_PATH.matcher(exchange.rawPath()).matches()) {
                continue;
            }
            String path = path(exchange.rawPath());
            String role = isDelink(exchange.method(), path) ? Exchange.DELINK : Exchange.FIXTURE;
            JsonNode response = json(exchange.responseBody());
            if (exchange.method().equals("GET") && response != null && response.has("data")) {
                sortById((ArrayNode) response.get("data"));
            }
            exchanges.add(new Exchange(
                    role,
                    exchange.method(),
                    path,
                    query(exchange.rawQuery()),
                    json(exchange.requestBody()),
                    exchange.status(),
                    response));
        }
        return exchanges;
    }

    private static boolean isDelink(String method, String path) {
        int segments = path.split("/").length - 1;
        return method.equals("DELETE") && segments >= 5 && path.startsWith("/crm/");
    }

    private String path(String rawPath) {
        String path = VERSION_IN_PATH.matcher(rawPath).replaceFirst("/crm/{version}/");
        return java.util.Arrays.stream(path.split("/", -1))
                .map(segment -> value(decode(segment)))
                .collect(Collectors.joining("/"));
    }

    private String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            parts.add(name + "="
                    + java.util.Arrays.stream(value.split(",", -1))
                            .map(v -> value(v.strip()))
                            .collect(Collectors.joining(",")));
        }
        return String.join("&", parts);
    }

    private JsonNode json(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return masked(MAPPER.readTree(text));
        } catch (IOException notJson) {
            return TextNode.valueOf("<not JSON: " + text.length() + " characters>");
        }
    }

    private JsonNode masked(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                field.setValue(masked(field.getValue()));
            }
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, masked(array.get(i)));
            }
            return array;
        }
        if (node.isTextual()) {
            return TextNode.valueOf(value(node.asText()));
        }
        if (node.isIntegralNumber() && ID.matcher(node.asText()).matches()) {
            return MASKED_NUMBER;
        }
        return node;
    }

    private String value(String text) {
        if (ID.matcher(text).matches()) {
            String alias = aliases.get(text);
            return alias != null
                    ? "<" + alias + ">"
                    : numbered.computeIfAbsent(text, k -> "<id " + (numbered.size() + 1) + ">");
        }
        if (TIME.matcher(text).matches()) {
            return "<time>";
        }
        if (DATE.matcher(text).matches()) {
            return "<date>";
        }
        return RUN_MARKER.matcher(text).replaceFirst("zdc-<run> ");
    }

    private static void sortById(ArrayNode data) {
        List<JsonNode> items = new ArrayList<>();
        data.forEach(items::add);
        items.sort(Comparator.comparing(item -> item.path("id").asText()));
        data.removeAll();
        items.forEach(data::add);
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }
}
