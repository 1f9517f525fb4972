package dev.zohodelink.emulator.seed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.core.codecs.Json;
import dev.zohodelink.emulator.core.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a seed into an emulator: users, OAuth clients, refresh tokens, fixed access tokens, records and relations,
 * in that order. Every section is optional; unknown keys are refused so that a typo does not pass silently.
 *
 * <pre>
 * {
 *   "users":          [{"key":"restricted","name":"Restricted User","may_delete_related_records":false,"without_access_to":["Contacts"]}],
 *   "oauth_clients":  [{"client_id":"my-client","client_secret":"my-secret"}],
 *   "refresh_tokens": [{"client_id":"my-client","refresh_token":"my-refresh-token","user":"restricted","scopes":["ZohoCRM.modules.ALL"]}],
 *   "access_tokens":  [{"access_token":"1000.test.token","user":"administrator","scopes":["ZohoCRM.modules.ALL"],"expires_in":86400}],
 *   "records":        [{"key":"spring","module":"Campaigns","id":"1000000000001","fields":{"Campaign_Name":"Spring"}}],
 *   "relations":      [{"parent":"spring","related":"1000000000002","fields":{"Member_Status":"Active"}}]
 * }
 * </pre>
 * A user or record is referred to by its {@code key}; a record also by its id. The user {@code administrator} is the
 * emulator's own. Defaults: a user may delete related records and sees every module; tokens belong to the
 * administrator with {@code ZohoCRM.modules.ALL}; access tokens live {@value #DEFAULT_ACCESS_TOKEN_DAYS} days; record
 * ids are assigned when not given. A record needs its module's name field (e.g. {@code Campaign_Name}).
 */
public final class SeedFile {

    public static final String ADMINISTRATOR = "administrator";
    static final int DEFAULT_ACCESS_TOKEN_DAYS = 365;

    private static final List<String> SECTIONS = List.of("users", "oauth_clients", "refresh_tokens", "access_tokens", "records", "relations");

    /** What a seed added; the ids of keyed records and users, so that tests can use them. */
    public record Result(Map<String, String> recordIds, Map<String, String> userIds, int users, int oauthClients, int refreshTokens,
                         int accessTokens, int records, int relations) {

        public String summary() {
            return records + " records, " + relations + " relations, " + users + " users, " + oauthClients + " OAuth clients, "
                    + refreshTokens + " refresh tokens, " + accessTokens + " access tokens";
        }
    }

    private final Emulator emulator;
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, String> recordIds = new LinkedHashMap<>();

    private SeedFile(Emulator emulator) {
        this.emulator = emulator;
        users.put(ADMINISTRATOR, emulator.administrator());
    }

    /** @throws SeedException naming the first problem; what came before it in the file has been loaded */
    public static Result load(byte[] json, Emulator emulator) {
        JsonNode root = Json.read(json).orElseThrow(() -> new SeedException("", "not JSON"));
        if (!root.isObject()) {
            throw new SeedException("", "must be a JSON object with any of " + SECTIONS);
        }
        onlyKnownKeys(root, "", Set.copyOf(SECTIONS));
        return new SeedFile(emulator).load(root);
    }

    private Result load(JsonNode root) {
        List<JsonNode> userEntries = section(root, "users");
        for (int i = 0; i < userEntries.size(); i++) {
            addUser(userEntries.get(i), "users[" + i + "]");
        }
        List<JsonNode> clients = section(root, "oauth_clients");
        for (int i = 0; i < clients.size(); i++) {
            String where = "oauth_clients[" + i + "]";
            JsonNode entry = entry(clients.get(i), where, Set.of("client_id", "client_secret"));
            emulator.registerClient(requiredText(entry, "client_id", where), requiredText(entry, "client_secret", where));
        }
        List<JsonNode> refreshTokens = section(root, "refresh_tokens");
        for (int i = 0; i < refreshTokens.size(); i++) {
            String where = "refresh_tokens[" + i + "]";
            JsonNode entry = entry(refreshTokens.get(i), where, Set.of("client_id", "refresh_token", "user", "scopes"));
            String clientId = requiredText(entry, "client_id", where);
            String token = requiredText(entry, "refresh_token", where);
            try {
                emulator.registerRefreshToken(clientId, token, user(entry, where), scopes(entry, where));
            } catch (IllegalArgumentException e) {
                throw new SeedException(where, e.getMessage());
            }
        }
        List<JsonNode> accessTokens = section(root, "access_tokens");
        for (int i = 0; i < accessTokens.size(); i++) {
            String where = "access_tokens[" + i + "]";
            JsonNode entry = entry(accessTokens.get(i), where, Set.of("access_token", "user", "scopes", "expires_in"));
            long seconds = entry.has("expires_in") ? positiveLong(entry, "expires_in", where) : Duration.ofDays(DEFAULT_ACCESS_TOKEN_DAYS).toSeconds();
            emulator.registerToken(requiredText(entry, "access_token", where), user(entry, where), scopes(entry, where), Duration.ofSeconds(seconds));
        }
        List<JsonNode> records = section(root, "records");
        for (int i = 0; i < records.size(); i++) {
            addRecord(records.get(i), "records[" + i + "]");
        }
        List<JsonNode> relations = section(root, "relations");
        for (int i = 0; i < relations.size(); i++) {
            String where = "relations[" + i + "]";
            JsonNode entry = entry(relations.get(i), where, Set.of("parent", "related", "fields"));
            String parent = recordRef(entry, "parent", where);
            String related = recordRef(entry, "related", where);
            try {
                emulator.link(parent, related, scalars(entry, "fields", where));
            } catch (IllegalArgumentException e) {
                throw new SeedException(where, e.getMessage());
            }
        }
        Map<String, String> userIds = new LinkedHashMap<>();
        users.forEach((key, user) -> userIds.put(key, user.id()));
        return new Result(Map.copyOf(recordIds), userIds, userEntries.size(), clients.size(), refreshTokens.size(), accessTokens.size(),
                records.size(), relations.size());
    }

    private void addUser(JsonNode node, String where) {
        JsonNode entry = entry(node, where, Set.of("key", "name", "may_delete_related_records", "without_access_to"));
        String key = optionalText(entry, "key", where);
        if (key != null && users.containsKey(key)) {
            throw new SeedException(where + ".key", "'" + key + "' is used twice" + (key.equals(ADMINISTRATOR) ? " (it names the emulator's own administrator)" : ""));
        }
        String name = optionalText(entry, "name", where);
        boolean mayDelete = true;
        if (entry.has("may_delete_related_records")) {
            if (!entry.get("may_delete_related_records").isBoolean()) {
                throw new SeedException(where + ".may_delete_related_records", "must be true or false");
            }
            mayDelete = entry.get("may_delete_related_records").asBoolean();
        }
        Set<Module> withoutAccess = new LinkedHashSet<>();
        for (String module : texts(entry, "without_access_to", where)) {
            withoutAccess.add(module(module, where + ".without_access_to"));
        }
        User user = emulator.addUser(name == null ? "Seeded User" : name, mayDelete, withoutAccess);
        if (key != null) {
            users.put(key, user);
        }
    }

    private void addRecord(JsonNode node, String where) {
        JsonNode entry = entry(node, where, Set.of("key", "module", "id", "fields"));
        Module module = module(requiredText(entry, "module", where), where + ".module");
        String key = optionalText(entry, "key", where);
        if (key != null && recordIds.containsKey(key)) {
            throw new SeedException(where + ".key", "'" + key + "' is used twice");
        }
        Map<String, Object> fields = scalars(entry, "fields", where);
        if (!(fields.get(module.nameField()) instanceof String name) || name.isBlank()) {
            throw new SeedException(where + ".fields", module.nameField() + " is required, the name field of " + module.urlName());
        }
        String id = optionalText(entry, "id", where);
        try {
            if (id == null) {
                id = emulator.insertRecord(module, fields);
            } else {
                emulator.insertRecord(id, module, fields);
            }
        } catch (IllegalArgumentException e) {
            throw new SeedException(where + ".id", e.getMessage());
        }
        if (key != null) {
            recordIds.put(key, id);
        }
    }

    private User user(JsonNode entry, String where) {
        String key = optionalText(entry, "user", where);
        if (key == null) {
            return emulator.administrator();
        }
        User user = users.get(key);
        if (user == null) {
            throw new SeedException(where + ".user", "no user has the key '" + key + "' (users come before tokens; '" + ADMINISTRATOR + "' is the emulator's own)");
        }
        return user;
    }

    private String recordRef(JsonNode entry, String field, String where) {
        String ref = requiredText(entry, field, where);
        String id = recordIds.getOrDefault(ref, ref);
        if (!emulator.hasRecord(id)) {
            throw new SeedException(where + "." + field, "no record has the key or id '" + ref + "'");
        }
        return id;
    }

    private static List<String> scopes(JsonNode entry, String where) {
        if (!entry.has("scopes")) {
            return List.of(Scopes.ALL_MODULES);
        }
        List<String> scopes = texts(entry, "scopes", where);
        if (scopes.stream().anyMatch(String::isBlank)) {
            throw new SeedException(where + ".scopes", "scopes must be non-blank strings");
        }
        return scopes;
    }

    private static Module module(String name, String where) {
        return Module.fromUrlName(ApiVersion.V7, name)
                .orElseThrow(() -> new SeedException(where, "unknown module '" + name + "'; expected one of "
                        + java.util.Arrays.stream(Module.values()).map(Module::urlName).toList()));
    }

    private static List<JsonNode> section(JsonNode root, String name) {
        JsonNode section = root.get(name);
        if (section == null || section.isNull()) {
            return List.of();
        }
        if (!section.isArray()) {
            throw new SeedException(name, "must be an array");
        }
        List<JsonNode> entries = new ArrayList<>();
        section.forEach(entries::add);
        return entries;
    }

    private static JsonNode entry(JsonNode node, String where, Set<String> known) {
        if (!node.isObject()) {
            throw new SeedException(where, "must be an object");
        }
        onlyKnownKeys(node, where, known);
        return node;
    }

    private static void onlyKnownKeys(JsonNode node, String where, Set<String> known) {
        node.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                throw new SeedException(where, "unknown key '" + field + "'; expected any of " + known.stream().sorted().toList());
            }
        });
    }

    private static String requiredText(JsonNode entry, String field, String where) {
        String value = optionalText(entry, field, where);
        if (value == null || value.isBlank()) {
            throw new SeedException(where + "." + field, "is required and must be a non-blank string");
        }
        return value;
    }

    private static String optionalText(JsonNode entry, String field, String where) {
        JsonNode value = entry.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new SeedException(where + "." + field, "must be a string");
        }
        return value.asText();
    }

    private static List<String> texts(JsonNode entry, String field, String where) {
        JsonNode value = entry.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new SeedException(where + "." + field, "must be an array of strings");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new SeedException(where + "." + field, "must be an array of strings");
            }
            texts.add(item.asText());
        }
        return texts;
    }

    private static long positiveLong(JsonNode entry, String field, String where) {
        JsonNode value = entry.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 1 || value.asLong() > Duration.ofDays(36_500).toSeconds()) {
            throw new SeedException(where + "." + field, "must be a whole number of seconds between 1 and 100 years");
        }
        return value.asLong();
    }

    /** A JSON object of strings, numbers and booleans, in file order. */
    private static Map<String, Object> scalars(JsonNode entry, String field, String where) {
        JsonNode value = entry.get(field);
        Map<String, Object> scalars = new LinkedHashMap<>();
        if (value == null || value.isNull()) {
            return scalars;
        }
        if (!value.isObject()) {
            throw new SeedException(where + "." + field, "must be an object");
        }
        value.fields().forEachRemaining(f -> {
            JsonNode v = f.getValue();
            if (v.isTextual()) {
                scalars.put(f.getKey(), v.asText());
            } else if (v.isNumber()) {
                scalars.put(f.getKey(), v.numberValue());
            } else if (v.isBoolean()) {
                scalars.put(f.getKey(), v.asBoolean());
            } else {
                throw new SeedException(where + "." + field + "." + f.getKey(), "must be a string, number or boolean");
            }
        });
        return scalars;
    }
}
