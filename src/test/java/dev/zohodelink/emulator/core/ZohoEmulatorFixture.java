package dev.zohodelink.emulator.core;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.fixtures.FieldSpec;
import dev.zohodelink.fixtures.RecordPlanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives an {@link Emulator} the way a Zoho client would, without a socket: records are created through
 * {@code POST /crm/{v}/{Module}}, linked through {@code PUT .../{RelatedList}} and observed through
 * {@code GET .../{RelatedList}?fields=id}.
 */
final class ZohoEmulatorFixture {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final List<String> ENVELOPE_KEYS = List.of("code", "details", "message", "status");

    final Emulator emulator;
    final String token;

    ZohoEmulatorFixture(Emulator emulator) {
        this.emulator = emulator;
        this.token = emulator.issueToken(emulator.administrator(), List.of(Scopes.ALL_MODULES), Duration.ofHours(1));
    }

    static ZohoEmulatorFixture bestEvidence() {
        return new ZohoEmulatorFixture(new Emulator(BehaviourProfile.bestEvidence()));
    }

    static ZohoEmulatorFixture withProfile(String spec) {
        return new ZohoEmulatorFixture(new Emulator(BehaviourProfile.parse(spec)));
    }

    static ZohoEmulatorFixture withClock(Clock clock) {
        return new ZohoEmulatorFixture(new Emulator(BehaviourProfile.bestEvidence(), clock));
    }

    // ---- requests ----------------------------------------------------------------------------------------

    EmulatorResponse send(String method, String pathAndQuery, Map<String, List<String>> headers, String body) {
        return emulator.apply(EmulatorRequest.of(method, pathAndQuery, headers, body));
    }

    EmulatorResponse sendAs(String accessToken, String method, String pathAndQuery, String body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (accessToken != null) {
            headers.put("Authorization", List.of("Zoho-oauthtoken " + accessToken));
        }
        if (body != null) {
            headers.put("Content-Type", List.of("application/json"));
        }
        return send(method, pathAndQuery, headers, body);
    }

    EmulatorResponse send(String method, String pathAndQuery) {
        return sendAs(token, method, pathAndQuery, null);
    }

    EmulatorResponse delete(String pathAndQuery) {
        return send("DELETE", pathAndQuery);
    }

    // ---- fixtures ----------------------------------------------------------------------------------------

    String create(Module module) {
        return create("v7", module);
    }

    /**
     * Inserts a record that carries every field the emulator's fields metadata marks mandatory, planned as the suite's
     * fixtures plan them; the records its lookups need are created first.
     */
    String create(String version, Module module) {
        EmulatorResponse response = sendAs(
                token,
                "POST",
                "/crm/" + version + "/" + module.urlName(),
                write(Map.of("data", List.of(validRecord(version, module)))));
        then(response.status()).as("insert %s: %s", module, response.bodyText()).isEqualTo(201);
        return json(response).at("/data/0/details/id").asText();
    }

    /** A record of the module that the emulator accepts, named "fixture {module}". */
    Map<String, Object> validRecord(String version, Module module) {
        EmulatorResponse metadata = send("GET", "/crm/" + version + "/settings/fields?module=" + module.urlName());
        then(metadata.status())
                .as("fields of %s: %s", module, metadata.bodyText())
                .isEqualTo(200);
        List<FieldSpec> fields = new ArrayList<>();
        json(metadata).get("fields").forEach(field -> fields.add(FieldSpec.fromMetadata(field)));
        return new RecordPlanner(Clock.systemUTC())
                .plan(module, "fixture " + module.singular(), fields, new RecordPlanner.Dependencies() {
                    @Override
                    public String currentUserId() {
                        return emulator.administrator().id();
                    }

                    @Override
                    public RecordPlanner.Reference recordOf(Module target) {
                        return new RecordPlanner.Reference(create(version, target), "fixture " + target.singular());
                    }
                });
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void link(Module parent, String parentId, Module related, String relatedId) {
        link("v7", parent, parentId, related, relatedId);
    }

    void link(String version, Module parent, String parentId, Module related, String relatedId) {
        EmulatorResponse response = sendAs(
                token,
                "PUT",
                relatedListPath(version, parent, parentId, related),
                "{\"data\":[{\"id\":\"" + relatedId + "\"}]}");
        then(response.status()).as("link: %s", response.bodyText()).isEqualTo(200);
        then(json(response).at("/data/0/message").asText()).isEqualTo("relation added");
    }

    static String relatedListPath(Module parent, String parentId, Module related) {
        return relatedListPath("v7", parent, parentId, related);
    }

    static String relatedListPath(String version, Module parent, String parentId, Module related) {
        return "/crm/" + version + "/" + parent.urlName() + "/" + parentId + "/" + related.urlName();
    }

    /** The ids of the records of {@code related} linked to the parent, through Get Related Records (204 when none). */
    List<String> relatedIds(Module parent, String parentId, Module related) {
        return relatedIds("v7", parent, parentId, related);
    }

    List<String> relatedIds(String version, Module parent, String parentId, Module related) {
        EmulatorResponse response = send("GET", relatedListPath(version, parent, parentId, related) + "?fields=id");
        if (response.status() == 204) {
            then(response.body()).isEmpty();
            return List.of();
        }
        then(response.status()).as("get related: %s", response.bodyText()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json(response).get("data").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    /** Whether {@code GET /crm/v7/{Module}/{id}} finds the record (200) rather than nothing (204). */
    boolean exists(Module module, String id) {
        EmulatorResponse response = send("GET", "/crm/v7/" + module.urlName() + "/" + id);
        then(response.status()).as("get record: %s", response.bodyText()).isIn(200, 204);
        return response.status() == 200;
    }

    // ---- assertions --------------------------------------------------------------------------------------

    static JsonNode json(EmulatorResponse response) {
        return json(response.bodyText());
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /**
     * Asserts a call-level Zoho error: the catalogue's HTTP status, a JSON body with exactly the envelope keys,
     * the catalogue's code and message and status "error". Returns the details for further checks.
     */
    static JsonNode thenRejectedWith(EmulatorResponse response, ZohoError error) {
        then(response.status())
                .as("HTTP status of %s, body %s", error, response.bodyText())
                .isEqualTo(error.httpStatus());
        then(response.headers()).containsEntry("Content-Type", EmulatorResponse.JSON);
        JsonNode body = json(response);
        then(keys(body)).as("envelope keys of %s", response.bodyText()).containsExactlyElementsOf(ENVELOPE_KEYS);
        then(body.get("code").asText()).isEqualTo(error.code());
        then(body.get("message").asText()).isEqualTo(error.message());
        then(body.get("status").asText()).isEqualTo(ZohoError.STATUS);
        then(body.get("details").isObject()).as("details is an object").isTrue();
        return body.get("details");
    }

    /** Asserts one per-record item of a {@code data[]} answer: the envelope keys, the error's code and message, details {id}. */
    static void thenItemFailedWith(JsonNode item, ZohoError error, String id) {
        then(keys(item)).containsExactlyElementsOf(ENVELOPE_KEYS);
        then(item.get("code").asText()).isEqualTo(error.code());
        then(item.get("message").asText()).isEqualTo(error.message());
        then(item.get("status").asText()).isEqualTo(ZohoError.STATUS);
        then(item.get("details")).isEqualTo(json("{\"id\":\"" + id + "\"}"));
    }

    static void thenItemRemoved(JsonNode item, String id) {
        then(item).isEqualTo(json("""
                {"code":"SUCCESS","details":{"id":"%s"},"message":"relation removed","status":"success"}
                """.formatted(id)));
        then(keys(item)).containsExactlyElementsOf(ENVELOPE_KEYS);
    }
}
