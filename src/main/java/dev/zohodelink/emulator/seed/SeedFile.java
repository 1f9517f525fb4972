package dev.zohodelink.emulator.seed;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.core.User;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

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

    /** What a seed added; the ids of keyed records and users, so that tests can use them. */
    public record Result(
            Map<String, String> recordIds,
            Map<String, String> userIds,
            int users,
            int oauthClients,
            int refreshTokens,
            int accessTokens,
            int records,
            int relations) {

        public String summary() {
            return records + " records, " + relations + " relations, " + users + " users, " + oauthClients
                    + " OAuth clients, " + refreshTokens + " refresh tokens, " + accessTokens + " access tokens";
        }
    }

    private final Emulator emulator;
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, String> recordIds = new LinkedHashMap<>();

    private SeedFile(Emulator emulator) {
        this.emulator = emulator;
        users.put(ADMINISTRATOR, emulator.administrator());
    }

    /**
     * @throws SeedException naming the first problem: one of shape (a key, a type) before anything is loaded; one of
     *     meaning (an unknown module, user or record) after what came before it in the file has been loaded
     */
    public static Result load(byte[] json, Emulator emulator) {
        return new SeedFile(emulator).load(SeedBinding.bind(json));
    }

    private Result load(SeedDocument seed) {
        forEach(seed.users(), "users", this::addUser);
        forEach(
                seed.oauthClients(),
                "oauth_clients",
                (client, where) -> emulator.registerClient(
                        requiredText(client.clientId(), where, "client_id"),
                        requiredText(client.clientSecret(), where, "client_secret")));
        forEach(seed.refreshTokens(), "refresh_tokens", (token, where) -> {
            String clientId = requiredText(token.clientId(), where, "client_id");
            String refreshToken = requiredText(token.refreshToken(), where, "refresh_token");
            User user = user(token.user(), where);
            List<String> scopes = scopes(token.scopes(), where);
            try {
                emulator.registerRefreshToken(clientId, refreshToken, user, scopes);
            } catch (IllegalArgumentException e) {
                throw new SeedException(where, e.getMessage());
            }
        });
        forEach(seed.accessTokens(), "access_tokens", (token, where) -> {
            long seconds = token.expiresIn() == null
                    ? Duration.ofDays(DEFAULT_ACCESS_TOKEN_DAYS).toSeconds()
                    : lifetime(token.expiresIn(), where);
            emulator.registerToken(
                    requiredText(token.accessToken(), where, "access_token"),
                    user(token.user(), where),
                    scopes(token.scopes(), where),
                    Duration.ofSeconds(seconds));
        });
        forEach(seed.records(), "records", this::addRecord);
        forEach(seed.relations(), "relations", (relation, where) -> {
            String parent = recordRef(relation.parent(), where, "parent");
            String related = recordRef(relation.related(), where, "related");
            try {
                emulator.link(parent, related, SeedBinding.scalars(relation.fields(), where + ".fields"));
            } catch (IllegalArgumentException e) {
                throw new SeedException(where, e.getMessage());
            }
        });
        Map<String, String> userIds = new LinkedHashMap<>();
        users.forEach((key, user) -> userIds.put(key, user.id()));
        return new Result(
                Map.copyOf(recordIds),
                userIds,
                seed.users().size(),
                seed.oauthClients().size(),
                seed.refreshTokens().size(),
                seed.accessTokens().size(),
                seed.records().size(),
                seed.relations().size());
    }

    private static <T> void forEach(List<T> entries, String section, BiConsumer<T, String> load) {
        for (int i = 0; i < entries.size(); i++) {
            load.accept(entries.get(i), section + "[" + i + "]");
        }
    }

    private void addUser(SeedDocument.UserEntry entry, String where) {
        String key = entry.key();
        if (key != null && users.containsKey(key)) {
            throw new SeedException(
                    where + ".key",
                    "'" + key + "' is used twice"
                            + (key.equals(ADMINISTRATOR) ? " (it names the emulator's own administrator)" : ""));
        }
        Set<Module> withoutAccess = new LinkedHashSet<>();
        for (String module : orEmpty(entry.withoutAccessTo())) {
            withoutAccess.add(module(module, where + ".without_access_to"));
        }
        boolean mayDelete = entry.mayDeleteRelatedRecords() == null || entry.mayDeleteRelatedRecords();
        User user = emulator.addUser(entry.name() == null ? "Seeded User" : entry.name(), mayDelete, withoutAccess);
        if (key != null) {
            users.put(key, user);
        }
    }

    private void addRecord(SeedDocument.RecordEntry entry, String where) {
        Module module = module(requiredText(entry.module(), where, "module"), where + ".module");
        String key = entry.key();
        if (key != null && recordIds.containsKey(key)) {
            throw new SeedException(where + ".key", "'" + key + "' is used twice");
        }
        Map<String, Object> fields = SeedBinding.scalars(entry.fields(), where + ".fields");
        if (!(fields.get(module.nameField()) instanceof String name) || name.isBlank()) {
            throw new SeedException(
                    where + ".fields", module.nameField() + " is required, the name field of " + module.urlName());
        }
        String id = entry.id();
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

    private User user(String key, String where) {
        if (key == null) {
            return emulator.administrator();
        }
        User user = users.get(key);
        if (user == null) {
            throw new SeedException(
                    where + ".user",
                    "no user has the key '" + key + "' (users come before tokens; '" + ADMINISTRATOR
                            + "' is the emulator's own)");
        }
        return user;
    }

    private String recordRef(String ref, String where, String field) {
        String id = recordIds.getOrDefault(requiredText(ref, where, field), ref);
        if (!emulator.hasRecord(id)) {
            throw new SeedException(where + "." + field, "no record has the key or id '" + ref + "'");
        }
        return id;
    }

    private static List<String> scopes(List<String> scopes, String where) {
        if (scopes == null) {
            return List.of(Scopes.ALL_MODULES);
        }
        if (scopes.stream().anyMatch(String::isBlank)) {
            throw new SeedException(where + ".scopes", "scopes must be non-blank strings");
        }
        return scopes;
    }

    private static long lifetime(long seconds, String where) {
        if (seconds < 1 || seconds > Duration.ofDays(36_500).toSeconds()) {
            throw new SeedException(where + ".expires_in", "must be a whole number of seconds between 1 and 100 years");
        }
        return seconds;
    }

    private static Module module(String name, String where) {
        return Module.fromUrlName(ApiVersion.V7, name)
                .orElseThrow(() -> new SeedException(
                        where,
                        "unknown module '" + name + "'; expected one of "
                                + Arrays.stream(Module.values())
                                        .map(Module::urlName)
                                        .toList()));
    }

    private static String requiredText(String value, String where, String field) {
        if (value == null || value.isBlank()) {
            throw new SeedException(where + "." + field, "is required and must be a non-blank string");
        }
        return value;
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
