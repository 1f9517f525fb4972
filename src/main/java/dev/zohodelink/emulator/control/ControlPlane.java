package dev.zohodelink.emulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.core.EmulatorRequest;
import dev.zohodelink.emulator.core.EmulatorResponse;
import dev.zohodelink.emulator.core.User;
import dev.zohodelink.emulator.core.codecs.Json;
import dev.zohodelink.emulator.core.faults.Fault;
import dev.zohodelink.emulator.seed.SeedFile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The emulator's own API under {@value #PREFIX}, kept apart from the Zoho-shaped routes: health, reset, users,
 * access tokens, OAuth clients and refresh tokens, and faults. It reads JSON into the typed operations of an
 * {@link EmulatorControl} and writes their answers back ({@link HttpEmulatorControl} is its client). It is not
 * Zoho's API. On loopback it needs no authentication; an emulator started with a {@link ControlKey} refuses every
 * request without it with a 401.
 *
 * <ul>
 *   <li>{@code GET /__emulator/health}: {@code {"status":"up"}}</li>
 *   <li>{@code GET /__emulator/state}: counts of records, relations, users, tokens, OAuth clients, refresh tokens; the profile</li>
 *   <li>{@code POST /__emulator/reset}: forget records, relations and faults</li>
 *   <li>{@code POST /__emulator/users} {@code {"name","may_delete_related_records","without_access_to":[...]}}: 201 with the user;
 *       {@code GET /__emulator/users}: every user, the administrator first</li>
 *   <li>{@code POST /__emulator/tokens} {@code {"user_id","scopes":[...],"expires_in"}}: 201 with the access token;
 *       {@code POST /__emulator/tokens/revoke} and {@code /tokens/expire} {@code {"access_token"}}: 200 {@code {"revoked"|"expired": true|false}}</li>
 *   <li>{@code POST /__emulator/oauth-clients} {@code {"client_id","client_secret"}}: registers a client of
 *       {@code POST /oauth/v2/token} (or replaces its secret); 201 {@code {"client_id"}}, the secret is not echoed</li>
 *   <li>{@code POST /__emulator/refresh-tokens} {@code {"client_id","refresh_token","user_id","scopes":[...]}}: registers a
 *       refresh token of a registered client for a user (default: the administrator) with scopes (default:
 *       {@code ZohoCRM.modules.ALL}); 201 {@code {"client_id","user_id","scopes"}}, the token is not echoed;
 *       {@code POST /__emulator/refresh-tokens/revoke} {@code {"refresh_token"}}: 200 {@code {"revoked": true|false}}</li>
 *   <li>{@code POST /__emulator/faults} (body: see {@link FaultRequests}), {@code GET /__emulator/faults} (those with
 *       calls left, {@code times} being the calls left) and {@code DELETE /__emulator/faults}</li>
 *   <li>{@code GET /__emulator/relations}: every relation once, {@code [{"module","id"},{"module","id"}]}, lower id first</li>
 *   <li>{@code POST /__emulator/seed} (body: see {@link dev.zohodelink.emulator.seed.SeedFile}): 201 with the ids of the keyed records and users</li>
 * </ul>
 * A request it cannot serve is answered 400 {@code {"code":"INVALID_REQUEST",...}}; no answer repeats a secret.
 */
public final class ControlPlane implements Function<EmulatorRequest, EmulatorResponse> {

    public static final String PREFIX = "/__emulator";
    public static final String HEALTH = PREFIX + "/health";
    public static final String RESET = PREFIX + "/reset";
    public static final String USERS = PREFIX + "/users";
    public static final String TOKENS = PREFIX + "/tokens";
    public static final String FAULTS = PREFIX + "/faults";
    public static final String OAUTH_CLIENTS = PREFIX + "/oauth-clients";
    public static final String REFRESH_TOKENS = PREFIX + "/refresh-tokens";
    public static final String STATE = PREFIX + "/state";
    public static final String SEED = PREFIX + "/seed";
    public static final String RELATIONS = PREFIX + "/relations";
    public static final String REVOKE_TOKEN = TOKENS + "/revoke";
    public static final String EXPIRE_TOKEN = TOKENS + "/expire";
    public static final String REVOKE_REFRESH_TOKEN = REFRESH_TOKENS + "/revoke";

    private final EmulatorControl control;
    private final Optional<ControlKey> key;

    public ControlPlane(Emulator emulator) {
        this(EmulatorControl.inProcess(emulator), Optional.empty());
    }

    /** @param key when present, every request must carry it in {@value ControlKey#HEADER} */
    public ControlPlane(EmulatorControl control, Optional<ControlKey> key) {
        this.control = control;
        this.key = key;
    }

    /** Whether every request must carry a key: what makes a bind beyond loopback safe. */
    public boolean requiresKey() {
        return key.isPresent();
    }

    @Override
    public EmulatorResponse apply(EmulatorRequest request) {
        if (key.isPresent()
                && !key.get().matches(request.header(ControlKey.HEADER).orElse(null))) {
            return refused();
        }
        try {
            String route = request.method() + " " + request.rawPath();
            return switch (route) {
                case "GET " + HEALTH -> EmulatorResponse.json(200, Map.of("status", "up"));
                case "GET " + STATE -> EmulatorResponse.json(200, control.state());
                case "POST " + RESET -> reset();
                case "POST " + USERS ->
                    addUser(body(request, "name", "may_delete_related_records", "without_access_to"));
                case "GET " + USERS ->
                    EmulatorResponse.json(
                            200,
                            Map.of(
                                    "users",
                                    control.users().stream()
                                            .map(ControlPlane::describe)
                                            .toList()));
                case "POST " + TOKENS -> issueToken(body(request, "user_id", "scopes", "expires_in"));
                case "POST " + REVOKE_TOKEN ->
                    EmulatorResponse.json(
                            200,
                            Map.of(
                                    "revoked",
                                    control.revokeAccessToken(
                                            requiredText(body(request, "access_token"), "access_token"))));
                case "POST " + EXPIRE_TOKEN ->
                    EmulatorResponse.json(
                            200,
                            Map.of(
                                    "expired",
                                    control.expireAccessToken(
                                            requiredText(body(request, "access_token"), "access_token"))));
                case "POST " + REVOKE_REFRESH_TOKEN ->
                    EmulatorResponse.json(
                            200,
                            Map.of(
                                    "revoked",
                                    control.revokeRefreshToken(
                                            requiredText(body(request, "refresh_token"), "refresh_token"))));
                case "POST " + OAUTH_CLIENTS -> registerClient(body(request, "client_id", "client_secret"));
                case "POST " + REFRESH_TOKENS ->
                    registerRefreshToken(body(request, "client_id", "refresh_token", "user_id", "scopes"));
                case "POST " + FAULTS -> injectFault(body(request));
                case "GET " + FAULTS -> pendingFaults();
                case "DELETE " + FAULTS -> clearFaults();
                case "GET " + RELATIONS -> relations();
                case "POST " + SEED -> seed(request);
                default -> invalid("no control-plane route " + route);
            };
        } catch (IllegalArgumentException badInput) {
            return invalid(badInput.getMessage());
        } catch (java.time.DateTimeException | ArithmeticException outOfRange) {
            // e.g. an expires_in so large or small that the expiry instant overflows
            return invalid("value out of range: " + outOfRange.getMessage());
        }
    }

    private EmulatorResponse reset() {
        control.reset();
        return EmulatorResponse.json(200, Map.of("status", "reset"));
    }

    private EmulatorResponse seed(EmulatorRequest request) {
        SeedFile.Result result = control.seed(request.body());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("records", result.recordIds());
        answer.put("users", result.userIds());
        answer.put("summary", result.summary());
        answer.put(
                "counts",
                Json.object(
                        "users",
                        result.users(),
                        "oauth_clients",
                        result.oauthClients(),
                        "refresh_tokens",
                        result.refreshTokens(),
                        "access_tokens",
                        result.accessTokens(),
                        "records",
                        result.records(),
                        "relations",
                        result.relations()));
        return EmulatorResponse.json(201, answer);
    }

    private EmulatorResponse pendingFaults() {
        return EmulatorResponse.json(
                200,
                Map.of(
                        "faults",
                        control.pendingFaults().stream()
                                .map(FaultRequests::describe)
                                .toList()));
    }

    private EmulatorResponse relations() {
        List<List<Map<String, Object>>> pairs = control.relations().stream()
                .map(pair -> List.of(
                        Json.object("module", pair.firstModule().urlName(), "id", pair.firstId()),
                        Json.object("module", pair.secondModule().urlName(), "id", pair.secondId())))
                .toList();
        return EmulatorResponse.json(200, Map.of("relations", pairs));
    }

    private EmulatorResponse clearFaults() {
        control.clearFaults();
        return EmulatorResponse.json(200, Map.of("status", "cleared"));
    }

    /** {@code {"name": "...", "may_delete_related_records": false, "without_access_to": ["Contacts"]}} */
    private EmulatorResponse addUser(JsonNode body) {
        String name = text(body, "name", "Emulated User");
        boolean mayDelete = !body.has("may_delete_related_records")
                || body.get("may_delete_related_records").asBoolean(true);
        Set<Module> withoutAccess = new LinkedHashSet<>();
        for (JsonNode module : array(body, "without_access_to")) {
            withoutAccess.add(Module.fromUrlName(dev.zohodelink.contract.ApiVersion.V7, module.asText())
                    .orElseThrow(() -> new IllegalArgumentException("unknown module '" + module.asText() + "'")));
        }
        User user = control.addUser(new NewUser(name, mayDelete, withoutAccess));
        return EmulatorResponse.json(201, describe(user));
    }

    static Map<String, Object> describe(User user) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", user.id());
        answer.put("name", user.name());
        answer.put("may_delete_related_records", user.mayDeleteRelatedRecords());
        answer.put(
                "without_access_to",
                user.withoutAccessTo().stream().map(Module::urlName).sorted().toList());
        return answer;
    }

    /** {@code {"user_id": "..." (default: the administrator), "scopes": ["ZohoCRM.modules.ALL"], "expires_in": 3600}} */
    private EmulatorResponse issueToken(JsonNode body) {
        User user = userOf(body);
        List<String> scopes = new ArrayList<>();
        array(body, "scopes").forEach(scope -> scopes.add(scope.asText()));
        if (scopes.isEmpty() && !body.has("scopes")) {
            scopes.add(Scopes.ALL_MODULES);
        }
        long expiresIn = body.has("expires_in") ? body.get("expires_in").asLong(3600) : 3600;
        String token = control.issueAccessToken(user, scopes, Duration.ofSeconds(expiresIn));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", token);
        answer.put("expires_in", expiresIn);
        answer.put("user_id", user.id());
        answer.put("scopes", scopes);
        return EmulatorResponse.json(201, answer);
    }

    /** {@code {"client_id": "...", "client_secret": "..."}} */
    private EmulatorResponse registerClient(JsonNode body) {
        String clientId = requiredText(body, "client_id");
        control.registerClient(clientId, requiredText(body, "client_secret"));
        return EmulatorResponse.json(201, Map.of("client_id", clientId));
    }

    /** {@code {"client_id": "...", "refresh_token": "...", "user_id": "..." (default: the administrator), "scopes": ["ZohoCRM.modules.ALL"]}} */
    private EmulatorResponse registerRefreshToken(JsonNode body) {
        String clientId = requiredText(body, "client_id");
        String refreshToken = requiredText(body, "refresh_token");
        User user = userOf(body);
        List<String> scopes = scopesOf(body);
        control.registerRefreshToken(clientId, refreshToken, user, scopes);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("client_id", clientId);
        answer.put("user_id", user.id());
        answer.put("scopes", scopes);
        return EmulatorResponse.json(201, answer);
    }

    /** The user of "user_id", known by id only (the control checks it is of this org); the administrator when absent. */
    private User userOf(JsonNode body) {
        return body.hasNonNull("user_id")
                ? new User(body.get("user_id").asText(), "", true, Set.of())
                : control.administrator();
    }

    /** The "scopes" array; {@code ZohoCRM.modules.ALL} when the field is absent. */
    private static List<String> scopesOf(JsonNode body) {
        List<String> scopes = new ArrayList<>();
        array(body, "scopes").forEach(scope -> {
            if (!scope.isTextual() || scope.asText().isBlank()) {
                throw new IllegalArgumentException("scopes must be non-blank strings");
            }
            scopes.add(scope.asText());
        });
        if (scopes.isEmpty() && !body.has("scopes")) {
            scopes.add(Scopes.ALL_MODULES);
        }
        return scopes;
    }

    /** See {@link FaultRequests} for the body. */
    private EmulatorResponse injectFault(JsonNode body) {
        Fault fault = FaultRequests.parse(body);
        control.injectFault(fault);
        return EmulatorResponse.json(201, FaultRequests.describe(fault));
    }

    /**
     * A body of these fields only: a typo must not pass silently, as {@code "user"} for {@code "user_id"} would
     * issue the administrator's token.
     */
    private static JsonNode body(EmulatorRequest request, String... fields) {
        JsonNode body = body(request);
        List<String> known = List.of(fields);
        body.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                throw new IllegalArgumentException("unknown field '" + field + "'; expected any of "
                        + known.stream().sorted().toList());
            }
        });
        return body;
    }

    private static JsonNode body(EmulatorRequest request) {
        if (request.body().length == 0) {
            return Json.read("{}".getBytes()).orElseThrow();
        }
        JsonNode body =
                Json.read(request.body()).orElseThrow(() -> new IllegalArgumentException("the body is not JSON"));
        if (!body.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object");
        }
        return body;
    }

    private static String text(JsonNode body, String field, String fallback) {
        return body.hasNonNull(field) ? body.get(field).asText() : fallback;
    }

    /** A non-blank string field; the message names the field, never its value. */
    private static String requiredText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(field + " is required and must be a non-blank string");
        }
        return value.asText();
    }

    private static Iterable<JsonNode> array(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(field + " must be an array");
        }
        return value;
    }

    /** Names the header, never the key or what was presented. */
    private static EmulatorResponse refused() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "INVALID_CONTROL_KEY");
        body.put("details", Map.of("header", ControlKey.HEADER));
        body.put(
                "message",
                "this emulator's control plane needs the " + ControlKey.HEADER
                        + " header with the key it was started with");
        body.put("status", ZohoError.STATUS);
        return EmulatorResponse.json(401, body);
    }

    private static EmulatorResponse invalid(String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "INVALID_REQUEST");
        body.put("details", Map.of());
        body.put("message", reason == null ? "invalid control-plane request" : reason);
        body.put("status", ZohoError.STATUS);
        return EmulatorResponse.json(400, body);
    }
}
