package dev.zohodelink.emulator.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.Module;
import dev.zohodelink.emulator.core.EmulatorState;
import dev.zohodelink.emulator.core.LinkedPair;
import dev.zohodelink.emulator.core.User;
import dev.zohodelink.emulator.core.faults.Fault;
import dev.zohodelink.emulator.seed.SeedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The control operations on a standalone emulator, through its control plane ({@link ControlPlane}'s routes). A
 * 400 is an {@link IllegalArgumentException} with the control plane's message, as in process; any other refusal,
 * a wrong control key included, is an {@link IllegalStateException}. Tokens and keys are never in a message.
 */
final class HttpEmulatorControl implements EmulatorControl {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final Optional<String> key;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    HttpEmulatorControl(URI base, Optional<String> key) {
        this.base = base;
        this.key = key;
        key.ifPresent(ControlKey::of);
    }

    @Override
    public EmulatorState state() {
        JsonNode state = send("GET", ControlPlane.STATE, null);
        try {
            return MAPPER.treeToValue(state, EmulatorState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "the control plane answered " + ControlPlane.STATE + " with a state it cannot read: "
                            + e.getOriginalMessage(),
                    e);
        }
    }

    @Override
    public List<LinkedPair> relations() {
        List<LinkedPair> pairs = new ArrayList<>();
        for (JsonNode pair : send("GET", ControlPlane.RELATIONS, null).path("relations")) {
            pairs.add(new LinkedPair(
                    module(pair.get(0).path("module").asText()),
                    pair.get(0).path("id").asText(),
                    module(pair.get(1).path("module").asText()),
                    pair.get(1).path("id").asText()));
        }
        return pairs;
    }

    @Override
    public void reset() {
        send("POST", ControlPlane.RESET, Map.of());
    }

    @Override
    public SeedFile.Result seed(byte[] seedJson) {
        JsonNode answer = send("POST", ControlPlane.SEED, seedJson);
        JsonNode counts = answer.path("counts");
        return new SeedFile.Result(
                strings(answer.path("records")),
                strings(answer.path("users")),
                counts.path("users").asInt(),
                counts.path("oauth_clients").asInt(),
                counts.path("refresh_tokens").asInt(),
                counts.path("access_tokens").asInt(),
                counts.path("records").asInt(),
                counts.path("relations").asInt());
    }

    @Override
    public User administrator() {
        return users().get(0);
    }

    @Override
    public List<User> users() {
        List<User> users = new ArrayList<>();
        send("GET", ControlPlane.USERS, null).path("users").forEach(user -> users.add(user(user)));
        return users;
    }

    @Override
    public User addUser(NewUser user) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("name", user.name());
        request.put("may_delete_related_records", user.mayDeleteRelatedRecords());
        request.put(
                "without_access_to",
                user.withoutAccessTo().stream().map(Module::urlName).sorted().toList());
        return user(send("POST", ControlPlane.USERS, request));
    }

    @Override
    public String issueAccessToken(User user, Collection<String> scopes, Duration lifetime) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("user_id", user.id());
        request.put("scopes", List.copyOf(scopes));
        request.put("expires_in", lifetime.toSeconds());
        return send("POST", ControlPlane.TOKENS, request).path("access_token").asText();
    }

    @Override
    public boolean revokeAccessToken(String accessToken) {
        return send("POST", ControlPlane.REVOKE_TOKEN, Map.of("access_token", accessToken))
                .path("revoked")
                .asBoolean();
    }

    @Override
    public boolean expireAccessToken(String accessToken) {
        return send("POST", ControlPlane.EXPIRE_TOKEN, Map.of("access_token", accessToken))
                .path("expired")
                .asBoolean();
    }

    @Override
    public void registerClient(String clientId, String clientSecret) {
        send("POST", ControlPlane.OAUTH_CLIENTS, textFields("client_id", clientId, "client_secret", clientSecret));
    }

    @Override
    public void registerRefreshToken(String clientId, String refreshToken, User user, Collection<String> scopes) {
        Map<String, Object> request = textFields("client_id", clientId, "refresh_token", refreshToken);
        request.put("user_id", user.id());
        if (scopes == null) {
            throw new IllegalArgumentException("scopes must be non-blank strings");
        }
        request.put("scopes", new ArrayList<>(scopes));
        send("POST", ControlPlane.REFRESH_TOKENS, request);
    }

    @Override
    public boolean revokeRefreshToken(String refreshToken) {
        return send("POST", ControlPlane.REVOKE_REFRESH_TOKEN, textFields("refresh_token", refreshToken))
                .path("revoked")
                .asBoolean();
    }

    @Override
    public void injectFault(Fault fault) {
        send("POST", ControlPlane.FAULTS, FaultRequests.toRequest(fault));
    }

    @Override
    public List<Fault> pendingFaults() {
        List<Fault> faults = new ArrayList<>();
        send("GET", ControlPlane.FAULTS, null)
                .path("faults")
                .forEach(fault -> faults.add(FaultRequests.fromDescription(fault)));
        return faults;
    }

    @Override
    public void clearFaults() {
        send("DELETE", ControlPlane.FAULTS, null);
    }

    @Override
    public String toString() {
        return "HttpEmulatorControl[" + base + (key.isPresent() ? ", with a control key" : "") + "]";
    }

    /** @param body a map to write as JSON, bytes to send as they are, or null for none */
    private JsonNode send(String method, String route, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(route))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
        key.ifPresent(value -> request.header(ControlKey.HEADER, value));
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "the emulator's control plane at " + base + " did not answer " + method + " " + route, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + method + " " + route, e);
        }
        JsonNode answer = json(response.body(), route);
        if (response.statusCode() == 400) {
            throw new IllegalArgumentException(answer.path("message").asText());
        }
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("the control plane refused " + method + " " + route + ": HTTP "
                    + response.statusCode() + " " + answer.path("code").asText() + " "
                    + answer.path("message").asText());
        }
        return answer;
    }

    private static byte[] bytes(Object body) {
        if (body instanceof byte[] raw) {
            return raw;
        }
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the request as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode json(byte[] body, String route) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "the control plane answered " + route + " with something that is not JSON", e);
        }
    }

    /** Null values are kept, so the control plane names the missing field as it does in process. */
    private static Map<String, Object> textFields(String... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private static User user(JsonNode user) {
        Set<Module> withoutAccess = new LinkedHashSet<>();
        user.path("without_access_to").forEach(module -> withoutAccess.add(module(module.asText())));
        return new User(
                user.path("id").asText(),
                user.path("name").asText(),
                user.path("may_delete_related_records").asBoolean(true),
                withoutAccess);
    }

    private static Module module(String urlName) {
        return Module.fromUrlName(ApiVersion.V7, urlName)
                .orElseThrow(() -> new IllegalStateException("the emulator named an unknown module " + urlName));
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> values = new LinkedHashMap<>();
        object.fields()
                .forEachRemaining(
                        field -> values.put(field.getKey(), field.getValue().asText()));
        return values;
    }
}
