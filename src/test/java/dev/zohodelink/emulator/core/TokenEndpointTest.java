package dev.zohodelink.emulator.core;

import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.json;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.keys;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.thenRejectedWith;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.control.EmulatorControl;
import dev.zohodelink.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenEndpointTest {

    private static final String CLIENT_ID = "1000.TESTCLIENT";
    private static final String CLIENT_SECRET = "client-secret-under-test";
    private static final String REFRESH_TOKEN = "1000.refresh.under-test";
    private static final String HOST = "127.0.0.1:18080";

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-15T10:00:00Z"));
    private final ZohoEmulatorFixture zoho = ZohoEmulatorFixture.withClock(clock);
    private final Emulator emulator = zoho.emulator;

    TokenEndpointTest() {
        emulator.registerClient(CLIENT_ID, CLIENT_SECRET);
        emulator.registerRefreshToken(CLIENT_ID, REFRESH_TOKEN, emulator.administrator(), List.of(Scopes.ALL_MODULES));
    }

    private EmulatorState state() {
        return EmulatorControl.inProcess(emulator).state();
    }

    private static String form(String clientId, String clientSecret, String refreshToken) {
        return "grant_type=refresh_token&client_id=" + clientId + "&client_secret=" + clientSecret + "&refresh_token="
                + refreshToken;
    }

    private EmulatorResponse post(String pathAndQuery, String contentType, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Host", List.of(HOST));
        if (contentType != null) {
            headers.put("Content-Type", List.of(contentType));
        }
        return emulator.apply(new EmulatorRequest(
                "POST",
                pathAndQuery.replaceFirst("\\?.*", ""),
                pathAndQuery.contains("?") ? pathAndQuery.substring(pathAndQuery.indexOf('?') + 1) : null,
                headers,
                body));
    }

    private EmulatorResponse postForm(String form) {
        return post("/oauth/v2/token", "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8));
    }

    private EmulatorResponse refresh() {
        return postForm(form(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN));
    }

    /** A body as the form-data package of Zoho's Node SDK writes it: CRLF line breaks, 26 dashes and digits as boundary. */
    private static byte[] nodeMultipart(String boundary, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> refreshFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("client_id", CLIENT_ID);
        fields.put("client_secret", CLIENT_SECRET);
        fields.put("refresh_token", REFRESH_TOKEN);
        fields.put("grant_type", "refresh_token");
        return fields;
    }

    private static void thenIssued(EmulatorResponse response) {
        then(response.status()).as(response.bodyText()).isEqualTo(200);
        then(json(response).get("access_token").asText()).matches("1000\\.[0-9a-f]{32}\\.[0-9a-f]{32}");
    }

    private static void thenAccountsError(EmulatorResponse response, String error) {
        then(response.status()).isEqualTo(200);
        then(response.headers()).containsEntry("Content-Type", EmulatorResponse.JSON);
        then(json(response)).isEqualTo(json("{\"error\":\"" + error + "\"}"));
    }

    @Test
    void exchanges_a_refresh_token_sent_as_query_parameters_for_a_zoho_shaped_access_token() {
        // WHEN the refresh is sent as Zoho's accounts docs show it: parameters in the query, no body
        EmulatorResponse response =
                post("/oauth/v2/token?" + form(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN), null, null);

        // THEN 200 with Zoho's keys in Zoho's order, a one-hour Bearer token, the emulator's own URL as api_domain
        then(response.status()).as(response.bodyText()).isEqualTo(200);
        JsonNode body = json(response);
        then(keys(body)).containsExactly("access_token", "expires_in", "api_domain", "token_type", "scope");
        then(body.get("access_token").asText()).matches("1000\\.[0-9a-f]{32}\\.[0-9a-f]{32}");
        then(body.get("expires_in").isIntegralNumber()).isTrue();
        then(body.get("expires_in").asLong()).isEqualTo(3600);
        then(body.get("api_domain").asText()).isEqualTo("http://" + HOST);
        then(body.get("token_type").asText()).isEqualTo("Bearer");
        then(body.get("scope").asText()).isEqualTo(Scopes.ALL_MODULES);

        // AND the token works on the CRM routes as the administrator
        EmulatorResponse insert = zoho.sendAs(
                body.get("access_token").asText(),
                "POST",
                "/crm/v7/Campaigns",
                "{\"data\":[{\"Campaign_Name\":\"Spring\"}]}");
        then(insert.status()).as(insert.bodyText()).isEqualTo(201);
        then(json(insert).at("/data/0/details/Created_By/id").asText())
                .isEqualTo(emulator.administrator().id());
    }

    @Test
    void exchanges_a_refresh_token_sent_as_an_url_encoded_body_as_the_java_sdk_sends_it() {
        // WHEN the parameters come in an application/x-www-form-urlencoded body, percent-encoded
        EmulatorResponse response = postForm("client_id=1000.TESTCLIENT&client_secret=client%2Dsecret-under-test"
                + "&grant_type=refresh_token&refresh_token=1000.refresh.under-test");

        // THEN a token is issued
        thenIssued(response);
    }

    @Test
    void exchanges_a_refresh_token_sent_as_a_multipart_body_as_the_node_sdk_sends_it() {
        // GIVEN a multipart body with a form-data style boundary, sent with the boundary in the Content-Type
        String boundary = "--------------------------815417286414722310524567";
        byte[] body = nodeMultipart(boundary, refreshFields());

        // WHEN it is posted
        EmulatorResponse response = post("/oauth/v2/token", "multipart/form-data; boundary=" + boundary, body);

        // THEN a token is issued
        thenIssued(response);
    }

    @Test
    void reads_multipart_bodies_with_a_quoted_boundary_bare_line_feeds_and_extra_part_headers() {
        // GIVEN a multipart body with LF line breaks, a part Content-Type header and a quoted boundary
        String body =
                "preamble\n--b0und\nContent-Disposition: form-data; name=\"client_id\"\nContent-Type: text/plain\n\n"
                        + CLIENT_ID
                        + "\n--b0und\ncontent-disposition: form-data; name=client_secret\n\n" + CLIENT_SECRET
                        + "\n--b0und\nContent-Disposition: form-data; name=\"refresh_token\"\n\n" + REFRESH_TOKEN
                        + "\n--b0und\nContent-Disposition: form-data; name=\"grant_type\"\n\nrefresh_token\n--b0und--\n";

        // WHEN it is posted
        EmulatorResponse response = post(
                "/oauth/v2/token",
                "Multipart/Form-Data; charset=utf-8; boundary=\"b0und\"",
                body.getBytes(StandardCharsets.UTF_8));

        // THEN a token is issued
        thenIssued(response);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "--",
                "garbage without any boundary",
                "--b\r\n",
                "--b\r\nContent-Disposition: form-data; name=\"client_id\"\r\n\r\nx",
                "--b\r\nno headers end\r\n--b--",
                "--b\r\nContent-Disposition: form-data\r\n\r\nvalue\r\n--b--",
                "--b\r\nContent-Disposition: form-data; name=\"\"\r\n\r\nvalue\r\n--b--",
                "\r\n\r\n--b--\r\n--b",
                "--b--b--b"
            })
    void answers_a_malformed_multipart_body_with_a_zoho_error_never_an_exception(String body) {
        // WHEN a broken multipart body is posted, with and without a boundary in the Content-Type
        EmulatorResponse withBoundary =
                post("/oauth/v2/token", "multipart/form-data; boundary=b", body.getBytes(StandardCharsets.UTF_8));
        EmulatorResponse withoutBoundary =
                post("/oauth/v2/token", "multipart/form-data", body.getBytes(StandardCharsets.UTF_8));

        // THEN both are HTTP 200 errors of missing or unreadable parameters, no token, and nothing failed unexpectedly
        for (EmulatorResponse response : List.of(withBoundary, withoutBoundary)) {
            then(response.status()).isEqualTo(200);
            then(keys(json(response))).containsExactly("error");
            then(json(response).get("error").asText()).isIn("invalid_request", "unsupported_grant_type");
        }
        thenAccountsError(withoutBoundary, "invalid_request");
        then(state().accessTokens()).isEqualTo(1);
        then(state().unexpectedFailures()).isZero();
    }

    @Test
    void issues_tokens_for_the_user_and_scopes_the_refresh_token_was_registered_with() {
        // GIVEN a refresh token of a user who may not delete related records, limited to reading campaigns and leads
        User viewer = emulator.addUser("Viewer", false, Set.of());
        emulator.registerRefreshToken(
                CLIENT_ID,
                "1000.refresh.viewer",
                viewer,
                List.of(Scopes.of(Module.CAMPAIGNS, "READ"), Scopes.of(Module.LEADS, "READ")));

        // WHEN it is exchanged
        EmulatorResponse response = postForm(form(CLIENT_ID, CLIENT_SECRET, "1000.refresh.viewer"));

        // THEN the scope lists both scopes, space-separated, and the token reads but cannot create
        thenIssued(response);
        then(json(response).get("scope").asText())
                .isEqualTo("ZohoCRM.modules.campaigns.READ ZohoCRM.modules.leads.READ");
        String token = json(response).get("access_token").asText();
        then(zoho.sendAs(token, "GET", "/crm/v7/Campaigns?fields=id", null).status())
                .isEqualTo(204);
        thenRejectedWith(
                zoho.sendAs(token, "POST", "/crm/v7/Campaigns", "{\"data\":[{\"Campaign_Name\":\"x\"}]}"),
                ZohoError.OAUTH_SCOPE_MISMATCH);
    }

    @Test
    void issues_tokens_that_expire_after_an_hour() {
        // GIVEN a token from the endpoint
        String token = json(refresh()).get("access_token").asText();
        clock.advance(Duration.ofSeconds(3599));
        then(zoho.sendAs(token, "GET", "/crm/v7/Campaigns?fields=id", null).status())
                .isEqualTo(204);

        // WHEN the hour is over
        clock.advance(Duration.ofSeconds(1));

        // THEN the token is INVALID_TOKEN
        thenRejectedWith(zoho.sendAs(token, "GET", "/crm/v7/Campaigns?fields=id", null), ZohoError.INVALID_TOKEN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wrong secret                                | grant_type=refresh_token&client_id=1000.TESTCLIENT&client_secret=wrong&refresh_token=1000.refresh.under-test | invalid_client
            unknown client                              | grant_type=refresh_token&client_id=1000.OTHER&client_secret=client-secret-under-test&refresh_token=1000.refresh.under-test | invalid_client
            unknown refresh token                       | grant_type=refresh_token&client_id=1000.TESTCLIENT&client_secret=client-secret-under-test&refresh_token=1000.never | invalid_code
            grant type missing                          | client_id=1000.TESTCLIENT&client_secret=client-secret-under-test&refresh_token=1000.refresh.under-test | unsupported_grant_type
            other grant type                            | grant_type=authorization_code&client_id=1000.TESTCLIENT&client_secret=client-secret-under-test&refresh_token=1000.refresh.under-test | unsupported_grant_type
            client secret missing                       | grant_type=refresh_token&client_id=1000.TESTCLIENT&refresh_token=1000.refresh.under-test | invalid_request
            refresh token empty                         | grant_type=refresh_token&client_id=1000.TESTCLIENT&client_secret=client-secret-under-test&refresh_token= | invalid_request
            client id missing                           | grant_type=refresh_token&client_secret=client-secret-under-test&refresh_token=1000.refresh.under-test | invalid_request
            undecodable body                            | grant_type=refresh_token&client_id=%zz | invalid_request
            """)
    void refuses_a_refresh_as_zoho_accounts_does_with_http_200_and_an_error_body(
            String why, String form, String error) {
        // GIVEN the tokens issued so far
        int tokensBefore = state().accessTokens();

        // WHEN the refresh is sent
        EmulatorResponse response = postForm(form);

        // THEN HTTP 200 {"error": ...} and no token is issued
        thenAccountsError(response, error);
        then(state().accessTokens()).isEqualTo(tokensBefore);
    }

    @Test
    void answers_invalid_code_for_a_revoked_refresh_token() {
        // GIVEN the refresh token worked once and was then revoked
        thenIssued(refresh());
        then(emulator.revokeRefreshToken(REFRESH_TOKEN)).isTrue();

        // WHEN it is used again
        EmulatorResponse response = refresh();

        // THEN invalid_code
        thenAccountsError(response, "invalid_code");
        then(emulator.revokeRefreshToken(REFRESH_TOKEN)).isFalse();
    }

    @Test
    void answers_invalid_code_for_a_refresh_token_of_another_client() {
        // GIVEN a second client with its own secret
        emulator.registerClient("1000.SECOND", "second-secret");

        // WHEN the second client presents the first client's refresh token
        EmulatorResponse response = postForm(form("1000.SECOND", "second-secret", REFRESH_TOKEN));

        // THEN invalid_code
        thenAccountsError(response, "invalid_code");
    }

    @Test
    void throttles_the_eleventh_token_of_a_refresh_token_within_ten_minutes_and_not_another_refresh_token() {
        // GIVEN ten tokens issued from the refresh token within ten minutes, and a second refresh token of the same
        // client
        for (int i = 0; i < 10; i++) {
            thenIssued(refresh());
            clock.advance(Duration.ofSeconds(59));
        }
        emulator.registerRefreshToken(
                CLIENT_ID, "1000.refresh.second", emulator.administrator(), List.of(Scopes.ALL_MODULES));
        int tokensBefore = state().accessTokens();

        // WHEN an eleventh is asked for, 9 min 50 s after the first
        EmulatorResponse response = refresh();

        // THEN HTTP 400 with Zoho's throttle body, no token issued; the other refresh token still works
        then(response.status()).isEqualTo(400);
        then(response.bodyText())
                .isEqualTo(
                        "{\"error_description\":\"You have made too many requests continuously. Please try again after some time.\","
                                + "\"error\":\"Access Denied\",\"status\":\"failure\"}");
        then(state().accessTokens()).isEqualTo(tokensBefore);
        thenIssued(postForm(form(CLIENT_ID, CLIENT_SECRET, "1000.refresh.second")));
    }

    @Test
    void issues_again_once_the_first_token_of_the_window_is_ten_minutes_old() {
        // GIVEN ten tokens issued at the same instant, and the eleventh refused
        for (int i = 0; i < 10; i++) {
            thenIssued(refresh());
        }
        then(refresh().status()).isEqualTo(400);

        // WHEN ten minutes have passed since they were issued
        clock.advance(Duration.ofMinutes(10));

        // THEN tokens are issued again, ten more, then the next is refused
        for (int i = 0; i < 10; i++) {
            thenIssued(refresh());
        }
        then(refresh().status()).isEqualTo(400);
    }

    @Test
    void names_loopback_as_api_domain_when_the_request_has_no_usable_host_header() {
        // WHEN the refresh comes without a Host header, and with one that is no host name
        EmulatorResponse noHost = emulator.apply(EmulatorRequest.of(
                "POST", "/oauth/v2/token?" + form(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN), Map.of(), null));
        EmulatorResponse oddHost = emulator.apply(EmulatorRequest.of(
                "POST",
                "/oauth/v2/token?" + form(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN),
                Map.of("Host", List.of("evil.example/\"injected")),
                null));

        // THEN api_domain is http://127.0.0.1
        then(json(noHost).get("api_domain").asText()).isEqualTo("http://127.0.0.1");
        then(json(oddHost).get("api_domain").asText()).isEqualTo("http://127.0.0.1");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET", "PUT", "DELETE"})
    void answers_another_method_than_post_with_invalid_request_method(String method) {
        // WHEN the token endpoint is called with another method
        EmulatorResponse response = emulator.apply(EmulatorRequest.of(
                method, "/oauth/v2/token?" + form(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN), Map.of(), null));

        // THEN Zoho's INVALID_REQUEST_METHOD envelope, and no token
        thenRejectedWith(response, ZohoError.INVALID_REQUEST_METHOD);
        then(response.bodyText()).doesNotContain("access_token");
    }

    @Test
    void keeps_the_client_secret_and_refresh_token_out_of_exception_messages() {
        // WHEN registrations are refused: a refresh token of an unknown client, a user of no org, a blank secret
        User stranger = new User("42", "Stranger", true, Set.of());

        // THEN the messages say why without repeating the secret values
        thenThrownBy(() -> emulator.registerRefreshToken(
                        "1000.UNKNOWN", "refresh-value-1", emulator.administrator(), List.of(Scopes.ALL_MODULES)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("client_id")
                .hasMessageNotContaining("refresh-value-1");
        thenThrownBy(() -> emulator.registerRefreshToken(
                        CLIENT_ID, "refresh-value-2", stranger, List.of(Scopes.ALL_MODULES)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("refresh-value-2");
        thenThrownBy(() -> emulator.registerClient("1000.NEW", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("client_secret");
    }

    @Test
    void counts_oauth_clients_and_refresh_tokens_in_the_state() {
        // WHEN a second refresh token is registered
        emulator.registerRefreshToken(
                CLIENT_ID, "1000.refresh.more", emulator.administrator(), List.of(Scopes.ALL_MODULES));

        // THEN the state counts one client and two refresh tokens
        then(state())
                .extracting(EmulatorState::oauthClients, EmulatorState::refreshTokens)
                .containsExactly(1, 2);
    }

    @Test
    void counts_the_access_tokens_issued_from_refresh_tokens_in_the_state_but_not_refused_requests() {
        // GIVEN two refreshes, and one request with a wrong secret
        refresh();
        refresh();
        postForm(form(CLIENT_ID, "wrong-secret", REFRESH_TOKEN));

        // THEN the state counts two token refreshes
        then(state().tokenRefreshes()).isEqualTo(2);
    }
}
