package dev.zohodelink.cli;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class EmulatorCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final String CLIENT_ID_VALUE = "1000.ENVCLIENTID4242";
    private static final String CLIENT_SECRET_VALUE = "env-client-secret-7f3a";
    private static final String REFRESH_VALUE = "1000.env-refresh-token-91c2";
    private static final String LIMITED_VALUE = "1000.env-limited-token-55d0";
    private static final String RESTRICTED_VALUE = "1000.env-restricted-token-1e8b";
    private static final String UNPRIVILEGED_VALUE = "1000.env-unprivileged-token-c4f6";
    private static final List<String> SECRET_VALUES = List.of(
            CLIENT_ID_VALUE, CLIENT_SECRET_VALUE, REFRESH_VALUE, LIMITED_VALUE, RESTRICTED_VALUE, UNPRIVILEGED_VALUE);

    /** What one run printed and returned; {@code base} is empty when the server never started. */
    private record Run(
            int exitCode,
            String out,
            String err,
            URI base,
            Map<String, JsonNode> exchanges,
            List<String> observations) {

        List<String> outLines() {
            return out.lines().toList();
        }
    }

    /**
     * Runs the command in-process. While the server runs, exchanges each named refresh token at its token endpoint
     * and, when asked, lets {@code whileRunning} call the API; then the command stops.
     */
    private static Run run(
            Map<String, String> environment,
            String clientId,
            String clientSecret,
            Map<String, String> refreshTokens,
            WhileRunning whileRunning,
            String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, JsonNode> exchanges = new LinkedHashMap<>();
        List<String> observations = new ArrayList<>();
        URI[] base = new URI[1];
        CommandLine command = new CommandLine(new EmulatorCommand(environment, server -> {
            base[0] = server.baseUri();
            refreshTokens.forEach(
                    (name, token) -> exchanges.put(name, exchange(server.baseUri(), clientId, clientSecret, token)));
            if (whileRunning != null) {
                whileRunning.accept(server.baseUri(), exchanges, observations);
            }
        }));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exitCode = command.execute(args);
        return new Run(exitCode, out.toString(), err.toString(), base[0], exchanges, observations);
    }

    @FunctionalInterface
    private interface WhileRunning {
        void accept(URI base, Map<String, JsonNode> exchanges, List<String> observations);
    }

    private static JsonNode exchange(URI base, String clientId, String clientSecret, String refreshToken) {
        String form = "grant_type=refresh_token&client_id=" + encode(clientId) + "&client_secret="
                + encode(clientSecret) + "&refresh_token=" + encode(refreshToken);
        return send(HttpRequest.newBuilder(base.resolve("/oauth/v2/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build())
                .body;
    }

    private record Answer(int status, JsonNode body) {}

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.body().isEmpty() ? MAPPER.createObjectNode() : MAPPER.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer zoho(URI base, String token, String method, String path, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Zoho-oauthtoken " + token)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Map<String, String> fullEnvironment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("ZOHO_CLIENT_ID", CLIENT_ID_VALUE);
        environment.put("ZOHO_CLIENT_SECRET", CLIENT_SECRET_VALUE);
        environment.put("ZOHO_REFRESH_TOKEN", REFRESH_VALUE);
        environment.put("ZOHO_LIMITED_SCOPE_REFRESH_TOKEN", LIMITED_VALUE);
        environment.put("ZOHO_RESTRICTED_USER_REFRESH_TOKEN", RESTRICTED_VALUE);
        environment.put("ZOHO_UNPRIVILEGED_USER_REFRESH_TOKEN", UNPRIVILEGED_VALUE);
        environment.put("PATH", "/usr/bin");
        return environment;
    }

    @Test
    void prints_the_base_url_first_and_registers_the_public_demo_credentials_without_zoho_variables() {
        // WHEN the emulator runs with no ZOHO_ variable, on a free port
        Run run = run(
                Map.of("PATH", "/usr/bin"),
                "demo-client",
                "demo-secret",
                Map.of("main", "demo-refresh-token"),
                null,
                "--port",
                "0");

        // THEN it exits 0; the first line is the base URL line a CI script parses
        then(run.exitCode()).as(run.err()).isZero();
        then(run.outLines().get(0))
                .matches("Zoho CRM emulator listening on http://127\\.0\\.0\\.1:[0-9]+ \\(profile [^)]+\\)");
        then(run.outLines().get(0))
                .isEqualTo("Zoho CRM emulator listening on " + run.base() + " (profile best-evidence)");

        // AND it prints the demo values and the token URL
        then(run.outLines())
                .contains(
                        "Token URL:     " + run.base() + "/oauth/v2/token",
                        "Demo OAuth client (the emulator's own public values): client_id demo-client, client_secret demo-secret",
                        "Demo refresh token demo-refresh-token: the administrator, scope ZohoCRM.modules.ALL");
        then(run.out())
                .contains(
                        "Demo refresh token demo-limited-refresh-token: ",
                        "Demo refresh token demo-restricted-refresh-token: ",
                        "Demo refresh token demo-unprivileged-refresh-token: ");

        // AND the demo refresh token is exchanged for a token whose api_domain is the emulator itself
        JsonNode answer = run.exchanges().get("main");
        then(answer.has("access_token")).as(answer.toString()).isTrue();
        then(answer.get("api_domain").asText()).isEqualTo(run.base().toString());
        then(answer.get("scope").asText()).isEqualTo("ZohoCRM.modules.ALL");
    }

    @Test
    void registers_the_clients_and_refresh_tokens_of_the_environment_and_prints_only_their_variable_names() {
        // GIVEN all six variables set
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("ZOHO_REFRESH_TOKEN", REFRESH_VALUE);
        tokens.put("ZOHO_LIMITED_SCOPE_REFRESH_TOKEN", LIMITED_VALUE);
        tokens.put("ZOHO_RESTRICTED_USER_REFRESH_TOKEN", RESTRICTED_VALUE);
        tokens.put("ZOHO_UNPRIVILEGED_USER_REFRESH_TOKEN", UNPRIVILEGED_VALUE);
        tokens.put("demo", "demo-refresh-token");

        // WHEN the emulator runs and each refresh token is exchanged with the environment's client
        Run run = run(fullEnvironment(), CLIENT_ID_VALUE, CLIENT_SECRET_VALUE, tokens, null, "--port", "0");

        // THEN every variable is named, no value is printed, and the demo credentials are not registered
        then(run.exitCode()).as(run.err()).isZero();
        then(run.out())
                .contains(
                        "OAuth client from ZOHO_CLIENT_ID and ZOHO_CLIENT_SECRET",
                        "Refresh token from ZOHO_REFRESH_TOKEN: the administrator, scope ZohoCRM.modules.ALL",
                        "Refresh token from ZOHO_LIMITED_SCOPE_REFRESH_TOKEN: ",
                        "Refresh token from ZOHO_RESTRICTED_USER_REFRESH_TOKEN: ",
                        "Refresh token from ZOHO_UNPRIVILEGED_USER_REFRESH_TOKEN: ");
        for (String value : SECRET_VALUES) {
            then(run.out() + run.err()).doesNotContain(value);
        }
        then(run.out()).doesNotContain("demo-client").doesNotContain("demo-secret");
        then(run.exchanges().get("demo")).isEqualTo(MAPPER.createObjectNode().put("error", "invalid_code"));

        // AND each token is exchanged with its scopes: all modules, except READ and CREATE only for the limited one
        then(run.exchanges().get("ZOHO_REFRESH_TOKEN").get("scope").asText()).isEqualTo("ZohoCRM.modules.ALL");
        then(run.exchanges()
                        .get("ZOHO_RESTRICTED_USER_REFRESH_TOKEN")
                        .get("scope")
                        .asText())
                .isEqualTo("ZohoCRM.modules.ALL");
        then(run.exchanges()
                        .get("ZOHO_UNPRIVILEGED_USER_REFRESH_TOKEN")
                        .get("scope")
                        .asText())
                .isEqualTo("ZohoCRM.modules.ALL");
        List<String> limited = List.of(run.exchanges()
                .get("ZOHO_LIMITED_SCOPE_REFRESH_TOKEN")
                .get("scope")
                .asText()
                .split(" "));
        then(limited)
                .hasSize(18)
                .contains(
                        "ZohoCRM.modules.campaigns.READ",
                        "ZohoCRM.modules.campaigns.CREATE",
                        "ZohoCRM.modules.services.CREATE")
                .allMatch(scope -> scope.endsWith(".READ") || scope.endsWith(".CREATE"));
    }

    @Test
    void registers_a_refresh_token_per_scope_variable_for_the_administrator_with_only_that_scope() {
        // GIVEN the client and two per-scope refresh tokens, for all modules and for DELETE on campaigns
        Map<String, String> environment = new HashMap<>(fullEnvironment());
        environment.put("ZOHO_SCOPE_MODULES_ALL_REFRESH_TOKEN", "1000.env-scope-all-3c1d");
        environment.put("ZOHO_SCOPE_CAMPAIGNS_DELETE_REFRESH_TOKEN", "1000.env-scope-delete-9a7e");

        // WHEN the emulator runs and each is exchanged
        Run run = run(
                environment,
                CLIENT_ID_VALUE,
                CLIENT_SECRET_VALUE,
                Map.of("all", "1000.env-scope-all-3c1d", "delete", "1000.env-scope-delete-9a7e"),
                null,
                "--port",
                "0");

        // THEN each is named by its variable, never by its value, and carries exactly its scope
        then(run.exitCode()).as(run.err()).isZero();
        then(run.out())
                .contains(
                        "Refresh token from ZOHO_SCOPE_MODULES_ALL_REFRESH_TOKEN: the administrator, scope ZohoCRM.modules.ALL",
                        "Refresh token from ZOHO_SCOPE_CAMPAIGNS_DELETE_REFRESH_TOKEN: the administrator, scope ZohoCRM.modules.campaigns.DELETE");
        then(run.out()).doesNotContain("env-scope-all-3c1d").doesNotContain("env-scope-delete-9a7e");
        then(run.exchanges().get("all").get("scope").asText()).isEqualTo("ZohoCRM.modules.ALL");
        then(run.exchanges().get("delete").get("scope").asText()).isEqualTo("ZohoCRM.modules.campaigns.DELETE");
    }

    @Test
    void gives_each_demo_refresh_token_the_user_and_scopes_that_make_delink_fail_as_its_name_says() {
        // GIVEN the demo credentials; WHEN each token's holder tries to delink a contact from a campaign
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("admin", "demo-refresh-token");
        tokens.put("limited", "demo-limited-refresh-token");
        tokens.put("restricted", "demo-restricted-refresh-token");
        tokens.put("unprivileged", "demo-unprivileged-refresh-token");
        Run run = run(
                Map.of(),
                "demo-client",
                "demo-secret",
                tokens,
                (base, exchanges, observations) -> {
                    String admin = exchanges.get("admin").get("access_token").asText();
                    String campaign = zoho(
                                    base, admin, "POST", "/crm/v7/Campaigns", "{\"data\":[{\"Campaign_Name\":\"c\"}]}")
                            .body()
                            .at("/data/0/details/id")
                            .asText();
                    for (String holder : List.of("limited", "restricted", "unprivileged", "admin")) {
                        String contact = zoho(
                                        base, admin, "POST", "/crm/v7/Contacts", "{\"data\":[{\"Last_Name\":\"d\"}]}")
                                .body()
                                .at("/data/0/details/id")
                                .asText();
                        zoho(
                                base,
                                admin,
                                "PUT",
                                "/crm/v7/Campaigns/" + campaign + "/Contacts",
                                "{\"data\":[{\"id\":\"" + contact + "\",\"Member_Status\":\"Active\"}]}");
                        Answer delink = zoho(
                                base,
                                exchanges.get(holder).get("access_token").asText(),
                                "DELETE",
                                "/crm/v7/Campaigns/" + campaign + "/Contacts/" + contact,
                                null);
                        observations.add(holder + " " + delink.status() + " "
                                + delink.body()
                                        .path("code")
                                        .asText(delink.body().at("/data/0/code").asText()));
                    }
                },
                "--port",
                "0");

        // THEN scope mismatch, no permission, authorization failed, and success for the administrator
        then(run.exitCode()).as(run.err()).isZero();
        then(run.observations())
                .containsExactly(
                        "limited 401 OAUTH_SCOPE_MISMATCH",
                        "restricted 403 NO_PERMISSION",
                        "unprivileged 400 AUTHORIZATION_FAILED",
                        "admin 200 SUCCESS");
    }

    @ParameterizedTest(name = "only {0}")
    @ValueSource(
            strings = {
                "ZOHO_CLIENT_ID",
                "ZOHO_CLIENT_SECRET",
                "ZOHO_REFRESH_TOKEN",
                "ZOHO_LIMITED_SCOPE_REFRESH_TOKEN",
                "ZOHO_SCOPE_CAMPAIGNS_DELETE_REFRESH_TOKEN"
            })
    void refuses_partial_credentials_with_exit_code_2_naming_the_missing_variables_and_no_value(String onlySet) {
        // GIVEN only one of the variables set
        Map<String, String> environment = Map.of(onlySet, "partial-value-0b9e");

        // WHEN the emulator is started
        Run run = run(environment, "x", "y", Map.of(), null, "--port", "0");

        // THEN exit code 2, nothing started, one line naming each missing client variable and not the value
        then(run.exitCode()).isEqualTo(2);
        then(run.base()).isNull();
        then(run.out()).isEmpty();
        then(run.err().lines().toList()).hasSize(1);
        List.of("ZOHO_CLIENT_ID", "ZOHO_CLIENT_SECRET", "ZOHO_REFRESH_TOKEN").stream()
                .filter(name -> !name.equals(onlySet))
                .forEach(missing -> then(run.err()).contains(missing));
        then(run.err()).startsWith("emulator: ").contains("not set").doesNotContain("partial-value-0b9e");
    }

    @Test
    void names_only_the_missing_variable_when_two_of_three_are_set_and_treats_blank_as_unset() {
        // GIVEN the client id and secret set, and the refresh token blank
        Map<String, String> environment = Map.of(
                "ZOHO_CLIENT_ID",
                CLIENT_ID_VALUE,
                "ZOHO_CLIENT_SECRET",
                CLIENT_SECRET_VALUE,
                "ZOHO_REFRESH_TOKEN",
                "  ");

        // WHEN the emulator is started
        Run run = run(environment, "x", "y", Map.of(), null, "--port", "0");

        // THEN exit code 2 with ZOHO_REFRESH_TOKEN as the missing one
        then(run.exitCode()).isEqualTo(2);
        then(run.err())
                .startsWith("emulator: ZOHO_REFRESH_TOKEN is not set, but ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET are:");
        then(run.err()).doesNotContain(CLIENT_ID_VALUE).doesNotContain(CLIENT_SECRET_VALUE);
    }

    @Test
    void refuses_two_refresh_token_variables_with_the_same_value() {
        // GIVEN the limited-scope token set to the main refresh token
        Map<String, String> environment = new HashMap<>(fullEnvironment());
        environment.put("ZOHO_LIMITED_SCOPE_REFRESH_TOKEN", REFRESH_VALUE);

        // WHEN the emulator is started
        Run run = run(environment, "x", "y", Map.of(), null, "--port", "0");

        // THEN exit code 2 naming both variables and no value
        then(run.exitCode()).isEqualTo(2);
        then(run.err())
                .contains("ZOHO_REFRESH_TOKEN and ZOHO_LIMITED_SCOPE_REFRESH_TOKEN have the same value")
                .doesNotContain(REFRESH_VALUE);
    }

    @Test
    void reports_a_port_in_use_with_exit_code_2_and_the_address() throws IOException {
        // GIVEN a port already taken on loopback
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            // WHEN the emulator is asked to listen on it
            Run run = run(Map.of(), "x", "y", Map.of(), null, "--port", Integer.toString(taken.getLocalPort()));

            // THEN exit code 2, nothing on standard output, and a message naming the address
            then(run.exitCode()).isEqualTo(2);
            then(run.out()).isEmpty();
            then(run.err()).startsWith("emulator: cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }
}
