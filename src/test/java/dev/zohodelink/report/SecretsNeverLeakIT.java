package dev.zohodelink.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zohodelink.config.LiveConfiguration;
import dev.zohodelink.config.ScopeRefreshTokens;
import dev.zohodelink.contract.Persona;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs after the conformance runs: no access token, refresh token or client secret may be found in anything the
 * runs wrote, reports and build output alike (Surefire XML captures standard output). The secrets of a live run are
 * known from its environment; access tokens are recognised by Zoho's shape, {@code 1000.<32 hex>.<32 hex>}.
 */
class SecretsNeverLeakIT {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("1000\\.[0-9a-f]{32}\\.[0-9a-f]{32}");
    private static final List<String> SECRET_VARIABLES = Stream.concat(
                    Stream.of(
                            LiveConfiguration.CLIENT_SECRET,
                            LiveConfiguration.REFRESH_TOKEN,
                            Persona.LIMITED_SCOPE.refreshTokenVariable(),
                            Persona.RESTRICTED_USER.refreshTokenVariable(),
                            Persona.UNPRIVILEGED_USER.refreshTokenVariable()),
                    ScopeRefreshTokens.variablesByScope().values().stream())
            .toList();

    @Test
    void no_token_or_secret_is_written_to_reports_or_build_output() throws IOException {
        List<String> secrets = SECRET_VARIABLES.stream()
                .map(System::getenv)
                .filter(v -> v != null && v.length() >= 8)
                .toList();
        List<String> leaks = new ArrayList<>();
        int scanned = 0;
        for (Path root : List.of(
                Path.of(System.getProperty("zoho.reports.dir", "reports")),
                Path.of(System.getProperty("zoho.build.dir", "target")))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    scanned++;
                    if (ACCESS_TOKEN.matcher(content).find()) {
                        leaks.add(file + ": an access token");
                    }
                    secrets.stream()
                            .filter(content::contains)
                            .findFirst()
                            .ifPresent(s -> leaks.add(file + ": a configured secret"));
                }
            }
        }
        assertThat(scanned).as("files scanned").isPositive();
        assertThat(leaks)
                .as("files holding secrets (%d files scanned, %d known secrets)", scanned, secrets.size())
                .isEmpty();
    }
}
