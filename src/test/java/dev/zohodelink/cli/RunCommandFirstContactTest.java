package dev.zohodelink.cli;

import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.config.BaselineSelection;
import dev.zohodelink.config.LiveConfiguration;
import dev.zohodelink.config.Settings;
import dev.zohodelink.emulator.control.EmulatorControl;
import dev.zohodelink.emulator.core.EmulatorState;
import dev.zohodelink.estimate.RestoredSystemProperties;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The mistakes of a first live run, against the standalone emulator in this JVM: each stops {@code run} in one line
 * naming what to fix, exit status 2, before any scenario, with the earlier reports kept and no secret printed.
 */
class RunCommandFirstContactTest {

    private static final String CLIENT_SECRET = "first-contact-secret";
    private static final String REFRESH_TOKEN = "first-contact-refresh";

    private final RestoredSystemProperties properties = new RestoredSystemProperties();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path reports;

    @AfterEach
    void restoreTheSystemProperties() {
        properties.close();
    }

    private static Map<String, String> credentials() {
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put(LiveConfiguration.CLIENT_ID, "first-contact-client");
        credentials.put(LiveConfiguration.CLIENT_SECRET, CLIENT_SECRET);
        credentials.put(LiveConfiguration.REFRESH_TOKEN, REFRESH_TOKEN);
        return credentials;
    }

    /** Runs {@code body} while the standalone emulator, with {@link #credentials()} registered, serves. */
    private static void withEmulator(Consumer<URI> body) {
        int exit = new CommandLine(new EmulatorCommand(credentials(), server -> body.accept(server.baseUri())))
                .setOut(new PrintWriter(new StringWriter()))
                .execute("--port", "0");
        then(exit).isZero();
    }

    private int liveRun(URI accounts, URI apiDomain, Map<String, String> overrides) {
        Map<String, String> settings = credentials();
        settings.put(LiveConfiguration.ACCOUNTS_URL, accounts.toString());
        settings.put(LiveConfiguration.API_DOMAIN, apiDomain.toString());
        settings.put(LiveConfiguration.TOKEN_CACHE, "off");
        settings.putAll(overrides);
        settings.forEach((variable, value) -> System.setProperty(Settings.propertyName(variable), value));
        return new CommandLine(new Main())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(
                        "run",
                        "--target",
                        "live",
                        "--versions",
                        "v7",
                        "--tags",
                        "@tokens",
                        "--reports",
                        reports.toString());
    }

    private Path anEarlierRunsResults() throws IOException {
        Path earlier = Files.createDirectories(reports.resolve("results")).resolve("v7.json");
        Files.writeString(earlier, "{}");
        return earlier;
    }

    private static URI aPortNothingListensOn() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    @Test
    void an_accounts_url_nothing_listens_on_is_one_line_naming_the_variable_before_any_scenario() throws IOException {
        Path earlier = anEarlierRunsResults();
        URI nowhere = aPortNothingListensOn();

        int status = liveRun(nowhere, nowhere, Map.of());

        then(status).isEqualTo(2);
        then(err.toString().lines())
                .containsExactly(
                        "run: cannot reach Zoho's accounts server at " + nowhere
                                + "/oauth/v2/token: connection refused (nothing listens on that port): check ZOHO_ACCOUNTS_URL");
        then(out.toString()).doesNotContain("Conformance run on API");
        then(earlier).exists();
    }

    @Test
    void a_wrong_client_secret_is_one_line_with_zohos_answer_and_no_secret_and_no_api_call() throws IOException {
        Path earlier = anEarlierRunsResults();
        List<EmulatorState> state = new ArrayList<>();

        withEmulator(base -> {
            int status = liveRun(base, base, Map.of(LiveConfiguration.CLIENT_SECRET, "not-the-secret"));
            then(status).isEqualTo(2);
            state.add(EmulatorControl.overHttp(base).state());
        });

        then(err.toString().lines())
                .singleElement()
                .asString()
                .startsWith("run: Zoho's accounts server at ")
                .contains("refused to issue an access token from ZOHO_REFRESH_TOKEN for client first-contact-client: "
                        + "invalid_client (wrong ZOHO_CLIENT_ID or ZOHO_CLIENT_SECRET")
                .doesNotContain("not-the-secret", CLIENT_SECRET, REFRESH_TOKEN);
        then(state).singleElement().satisfies(emulator -> {
            then(emulator.records()).isZero();
            then(emulator.tokenRefreshes()).as("access tokens issued").isZero();
        });
        then(earlier).exists();
    }

    @Test
    void an_administrator_token_granted_without_all_modules_is_refused_naming_the_scopes_to_generate()
            throws IOException {
        Path earlier = anEarlierRunsResults();

        withEmulator(base -> {
            EmulatorControl control = EmulatorControl.overHttp(base);
            control.registerRefreshToken(
                    "first-contact-client",
                    "first-contact-fields-only",
                    control.administrator(),
                    List.of("ZohoCRM.settings.fields.READ", "ZohoCRM.users.READ"));
            then(liveRun(base, base, Map.of(LiveConfiguration.REFRESH_TOKEN, "first-contact-fields-only")))
                    .isEqualTo(2);
        });

        then(err.toString().lines())
                .containsExactly("run: ZOHO_REFRESH_TOKEN was granted ZohoCRM.settings.fields.READ,ZohoCRM.users.READ,"
                        + " without ZohoCRM.modules.ALL, which the fixtures of every scenario need: generate its grant"
                        + " code with the scopes ZohoCRM.modules.ALL,ZohoCRM.settings.fields.READ,ZohoCRM.users.READ"
                        + " (README 'A Zoho client and refresh tokens')");
        then(earlier).exists();
    }

    @Test
    void an_api_domain_nothing_listens_on_is_refused_once_the_token_is_issued() throws IOException {
        Path earlier = anEarlierRunsResults();
        URI nowhere = aPortNothingListensOn();

        withEmulator(base -> then(liveRun(base, nowhere, Map.of())).isEqualTo(2));

        then(err.toString().lines())
                .containsExactly("run: cannot reach Zoho CRM's API at " + nowhere
                        + ": connection refused (nothing listens on that port): check ZOHO_API_DOMAIN");
        then(earlier).exists();
    }

    @Test
    void a_required_baseline_that_does_not_exist_is_refused_before_any_call() throws IOException {
        Path earlier = anEarlierRunsResults();
        URI nowhere = aPortNothingListensOn();
        Path baselines = Files.createDirectories(reports.resolve("baselines"));

        int status = liveRun(
                nowhere,
                nowhere,
                Map.of(
                        BaselineSelection.BASELINE, "nosuch",
                        BaselineSelection.BASELINES_DIR, baselines.toString(),
                        BaselineSelection.REQUIRED, "true"));

        then(status).isEqualTo(2);
        then(err.toString().lines())
                .containsExactly("run: ZOHO_BASELINE_REQUIRED (or -Dzoho.baseline.required): true, and baseline"
                        + " 'nosuch' has no recordings for v7 in " + baselines.resolve("nosuch")
                        + ": record it with -Dzoho.baseline=nosuch -Dzoho.baseline.update=true, or set"
                        + " ZOHO_BASELINES_DIR to the folder that holds it");
        then(earlier).exists();
    }
}
