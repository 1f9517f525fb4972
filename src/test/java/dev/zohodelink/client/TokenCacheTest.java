package dev.zohodelink.client;

import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.config.LiveConfiguration;
import dev.zohodelink.config.Secret;
import dev.zohodelink.contract.Persona;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCacheTest {

    private static final URI ACCOUNTS = URI.create("https://accounts.zoho.eu/oauth/v2/token");
    private static final Secret SECRET = new Secret(LiveConfiguration.CLIENT_SECRET, "client-secret-5e1f");
    private static final Secret REFRESH = new Secret(LiveConfiguration.REFRESH_TOKEN, "refresh-token-a9d3");

    @TempDir
    Path home;

    @Test
    void keeps_an_entry_in_a_file_and_a_directory_only_the_owner_can_use() throws IOException {
        // GIVEN a cache directory that does not exist yet
        Path directory = home.resolve("cache").resolve("zoho-delink-conformance");
        TokenCache cache = new TokenCache(directory);
        String key = TokenCache.key(ACCOUNTS, "client", SECRET, REFRESH);
        TokenCache.Entry entry = new TokenCache.Entry(
                "access-token-7c2b",
                Instant.parse("2026-01-01T10:00:00Z"),
                Optional.of(URI.create("https://sandbox.zohoapis.eu")),
                Optional.of("ZohoCRM.modules.ALL ZohoCRM.users.READ"));

        // WHEN an entry is written, with the scopes the accounts server named
        cache.write(key, entry);

        // THEN it reads back, its file is 0600 in a 0700 directory, and no temporary file is left
        then(cache.read(key)).contains(entry);
        then(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)))
                .isEqualTo("rwx------");
        then(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve(key + ".json"))))
                .isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(directory)) {
            then(files.map(f -> f.getFileName().toString())).containsExactly(key + ".json");
        }
    }

    @Test
    void keys_each_grant_apart_by_a_hash_that_holds_no_secret() {
        String key = TokenCache.key(ACCOUNTS, "client", SECRET, REFRESH);

        then(List.of(
                        TokenCache.key(
                                URI.create("https://accounts.zoho.com/oauth/v2/token"), "client", SECRET, REFRESH),
                        TokenCache.key(ACCOUNTS, "other-client", SECRET, REFRESH),
                        TokenCache.key(
                                ACCOUNTS,
                                "client",
                                new Secret(LiveConfiguration.CLIENT_SECRET, "another-secret"),
                                REFRESH),
                        TokenCache.key(
                                ACCOUNTS,
                                "client",
                                SECRET,
                                new Secret(Persona.LIMITED_SCOPE.refreshTokenVariable(), "another-refresh-token"))))
                .doesNotContain(key)
                .doesNotHaveDuplicates();
        then(key).matches("[0-9a-f]{64}").doesNotContain("5e1f").doesNotContain("a9d3");
        then(TokenCache.key(ACCOUNTS, "client", SECRET, REFRESH)).isEqualTo(key);
    }

    @Test
    void reads_a_missing_or_unreadable_entry_as_absent() throws IOException {
        TokenCache cache = new TokenCache(home);
        Files.writeString(home.resolve("broken.json"), "{\"access_token\":");

        then(cache.read("missing")).isEmpty();
        then(cache.read("broken")).isEmpty();
    }

    @Test
    void never_shows_the_token_in_an_entrys_string_form() {
        then(new TokenCache.Entry("access-token-7c2b", Instant.EPOCH, Optional.empty()).toString())
                .doesNotContain("access-token-7c2b");
    }
}
