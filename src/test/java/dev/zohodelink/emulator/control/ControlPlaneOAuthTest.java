package dev.zohodelink.emulator.control;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.core.EmulatorRequest;
import dev.zohodelink.emulator.core.EmulatorResponse;
import dev.zohodelink.emulator.core.EmulatorState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControlPlaneOAuthTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SECRET = "s3cret-of-the-client";
    private static final String REFRESH = "1000.refresh-of-the-test";

    private final Emulator emulator = new Emulator(BehaviourProfile.bestEvidence());
    private final ControlPlane control = new ControlPlane(emulator);

    private EmulatorResponse control(String method, String path, String body) {
        return control.apply(EmulatorRequest.of(method, path, Map.of(), body));
    }

    private EmulatorResponse exchange(String clientId, String secret, String refreshToken) {
        return emulator.apply(EmulatorRequest.of(
                "POST",
                "/oauth/v2/token",
                Map.of("Content-Type", List.of("application/x-www-form-urlencoded"), "Host", List.of("localhost:9000")),
                "grant_type=refresh_token&client_id=" + clientId + "&client_secret=" + secret + "&refresh_token="
                        + refreshToken));
    }

    private EmulatorResponse zoho(String token, String method, String path, String body) {
        return emulator.apply(
                EmulatorRequest.of(method, path, Map.of("Authorization", List.of("Zoho-oauthtoken " + token)), body));
    }

    private static JsonNode json(EmulatorResponse response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(response.bodyText(), e);
        }
    }

    private static JsonNode tree(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(text, e);
        }
    }

    private void registerClient() {
        EmulatorResponse response = control(
                "POST", ControlPlane.OAUTH_CLIENTS, "{\"client_id\":\"1000.CP\",\"client_secret\":\"" + SECRET + "\"}");
        then(response.status()).as(response.bodyText()).isEqualTo(201);
    }

    @Test
    void registers_a_client_and_a_refresh_token_that_the_token_endpoint_exchanges_without_echoing_either_secret() {
        // GIVEN a user who may not delete related records
        String viewer = json(control(
                        "POST", ControlPlane.USERS, "{\"name\":\"Viewer\",\"may_delete_related_records\":false}"))
                .get("id")
                .asText();

        // WHEN a client and a refresh token of that user are registered
        EmulatorResponse client = control(
                "POST", ControlPlane.OAUTH_CLIENTS, "{\"client_id\":\"1000.CP\",\"client_secret\":\"" + SECRET + "\"}");
        EmulatorResponse token = control(
                "POST",
                ControlPlane.REFRESH_TOKENS,
                "{\"client_id\":\"1000.CP\",\"refresh_token\":\"" + REFRESH + "\"," + "\"user_id\":\"" + viewer
                        + "\",\"scopes\":[\"ZohoCRM.modules.campaigns.READ\",\"ZohoCRM.modules.leads.ALL\"]}");

        // THEN both are 201 and say what was registered, without the secret or the refresh token
        then(client.status()).isEqualTo(201);
        then(json(client)).isEqualTo(tree("{\"client_id\":\"1000.CP\"}"));
        then(token.status()).isEqualTo(201);
        then(json(token))
                .isEqualTo(tree("{\"client_id\":\"1000.CP\",\"user_id\":\"" + viewer + "\","
                        + "\"scopes\":[\"ZohoCRM.modules.campaigns.READ\",\"ZohoCRM.modules.leads.ALL\"]}"));
        then(client.bodyText() + token.bodyText()).doesNotContain(SECRET).doesNotContain(REFRESH);

        // AND the token endpoint issues an access token of that user with those scopes
        EmulatorResponse exchanged = exchange("1000.CP", SECRET, REFRESH);
        then(json(exchanged).get("scope").asText())
                .isEqualTo("ZohoCRM.modules.campaigns.READ ZohoCRM.modules.leads.ALL");
        EmulatorResponse insert = zoho(
                json(exchanged).get("access_token").asText(),
                "POST",
                "/crm/v7/Leads",
                "{\"data\":[{\"Last_Name\":\"Doe\"}]}");
        then(insert.status()).as(insert.bodyText()).isEqualTo(201);
        then(json(insert).at("/data/0/details/Created_By/id").asText()).isEqualTo(viewer);
    }

    @Test
    void registers_a_refresh_token_for_the_administrator_with_all_modules_by_default() {
        // GIVEN a client
        registerClient();

        // WHEN a refresh token is registered without user and scopes
        EmulatorResponse token = control(
                "POST",
                ControlPlane.REFRESH_TOKENS,
                "{\"client_id\":\"1000.CP\",\"refresh_token\":\"" + REFRESH + "\"}");

        // THEN it is the administrator's, with ZohoCRM.modules.ALL
        then(token.status()).isEqualTo(201);
        then(json(token).get("user_id").asText())
                .isEqualTo(emulator.administrator().id());
        then(json(exchange("1000.CP", SECRET, REFRESH)).get("scope").asText()).isEqualTo("ZohoCRM.modules.ALL");
    }

    @Test
    void replaces_the_secret_of_a_client_registered_again() {
        // GIVEN a client with a refresh token
        registerClient();
        control(
                "POST",
                ControlPlane.REFRESH_TOKENS,
                "{\"client_id\":\"1000.CP\",\"refresh_token\":\"" + REFRESH + "\"}");

        // WHEN the client is registered again with another secret
        control("POST", ControlPlane.OAUTH_CLIENTS, "{\"client_id\":\"1000.CP\",\"client_secret\":\"rotated\"}");

        // THEN the old secret is invalid_client and the new one works
        then(json(exchange("1000.CP", SECRET, REFRESH))).isEqualTo(tree("{\"error\":\"invalid_client\"}"));
        then(json(exchange("1000.CP", "rotated", REFRESH)).has("access_token")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            client without secret         | /__emulator/oauth-clients  | {"client_id":"1000.X"}                                                   | client_secret
            client with a blank secret    | /__emulator/oauth-clients  | {"client_id":"1000.X","client_secret":"  "}                             | client_secret
            client without id             | /__emulator/oauth-clients  | {"client_secret":"s3cret-of-the-client"}                                 | client_id
            client with a numeric secret  | /__emulator/oauth-clients  | {"client_id":"1000.X","client_secret":12}                               | client_secret
            token of an unknown client    | /__emulator/refresh-tokens | {"client_id":"1000.NOPE","refresh_token":"1000.refresh-of-the-test"}    | client_id
            token without refresh_token   | /__emulator/refresh-tokens | {"client_id":"1000.CP"}                                                  | refresh_token
            token of an unknown user      | /__emulator/refresh-tokens | {"client_id":"1000.CP","refresh_token":"1000.refresh-of-the-test","user_id":"9"} | no user 9
            token with scopes not a list  | /__emulator/refresh-tokens | {"client_id":"1000.CP","refresh_token":"1000.refresh-of-the-test","scopes":"ZohoCRM.modules.ALL"} | scopes
            token with a non-text scope   | /__emulator/refresh-tokens | {"client_id":"1000.CP","refresh_token":"1000.refresh-of-the-test","scopes":[1]} | scopes
            body that is not JSON         | /__emulator/refresh-tokens | client_id=1000.CP                                                        | JSON
            """)
    void refuses_an_incomplete_registration_with_a_message_that_names_the_problem_but_no_secret(
            String why, String path, String body, String named) {
        // GIVEN a registered client
        registerClient();

        // WHEN the registration is sent
        EmulatorResponse response = control("POST", path, body);

        // THEN 400 INVALID_REQUEST naming the problem, never a secret value; nothing more is registered
        then(response.status()).isEqualTo(400);
        JsonNode answer = json(response);
        then(answer.get("code").asText()).isEqualTo("INVALID_REQUEST");
        then(answer.get("status").asText()).isEqualTo(ZohoError.STATUS);
        then(answer.get("message").asText()).contains(named);
        then(response.bodyText()).doesNotContain(SECRET).doesNotContain(REFRESH);
        then(EmulatorControl.inProcess(emulator).state())
                .extracting(EmulatorState::oauthClients, EmulatorState::refreshTokens)
                .containsExactly(1, 0);
    }

    @Test
    void counts_clients_and_refresh_tokens_in_the_state_and_keeps_them_across_a_reset() {
        // GIVEN a client with a refresh token
        registerClient();
        control(
                "POST",
                ControlPlane.REFRESH_TOKENS,
                "{\"client_id\":\"1000.CP\",\"refresh_token\":\"" + REFRESH + "\"}");

        // WHEN the emulator is reset
        control("POST", ControlPlane.RESET, null);

        // THEN the state still counts them, and the refresh token still works
        JsonNode state = json(control("GET", ControlPlane.STATE, null));
        then(state.get("oauth_clients").asInt()).isEqualTo(1);
        then(state.get("refresh_tokens").asInt()).isEqualTo(1);
        then(json(exchange("1000.CP", SECRET, REFRESH)).has("access_token")).isTrue();
    }
}
