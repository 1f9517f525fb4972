package dev.zohodelink.emulator.seed;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A seed file as Jackson binds it: the shape only (sections, keys, types). What the values mean (known modules,
 * users, records) is checked by {@link SeedFile} as it loads them. An absent or null section is empty.
 */
record SeedDocument(
        List<UserEntry> users,
        @JsonProperty("oauth_clients") List<ClientEntry> oauthClients,
        @JsonProperty("refresh_tokens") List<RefreshTokenEntry> refreshTokens,
        @JsonProperty("access_tokens") List<AccessTokenEntry> accessTokens,
        List<RecordEntry> records,
        List<RelationEntry> relations) {

    SeedDocument {
        users = orEmpty(users);
        oauthClients = orEmpty(oauthClients);
        refreshTokens = orEmpty(refreshTokens);
        accessTokens = orEmpty(accessTokens);
        records = orEmpty(records);
        relations = orEmpty(relations);
    }

    record UserEntry(
            String key,
            String name,
            @JsonProperty("may_delete_related_records") Boolean mayDeleteRelatedRecords,
            @JsonProperty("without_access_to") List<String> withoutAccessTo) {}

    record ClientEntry(
            @JsonProperty("client_id") String clientId,
            @JsonProperty("client_secret") String clientSecret) {

        @Override
        public String toString() {
            return "ClientEntry[clientId=" + clientId + "]";
        }
    }

    record RefreshTokenEntry(
            @JsonProperty("client_id") String clientId,
            @JsonProperty("refresh_token") String refreshToken,
            String user,
            List<String> scopes) {

        @Override
        public String toString() {
            return "RefreshTokenEntry[clientId=" + clientId + ", user=" + user + "]";
        }
    }

    record AccessTokenEntry(
            @JsonProperty("access_token") String accessToken,
            String user,
            List<String> scopes,
            @JsonProperty("expires_in") Long expiresIn) {

        @Override
        public String toString() {
            return "AccessTokenEntry[user=" + user + "]";
        }
    }

    record RecordEntry(String key, String module, String id, Map<String, Object> fields) {}

    record RelationEntry(String parent, String related, Map<String, Object> fields) {}

    /** In the file's order. */
    static List<String> sections() {
        return List.of("users", "oauth_clients", "refresh_tokens", "access_tokens", "records", "relations");
    }

    private static <T> List<T> orEmpty(List<T> entries) {
        return entries == null ? List.of() : entries;
    }
}
