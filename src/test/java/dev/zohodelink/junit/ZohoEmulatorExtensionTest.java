package dev.zohodelink.junit;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.emulator.control.EmulatorControl;
import dev.zohodelink.emulator.control.NewUser;
import dev.zohodelink.emulator.core.User;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A user's test class, as the README shows it: the emulator of the class, reached over HTTP with java.net.http. */
@ZohoEmulatorTest
class ZohoEmulatorExtensionTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static ZohoEmulatorInfo beforeAllInfo;

    @BeforeAll
    static void remember_the_emulator_given_before_all(ZohoEmulatorInfo zoho) {
        beforeAllInfo = zoho;
    }

    private static HttpResponse<String> send(String method, String url, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Zoho-oauthtoken " + token);
        }
        return http(request.build());
    }

    private static HttpResponse<String> http(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void delinks_a_relation_seeded_directly_in_the_emulator_over_http(ZohoEmulatorInfo zoho) throws Exception {
        // GIVEN a campaign linked to two contacts, seeded through the emulator itself
        String campaign = zoho.emulator().insertRecord(Module.CAMPAIGNS, Map.of("Campaign_Name", "Spring"));
        String doe = zoho.emulator().insertRecord(Module.CONTACTS, Map.of("Last_Name", "Doe"));
        String roe = zoho.emulator().insertRecord(Module.CONTACTS, Map.of("Last_Name", "Roe"));
        zoho.emulator().link(campaign, doe, Map.of("Member_Status", "Active"));
        zoho.emulator().link(campaign, roe, Map.of());

        // WHEN the client under test delinks one of them with the given base URL and token
        HttpResponse<String> response = send(
                "DELETE",
                zoho.apiUrl("v7") + "/Campaigns/" + campaign + "/Contacts?ids=" + doe,
                zoho.accessToken(),
                null);

        // THEN Zoho's success body arrives and only that relation is gone
        then(response.statusCode()).as(response.body()).isEqualTo(200);
        then(MAPPER.readTree(response.body())).isEqualTo(MAPPER.readTree("""
                {"data":[{"code":"SUCCESS","details":{"id":"%s"},"message":"relation removed","status":"success"}]}""".formatted(doe)));
        then(zoho.emulator().areLinked(campaign, doe)).isFalse();
        then(zoho.emulator().areLinked(campaign, roe)).isTrue();
    }

    @Test
    void gives_the_demo_client_whose_refresh_token_yields_a_token_for_the_emulator_itself(ZohoEmulatorInfo zoho)
            throws Exception {
        // WHEN the demo refresh token is exchanged at the token URL
        HttpResponse<String> response = http(HttpRequest.newBuilder(URI.create(zoho.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&client_id=" + zoho.clientId()
                        + "&client_secret=" + zoho.clientSecret() + "&refresh_token=" + zoho.refreshToken()))
                .build());

        // THEN an access token comes back whose api_domain is the base URL, and it reads the current user
        JsonNode answer = MAPPER.readTree(response.body());
        then(answer.get("api_domain").asText()).isEqualTo(zoho.baseUrl());
        HttpResponse<String> user = send(
                "GET",
                zoho.apiUrl("v7") + "/users?type=CurrentUser",
                answer.get("access_token").asText(),
                null);
        then(MAPPER.readTree(user.body()).at("/users/0/id").asText())
                .isEqualTo(zoho.emulator().administrator().id());
    }

    @Test
    void gives_a_token_with_the_settings_scopes_sdks_need_and_a_loopback_base_url(ZohoEmulatorInfo zoho)
            throws Exception {
        // WHEN the given token reads related-list metadata
        HttpResponse<String> lists =
                send("GET", zoho.apiUrl("v7") + "/settings/related_lists?module=Campaigns", zoho.accessToken(), null);

        // THEN it is allowed, and the base URL is loopback on the port of the server
        then(lists.statusCode()).isEqualTo(200);
        then(zoho.baseUri().getHost()).isEqualTo("127.0.0.1");
        then(zoho.port()).isPositive();
        then(zoho.baseUrl()).doesNotEndWith("/");
    }

    @Test
    void reaches_the_control_plane_to_inject_a_fault(ZohoEmulatorInfo zoho) throws Exception {
        // GIVEN the control plane is up
        then(send("GET", zoho.controlPlane() + "/health", null, null).statusCode())
                .isEqualTo(200);

        // WHEN one 429 is injected on the org route and the org is read twice
        then(send(
                                "POST",
                                zoho.controlPlane() + "/faults",
                                null,
                                "{\"route\":\"metadata\",\"kind\":\"too_many_requests\",\"retry_after_seconds\":1}")
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> limited = send("GET", zoho.apiUrl("v7") + "/org", zoho.accessToken(), null);
        HttpResponse<String> answered = send("GET", zoho.apiUrl("v7") + "/org", zoho.accessToken(), null);

        // THEN the first is refused with Retry-After and the second answered
        then(limited.statusCode()).isEqualTo(429);
        then(limited.headers().firstValue("Retry-After")).hasValue("1");
        then(answered.statusCode()).isEqualTo(200);
    }

    @Test
    void gives_a_typed_control_whose_user_without_delete_permission_is_refused_a_delink(ZohoEmulatorInfo zoho)
            throws Exception {
        // GIVEN a campaign, and a user added through the typed control whose profile may not delete
        String campaign = zoho.emulator().insertRecord(Module.CAMPAIGNS, Map.of("Campaign_Name", "Autumn"));
        EmulatorControl control = zoho.control();
        User rep = control.addUser(NewUser.named("Sales Rep").withoutDeletePermission());
        String token = control.issueAccessToken(rep, List.of(Scopes.ALL_MODULES), Duration.ofMinutes(5));

        // WHEN that user delinks over HTTP
        HttpResponse<String> response =
                send("DELETE", zoho.apiUrl("v7") + "/Campaigns/" + campaign + "/Contacts?ids=1", token, null);

        // THEN Zoho's NO_PERMISSION comes back
        then(response.statusCode()).as(response.body()).isEqualTo(403);
        then(MAPPER.readTree(response.body()).path("code").asText()).isEqualTo("NO_PERMISSION");
    }

    @Test
    void gives_every_method_of_the_class_the_emulator_its_before_all_got(ZohoEmulatorInfo zoho) {
        // WHEN the info of this method is compared with the one @BeforeAll received
        // THEN they are the same emulator, and the info does not print the token
        then(zoho).isSameAs(beforeAllInfo);
        then(zoho.toString()).contains(zoho.baseUrl()).doesNotContain(zoho.accessToken());
    }

    @Nested
    class A_nested_class {

        @Test
        void shares_the_emulator_of_its_enclosing_class(ZohoEmulatorInfo zoho) {
            // WHEN a nested test gets the info THEN it is the enclosing class's
            then(zoho).isSameAs(beforeAllInfo);
        }
    }
}
