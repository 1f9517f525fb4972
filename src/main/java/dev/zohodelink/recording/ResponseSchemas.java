package dev.zohodelink.recording;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.zohodelink.contract.ApiVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The per-version JSON schemas of the responses a run records ({@code schemas/<version>/} on the classpath), and the
 * check of an {@link Exchange} against the one its shape calls for. v2.1 and v7 are authored from Zoho's pages, v8 is
 * seeded from the official OAS; each file's {@code $comment} says which and where the sources disagree.
 *
 * <p>The schema is picked from the exchange alone:
 * <ul>
 *   <li>HTTP 204, or no JSON body: nothing to check;</li>
 *   <li>a body with a top-level {@code code} (or {@code "status":"error"}): the call-level error envelope;</li>
 *   <li>the call under test ({@link Exchange#DELINK}): the delink answer;</li>
 *   <li>otherwise by method and the segments after {@code /crm/{version}/}: {@code POST /{module}} insert,
 *       {@code PUT /{module}/{id}/{list}[/{id}]} link, {@code DELETE /{module}/{id}/{list}[/{id}]} delink,
 *       {@code DELETE /{module}[/{id}]} delete records, {@code GET /{module}}, {@code GET /{module}/search} and
 *       {@code GET /{module}/{id}/{list}} a page of records, {@code GET /{module}/{id}} and {@code GET .../{list}/{id}} one record.</li>
 * </ul>
 * Anything else (the token endpoint, {@code /settings/...}, odd paths) is an unknown shape: {@link #check} finds
 * nothing in it and {@link #knows} says false, so a report can count what went unchecked. {@link #check} never throws.
 */
public final class ResponseSchemas {

    /** The shapes a schema exists for; the name is the file's under {@code schemas/<version>/}. */
    enum Shape {
        ERROR_ENVELOPE("error-envelope"),
        DELINK("delink"),
        LINK("link"),
        INSERT("insert"),
        DELETE_RECORDS("delete-records"),
        RECORDS_PAGE("records-page"),
        RECORD_SINGLE("record-single");

        final String file;

        Shape(String file) {
            this.file = file;
        }
    }

    /** What {@link #check} does with an exchange: validate against a shape, nothing (204), or give up (unknown). */
    private record Decision(Shape shape, boolean known) {
        static final Decision UNKNOWN = new Decision(null, false);
        static final Decision NOTHING_TO_CHECK = new Decision(null, true);

        static Decision of(Shape shape) {
            return new Decision(shape, true);
        }
    }

    /** Zoho ids are digits; a normalised recording has {@code <contact A>} or {@code <id 3>} instead. */
    private static final Pattern RECORD_ID = Pattern.compile("[0-9]+|<[^<>/]+>");

    private static final String SEARCH = "search";
    /** First segments after the version that name no module: metadata and other APIs the suite has no schema for. */
    private static final Set<String> NOT_MODULES = Set.of(
            "settings",
            "users",
            "org",
            "coql",
            "composite",
            "functions",
            "actions",
            "files",
            "bulk",
            "notifications",
            "__notification",
            "features");

    private static final Map<ApiVersion, ResponseSchemas> LOADED = new ConcurrentHashMap<>();

    private final ApiVersion version;
    private final Map<Shape, JsonSchema> schemas;

    private ResponseSchemas(ApiVersion version, Map<Shape, JsonSchema> schemas) {
        this.version = version;
        this.schemas = schemas;
    }

    /**
     * The schemas of one version, loaded once per JVM.
     *
     * @throws IllegalStateException when a schema file is missing or is no valid schema (a bug of the suite)
     */
    public static ResponseSchemas forVersion(ApiVersion version) {
        return LOADED.computeIfAbsent(version, ResponseSchemas::load);
    }

    private static ResponseSchemas load(ApiVersion version) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        Map<Shape, JsonSchema> schemas = new EnumMap<>(Shape.class);
        for (Shape shape : Shape.values()) {
            String location = "classpath:" + resource(version, shape);
            try {
                JsonSchema schema = factory.getSchema(SchemaLocation.of(location), config);
                schema.initializeValidators();
                schemas.put(shape, schema);
            } catch (RuntimeException broken) {
                throw new IllegalStateException(
                        "cannot load the response schema " + location + ": " + broken.getMessage(), broken);
            }
        }
        return new ResponseSchemas(version, schemas);
    }

    static String resource(ApiVersion version, Shape shape) {
        return "schemas/" + version.pathSegment() + "/" + shape.file + ".schema.json";
    }

    public ApiVersion version() {
        return version;
    }

    /** Whether the exchange has a shape this class knows: a schema to check it against, or nothing to check (204). */
    public boolean knows(Exchange exchange) {
        return decide(exchange).known();
    }

    /** The schema file the exchange is checked against, e.g. {@code delink}; empty for 204 and for unknown shapes. */
    public Optional<String> schemaFor(Exchange exchange) {
        return Optional.ofNullable(decide(exchange).shape()).map(shape -> shape.file);
    }

    /** The ways the exchange's response departs from its schema; empty when it conforms, has no body, or is of an unknown shape. */
    public List<SchemaViolation> check(Exchange exchange) {
        Decision decision = decide(exchange);
        if (decision.shape() == null) {
            return List.of();
        }
        try {
            List<SchemaViolation> violations = new ArrayList<>();
            String source = "[" + version.pathSegment() + "/" + decision.shape().file + "] ";
            for (ValidationMessage message : schemas.get(decision.shape()).validate(exchange.responseBody())) {
                violations.add(new SchemaViolation(
                        exchange.label(), pointer(message), source + message.getMessage(), isUndeclared(message)));
            }
            return List.copyOf(violations);
        } catch (RuntimeException unexpected) {
            return List.of();
        }
    }

    private static Decision decide(Exchange exchange) {
        try {
            return decideOrThrow(exchange);
        } catch (RuntimeException odd) {
            return Decision.UNKNOWN;
        }
    }

    private static Decision decideOrThrow(Exchange exchange) {
        if (exchange == null || exchange.path() == null || exchange.method() == null) {
            return Decision.UNKNOWN;
        }
        List<String> segments = segments(exchange.path());
        if (segments.isEmpty() || !segments.get(0).equals("crm")) {
            return Decision.UNKNOWN;
        }
        JsonNode body = exchange.responseBody();
        if (exchange.status() == 204 || body == null || body.isNull() || body.isMissingNode()) {
            return Decision.NOTHING_TO_CHECK;
        }
        if (isErrorEnvelope(body)) {
            return Decision.of(Shape.ERROR_ENVELOPE);
        }
        if (Exchange.DELINK.equals(exchange.role())) {
            return Decision.of(Shape.DELINK);
        }
        List<String> tail = segments.size() < 2 ? List.of() : segments.subList(2, segments.size());
        return shapeOf(exchange.method().toUpperCase(Locale.ROOT), tail)
                .map(Decision::of)
                .orElse(Decision.UNKNOWN);
    }

    /** {@code "status":"error"} catches an envelope that lost its {@code code}: the loss is then reported, not missed. */
    private static boolean isErrorEnvelope(JsonNode body) {
        return body.isObject()
                && (body.has("code") || "error".equals(body.path("status").asText(null)));
    }

    /** @param tail the segments after {@code /crm/{version}/}: module, record id, related list, related id */
    private static Optional<Shape> shapeOf(String method, List<String> tail) {
        if (tail.isEmpty()
                || tail.get(0).isEmpty()
                || NOT_MODULES.contains(tail.get(0).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int n = tail.size();
        boolean parentIsRecord = n >= 2 && isRecordId(tail.get(1));
        boolean relatedForm = (n == 3 || (n == 4 && isRecordId(tail.get(3))))
                && parentIsRecord
                && !tail.get(2).isEmpty();
        return switch (method) {
            case "POST" -> n == 1 ? Optional.of(Shape.INSERT) : Optional.empty();
            case "PUT" -> relatedForm ? Optional.of(Shape.LINK) : Optional.empty();
            case "DELETE" ->
                relatedForm
                        ? Optional.of(Shape.DELINK)
                        : n == 1 || (n == 2 && parentIsRecord) ? Optional.of(Shape.DELETE_RECORDS) : Optional.empty();
            case "GET" -> {
                if (n == 1 || (n == 2 && tail.get(1).equals(SEARCH)) || (n == 3 && relatedForm)) {
                    yield Optional.of(Shape.RECORDS_PAGE);
                }
                yield (n == 2 && parentIsRecord) || (n == 4 && relatedForm)
                        ? Optional.of(Shape.RECORD_SINGLE)
                        : Optional.empty();
            }
            default -> Optional.empty();
        };
    }

    private static boolean isRecordId(String segment) {
        return RECORD_ID.matcher(segment).matches();
    }

    private static List<String> segments(String path) {
        int query = path.indexOf('?');
        String bare = query < 0 ? path : path.substring(0, query);
        List<String> segments = new ArrayList<>(Arrays.asList(bare.split("/", -1)));
        if (!segments.isEmpty() && segments.get(0).isEmpty()) {
            segments.remove(0);
        }
        if (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
            segments.remove(segments.size() - 1);
        }
        return segments;
    }

    private static boolean isUndeclared(ValidationMessage message) {
        return "additionalProperties".equals(message.getType()) || "unevaluatedProperties".equals(message.getType());
    }

    /** The instance location as a JSON Pointer; a missing or undeclared key is pointed at itself. */
    private static String pointer(ValidationMessage message) {
        String location = message.getInstanceLocation() == null
                ? ""
                : message.getInstanceLocation().toString();
        String type = message.getType();
        String property = message.getProperty();
        boolean namesAKey =
                "required".equals(type) || "additionalProperties".equals(type) || "unevaluatedProperties".equals(type);
        if (namesAKey && property != null) {
            return location + "/" + property.replace("~", "~0").replace("/", "~1");
        }
        return location;
    }
}
