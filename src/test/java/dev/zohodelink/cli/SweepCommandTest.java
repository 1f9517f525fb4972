package dev.zohodelink.cli;

import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.client.GovernedZohoCrmApi;
import dev.zohodelink.config.LiveConfiguration;
import dev.zohodelink.config.Settings;
import dev.zohodelink.estimate.RestoredSystemProperties;
import dev.zohodelink.testing.RecordedWaits;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What {@code sweep} says when it cannot do its job: one line, never a stack trace or a secret. */
class SweepCommandTest {

    private final RestoredSystemProperties properties = new RestoredSystemProperties();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final RecordedWaits waits = new RecordedWaits();

    @AfterEach
    void restoreTheSystemProperties() {
        properties.close();
    }

    @Test
    void an_api_domain_nothing_listens_on_is_one_line_after_the_retries_not_a_stack_trace() throws IOException {
        // GIVEN the standalone emulator as accounts server, and an API domain on a port nothing listens on
        String nowhere;
        try (ServerSocket socket = new ServerSocket(0)) {
            nowhere = "http://127.0.0.1:" + socket.getLocalPort();
        }
        Map<String, String> credentials = Map.of(
                LiveConfiguration.CLIENT_ID, "sweep-test-client",
                LiveConfiguration.CLIENT_SECRET, "sweep-test-secret",
                LiveConfiguration.REFRESH_TOKEN, "sweep-test-refresh");
        int[] status = new int[1];
        String api = nowhere;
        int emulatorExit = new CommandLine(new EmulatorCommand(credentials, server -> {
                    credentials.forEach(
                            (variable, value) -> System.setProperty(Settings.propertyName(variable), value));
                    System.setProperty(
                            Settings.propertyName(LiveConfiguration.ACCOUNTS_URL),
                            server.baseUri().toString());
                    System.setProperty(Settings.propertyName(LiveConfiguration.API_DOMAIN), api);
                    // WHEN
                    status[0] = new CommandLine(new SweepCommand(progress -> waits))
                            .setOut(new PrintWriter(out, true))
                            .setErr(new PrintWriter(err, true))
                            .execute("--no-token-cache");
                }))
                .setOut(new PrintWriter(new StringWriter()))
                .execute("--port", "0");
        then(emulatorExit).isZero();

        // THEN every attempt was made, then one line
        then(status[0]).isEqualTo(1);
        then(waits.recorded()).hasSize(GovernedZohoCrmApi.MAX_ATTEMPTS - 1);
        then(err.toString().lines())
                .containsExactly("sweep failed: cannot reach Zoho CRM's API at " + nowhere
                        + ": connection refused (nothing listens on that port)");
        then(out.toString()).doesNotContain("sweep-test-secret", "sweep-test-refresh");
    }
}
