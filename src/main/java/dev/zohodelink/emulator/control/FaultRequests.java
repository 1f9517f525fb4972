package dev.zohodelink.emulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.faults.Fault;
import dev.zohodelink.emulator.core.faults.FaultSchedule;
import dev.zohodelink.emulator.core.faults.RouteKind;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the body of {@code POST /__emulator/faults} into a {@link Fault} and describes it back. Every problem is an
 * {@link IllegalArgumentException} naming the field, which the control plane answers with a 400.
 *
 * <pre>
 * {"route":"delink","kind":"error","error":"INTERNAL_ERROR","status":503,"times":1}
 * {"route":"any","kind":"latency","delay_ms":200,"fraction":0.25,"seed":42}
 * {"route":"delink","kind":"too_many_requests","retry_after_seconds":2,"times":3}
 * {"route":"link","kind":"drop_connection"}
 * </pre>
 * Without {@code kind} the fault is an error, so {@code {"route":"delink","error":"INTERNAL_ERROR","times":1}} keeps
 * working. Without {@code times}: one call, or every drawn call until cleared when {@code fraction} is given.
 */
final class FaultRequests {

    static final String ERROR = "error";
    static final String LATENCY = "latency";
    static final String TOO_MANY_REQUESTS = "too_many_requests";
    static final String DROP_CONNECTION = "drop_connection";

    private static final Set<String> COMMON_FIELDS = Set.of("route", "kind", "times", "fraction", "seed");
    private static final Map<String, Set<String>> FIELDS_OF_KIND = Map.of(
            ERROR, Set.of("error", "status"),
            LATENCY, Set.of("delay_ms"),
            TOO_MANY_REQUESTS, Set.of("retry_after_seconds"),
            DROP_CONNECTION, Set.of());

    private FaultRequests() {}

    static Fault parse(JsonNode body) {
        String kind = text(body, "kind", ERROR);
        Set<String> own = FIELDS_OF_KIND.get(kind);
        if (own == null) {
            throw new IllegalArgumentException("kind must be one of "
                    + List.of(ERROR, LATENCY, TOO_MANY_REQUESTS, DROP_CONNECTION) + ", not '" + kind + "'");
        }
        body.fieldNames().forEachRemaining(field -> {
            if (!COMMON_FIELDS.contains(field) && !own.contains(field)) {
                throw new IllegalArgumentException("field '" + field + "' does not apply to kind " + kind);
            }
        });
        return new Fault(route(body), effect(kind, body), schedule(body));
    }

    static Map<String, Object> describe(Fault fault) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("route", fault.route().label());
        if (fault.effect() instanceof Fault.CatalogueError error) {
            answer.put("kind", ERROR);
            answer.put("error", error.error().name());
            answer.put("status", error.status());
        } else if (fault.effect() instanceof Fault.Latency latency) {
            answer.put("kind", LATENCY);
            answer.put("delay_ms", latency.delay().toMillis());
        } else if (fault.effect() instanceof Fault.TooManyRequests tooMany) {
            answer.put("kind", TOO_MANY_REQUESTS);
            tooMany.retryAfterSeconds().ifPresent(seconds -> answer.put("retry_after_seconds", seconds));
        } else {
            answer.put("kind", DROP_CONNECTION);
        }
        FaultSchedule schedule = fault.schedule();
        answer.put("times", schedule.isLimited() ? schedule.times() : "until cleared");
        if (schedule.isFractional()) {
            answer.put("fraction", schedule.fraction());
            answer.put("seed", schedule.seed());
        }
        return answer;
    }

    /**
     * The body of {@code POST /__emulator/faults} that {@link #parse} reads back into this fault: {@code times} when
     * limited, {@code fraction} and {@code seed} when fractional or unlimited.
     */
    static Map<String, Object> toRequest(Fault fault) {
        Map<String, Object> request = describe(fault);
        FaultSchedule schedule = fault.schedule();
        if (!schedule.isLimited()) {
            request.remove("times");
            request.put("fraction", schedule.fraction());
            request.put("seed", schedule.seed());
        }
        return request;
    }

    /** A fault as {@code GET /__emulator/faults} describes it, read back. */
    static Fault fromDescription(JsonNode description) {
        com.fasterxml.jackson.databind.node.ObjectNode request = description.deepCopy();
        if (request.path("times").isTextual()) {
            request.remove("times");
            request.put("fraction", request.path("fraction").asDouble(1.0));
            request.put("seed", request.path("seed").asLong(0L));
        }
        return parse(request);
    }

    private static RouteKind route(JsonNode body) {
        String label = text(body, "route", RouteKind.ANY.label());
        try {
            return RouteKind.fromLabel(label.replace('_', '-'));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("route must be one of "
                    + java.util.Arrays.stream(RouteKind.values())
                            .map(RouteKind::label)
                            .toList() + ", not '" + label + "'");
        }
    }

    private static Fault.Effect effect(String kind, JsonNode body) {
        return switch (kind) {
            case LATENCY -> new Fault.Latency(Duration.ofMillis(requiredInt(body, "delay_ms")));
            case TOO_MANY_REQUESTS ->
                new Fault.TooManyRequests(
                        body.has("retry_after_seconds")
                                ? OptionalInt.of(requiredInt(body, "retry_after_seconds"))
                                : OptionalInt.empty());
            case DROP_CONNECTION -> new Fault.DropConnection();
            default -> catalogueError(body);
        };
    }

    private static Fault.CatalogueError catalogueError(JsonNode body) {
        String name = text(body, "error", ZohoError.INTERNAL_ERROR.name());
        ZohoError error = java.util.Arrays.stream(ZohoError.values())
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "error must name an entry of the error catalogue, e.g. INTERNAL_ERROR, not '" + name + "'"));
        return new Fault.CatalogueError(error, body.has("status") ? requiredInt(body, "status") : error.httpStatus());
    }

    private static FaultSchedule schedule(JsonNode body) {
        boolean fractional = body.has("fraction");
        if (!fractional && body.has("seed")) {
            throw new IllegalArgumentException("seed applies only with fraction");
        }
        int times = body.has("times") ? requiredInt(body, "times") : (fractional ? FaultSchedule.UNLIMITED : 1);
        if (body.has("times") && times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        if (!fractional) {
            return FaultSchedule.next(times);
        }
        JsonNode fraction = body.get("fraction");
        if (!fraction.isNumber()) {
            throw new IllegalArgumentException("fraction must be a number");
        }
        JsonNode seed = body.get("seed");
        if (seed != null && !seed.isIntegralNumber()) {
            throw new IllegalArgumentException("seed must be an integer");
        }
        return new FaultSchedule(times, fraction.asDouble(), seed == null ? 0L : seed.asLong());
    }

    private static String text(JsonNode body, String field, String fallback) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return value.asText();
    }

    private static int requiredInt(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException(field + " must be an integer");
        }
        return value.asInt();
    }
}
