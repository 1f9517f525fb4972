package dev.zohodelink.config;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCacheDirectoryTest {

    @TempDir
    Path home;

    private static LiveConfiguration live(String tokenCache) {
        Map<String, String> environment = new HashMap<>(Map.of(
                LiveConfiguration.CLIENT_ID,
                "c",
                LiveConfiguration.CLIENT_SECRET,
                "s",
                LiveConfiguration.REFRESH_TOKEN,
                "r"));
        if (tokenCache != null) {
            environment.put(LiveConfiguration.TOKEN_CACHE, tokenCache);
        }
        return LiveConfiguration.from(Settings.of(environment));
    }

    @Test
    void keeps_tokens_under_the_users_cache_directory_by_default() {
        then(live(null).tokenCache())
                .contains(Path.of(System.getProperty("user.home"), ".cache", "zoho-delink-conformance")
                        .toAbsolutePath());
    }

    @Test
    void keeps_no_token_when_the_cache_is_off_or_the_sweep_is_told_so() {
        then(live("off").tokenCache()).isEmpty();
        then(live("OFF").tokenCache()).isEmpty();
        then(live(null).withoutTokenCache().tokenCache()).isEmpty();
    }

    @Test
    void uses_the_directory_it_is_given_when_only_its_owner_can_use_it() throws IOException {
        Path mine = Files.createDirectory(
                home.resolve("mine"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));

        then(live(mine.toString()).tokenCache()).contains(mine.toAbsolutePath());
        then(live(home.resolve("not-yet").toString()).tokenCache())
                .contains(home.resolve("not-yet").toAbsolutePath());
    }

    @Test
    void refuses_a_directory_other_users_may_read_naming_the_variable() throws IOException {
        Path shared = Files.createDirectory(home.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));

        thenThrownBy(() -> live(shared.toString()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("ZOHO_TOKEN_CACHE (or -Dzoho.token.cache): " + shared + " is open to other users;"
                        + " give a directory only you can use (mode 0700), or off");
    }
}
