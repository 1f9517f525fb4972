package dev.zohodelink.emulator.control;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.core.EmulatorRequest;
import dev.zohodelink.emulator.core.EmulatorResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControlPlaneTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Emulator emulator = new Emulator(BehaviourProfile.bestEvidence());
    private final ControlPlane control = new ControlPlane(emulator);

    private EmulatorResponse control(String method, String path, String body) {
        return control.apply(EmulatorRequest.of(method, path, Map.of(), body));
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

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private String issueToken(String body) {
        EmulatorResponse response = control("POST", ControlPlane.TOKENS, body);
        then(response.status()).as(response.bodyText()).isEqualTo(201);
        return json(response).get("access_token").asText();
    }

    private String createCampaign(String token) {
        EmulatorResponse response =
                zoho(token, "POST", "/crm/v7/Campaigns", "{\"data\":[{\"Campaign_Name\":\"Spring\"}]}");
        then(response.status()).as(response.bodyText()).isEqualTo(201);
        return json(response).at("/data/0/details/id").asText();
    }

    @Test
    void answers_health_with_status_up() {
        // WHEN health is asked
        EmulatorResponse response = control("GET", ControlPlane.HEALTH, null);

        // THEN the answer is 200 {"status":"up"}
        then(response.status()).isEqualTo(200);
        then(json(response)).isEqualTo(MAPPER.createObjectNode().put("status", "up"));
    }

    @Test
    void issues_a_token_that_works_on_the_zoho_routes_for_the_administrator_by_default() {
        // WHEN a token is issued with an empty body
        EmulatorResponse response = control("POST", ControlPlane.TOKENS, "");

        // THEN it is Zoho-shaped, for the administrator with ZohoCRM.modules.ALL, and it creates records
        then(response.status()).isEqualTo(201);
        JsonNode body = json(response);
        then(body.get("access_token").asText()).matches("1000\\.[0-9a-f]{32}\\.[0-9a-f]{32}");
        then(body.get("user_id").asText()).isEqualTo(emulator.administrator().id());
        then(body.get("scopes").toString()).isEqualTo("[\"ZohoCRM.modules.ALL\"]");
        then(body.get("expires_in").asLong()).isEqualTo(3600);
        then(createCampaign(body.get("access_token").asText())).matches("[0-9]+");
    }

    @Test
    void issues_a_token_limited_to_the_scopes_asked_for() {
        // GIVEN a campaign and a lead linked with an administrator token
        String admin = issueToken("{}");
        String campaign = createCampaign(admin);
        String lead = json(zoho(admin, "POST", "/crm/v7/Leads", "{\"data\":[{\"Last_Name\":\"Doe\"}]}"))
                .at("/data/0/details/id")
                .asText();
        then(zoho(admin, "PUT", "/crm/v7/Campaigns/" + campaign + "/Leads", "{\"data\":[{\"id\":\"" + lead + "\"}]}")
                        .status())
                .isEqualTo(200);

        // WHEN a read-only token tries to delink
        String readOnly = issueToken("{\"scopes\":[\"ZohoCRM.modules.campaigns.READ\"]}");
        EmulatorResponse response = zoho(readOnly, "DELETE", "/crm/v7/Campaigns/" + campaign + "/Leads/" + lead, null);

        // THEN the scope is enforced
        then(response.status()).isEqualTo(ZohoError.OAUTH_SCOPE_MISMATCH.httpStatus());
        then(json(response).get("code").asText()).isEqualTo(ZohoError.OAUTH_SCOPE_MISMATCH.code());
    }

    @Test
    void issues_an_already_expired_token_when_asked_for_a_non_positive_lifetime() {
        // WHEN a token with expires_in 0 is used
        String token = issueToken("{\"expires_in\":0}");
        EmulatorResponse response = zoho(token, "GET", "/crm/v7/Campaigns?fields=id", null);

        // THEN it is INVALID_TOKEN
        then(response.status()).isEqualTo(401);
        then(json(response).get("code").asText()).isEqualTo(ZohoError.INVALID_TOKEN.code());
    }

    @Test
    void adds_users_whose_limits_the_zoho_routes_enforce() {
        // GIVEN a user who may not delete, and one without access to Leads
        EmulatorResponse noDelete =
                control("POST", ControlPlane.USERS, "{\"name\":\"Viewer\",\"may_delete_related_records\":false}");
        EmulatorResponse noLeads =
                control("POST", ControlPlane.USERS, "{\"name\":\"No Leads\",\"without_access_to\":[\"Leads\"]}");
        then(noDelete.status()).isEqualTo(201);
        then(noLeads.status()).isEqualTo(201);
        then(json(noDelete).get("name").asText()).isEqualTo("Viewer");
        then(emulator.user(json(noDelete).get("id").asText()))
                .hasValueSatisfying(user -> then(user.mayDeleteRelatedRecords()).isFalse());
        String admin = issueToken("{}");
        String campaign = createCampaign(admin);
        String lead = json(zoho(admin, "POST", "/crm/v7/Leads", "{\"data\":[{\"Last_Name\":\"Doe\"}]}"))
                .at("/data/0/details/id")
                .asText();
        zoho(admin, "PUT", "/crm/v7/Campaigns/" + campaign + "/Leads", "{\"data\":[{\"id\":\"" + lead + "\"}]}");

        // WHEN each of them delinks, with a token issued through the control plane
        String url = "/crm/v7/Campaigns/" + campaign + "/Leads/" + lead;
        EmulatorResponse byViewer =
                zoho(issueToken("{\"user_id\":\"" + json(noDelete).get("id").asText() + "\"}"), "DELETE", url, null);
        EmulatorResponse byNoLeads =
                zoho(issueToken("{\"user_id\":\"" + json(noLeads).get("id").asText() + "\"}"), "DELETE", url, null);

        // THEN NO_PERMISSION and AUTHORIZATION_FAILED respectively
        then(byViewer.status()).isEqualTo(ZohoError.NO_PERMISSION.httpStatus());
        then(json(byViewer).get("code").asText()).isEqualTo(ZohoError.NO_PERMISSION.code());
        then(byNoLeads.status()).isEqualTo(ZohoError.AUTHORIZATION_FAILED.httpStatus());
        then(json(byNoLeads).get("code").asText()).isEqualTo(ZohoError.AUTHORIZATION_FAILED.code());
    }

    @Test
    void injects_a_fault_that_answers_once_and_clears_faults_on_request() {
        // GIVEN a token and an injected one-time INTERNAL_ERROR on the insert route, plus a lasting one on delink
        String token = issueToken("{}");
        EmulatorResponse injected =
                control("POST", ControlPlane.FAULTS, "{\"route\":\"insert\",\"error\":\"INTERNAL_ERROR\",\"times\":1}");
        control("POST", ControlPlane.FAULTS, "{\"route\":\"delink\",\"times\":50}");

        // WHEN records are inserted twice, then faults are cleared and a delink is tried
        EmulatorResponse first = zoho(token, "POST", "/crm/v7/Campaigns", "{\"data\":[{\"Campaign_Name\":\"A\"}]}");
        EmulatorResponse second = zoho(token, "POST", "/crm/v7/Campaigns", "{\"data\":[{\"Campaign_Name\":\"B\"}]}");
        EmulatorResponse cleared = control("DELETE", ControlPlane.FAULTS, null);
        String campaign = json(second).at("/data/0/details/id").asText();
        EmulatorResponse delink = zoho(token, "DELETE", "/crm/v7/Campaigns/" + campaign + "/Leads/1234567890", null);

        // THEN the fault answers once, and the cleared delink fault no longer does
        then(injected.status()).isEqualTo(201);
        then(json(injected).toString())
                .contains("\"route\":\"insert\"")
                .contains("\"error\":\"INTERNAL_ERROR\"")
                .contains("\"times\":1");
        then(first.status()).isEqualTo(500);
        then(json(first).get("code").asText()).isEqualTo("INTERNAL_ERROR");
        then(second.status()).isEqualTo(201);
        then(cleared.status()).isEqualTo(200);
        then(delink.status()).isEqualTo(400);
        then(json(delink).at("/data/0/code").asText()).isEqualTo("INVALID_DATA");
    }

    @Test
    void answers_its_state_with_every_count_by_its_snake_case_name_and_the_profile_after_the_counts() {
        String token = issueToken("{}");
        createCampaign(token);

        EmulatorResponse state = control("GET", ControlPlane.STATE, null);

        then(state.status()).isEqualTo(200);
        then(state.bodyText())
                .isEqualTo("{\"records\":1,\"relations\":0,\"users\":1,\"tokens\":1,\"oauth_clients\":0,"
                        + "\"refresh_tokens\":0,\"token_refreshes\":0,\"profile\":\"best-evidence\","
                        + "\"unexpected_failures\":0}");
    }

    @Test
    void resets_records_relations_and_faults_but_keeps_tokens_valid() {
        // GIVEN a record and a pending fault
        String token = issueToken("{}");
        createCampaign(token);
        control("POST", ControlPlane.FAULTS, "{\"route\":\"read-records\",\"times\":3}");
        then(json(control("GET", ControlPlane.STATE, null)).get("records").asInt())
                .isEqualTo(1);

        // WHEN the emulator is reset
        EmulatorResponse reset = control("POST", ControlPlane.RESET, null);

        // THEN the data and the fault are gone, and the old token still works
        then(reset.status()).isEqualTo(200);
        JsonNode state = json(control("GET", ControlPlane.STATE, null));
        then(state.get("records").asInt()).isZero();
        then(state.get("relations").asInt()).isZero();
        then(state.get("profile").asText()).isEqualTo("best-evidence");
        EmulatorResponse list = zoho(token, "GET", "/crm/v7/Campaigns?fields=id", null);
        then(list.status()).isEqualTo(204);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "POST   | /__emulator/tokens | not json",
                "POST   | /__emulator/tokens | [1,2]",
                "POST   | /__emulator/tokens | {\"user_id\":\"42\"}",
                "POST   | /__emulator/tokens | {\"scopes\":\"ZohoCRM.modules.ALL\"}",
                "POST   | /__emulator/tokens | {\"expires_in\":9223372036854775807}",
                "POST   | /__emulator/tokens | {\"expires_in\":-9223372036854775807}",
                "POST   | /__emulator/tokens | {\"expires_in\":1e300}",
                "POST   | /__emulator/users  | {\"without_access_to\":[\"Widgets\"]}",
                "POST   | /__emulator/users  | {\"without_access_to\":\"Leads\"}",
                "POST   | /__emulator/users  | {",
                "POST   | /__emulator/faults | {\"error\":\"NO_SUCH_ERROR\"}",
                "POST   | /__emulator/faults | {\"route\":\"nowhere\"}",
                "POST   | /__emulator/faults | {\"times\":0}",
                "POST   | /__emulator/faults | {\"error\":\"internal_error\"}",
                "GET    | /__emulator/nothing-here | ''",
                "GET    | /__emulator/health/ | ''",
                "DELETE | /__emulator/health | ''",
                "PUT    | /__emulator/reset | ''",
                "GET    | /elsewhere | ''"
            })
    void answers_bad_input_with_a_400_json_envelope_instead_of_an_exception(String method, String path, String body) {
        // WHEN the control plane gets input it cannot act on
        EmulatorResponse response = control(method, path, body);

        // THEN it answers 400 with the envelope keys and a reason
        then(response.status()).as(response.bodyText()).isEqualTo(400);
        then(response.headers()).containsEntry("Content-Type", EmulatorResponse.JSON);
        JsonNode json = json(response);
        then(keys(json)).containsExactly("code", "details", "message", "status");
        then(json.get("code").asText()).isEqualTo("INVALID_REQUEST");
        then(json.get("status").asText()).isEqualTo("error");
        then(json.get("message").asText()).isNotBlank();
        // AND the emulator's state did not change
        then(json(control("GET", ControlPlane.STATE, null)).get("users").asInt())
                .isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/__emulator/users          | {\"nam\":\"Sales Rep\"}                                   | nam",
                "/__emulator/tokens         | {\"user\":\"5725767000000400001\",\"scopes\":[\"x\"]} | user",
                "/__emulator/tokens         | {\"scope\":[\"ZohoCRM.modules.campaigns.READ\"]}          | scope",
                "/__emulator/tokens/revoke  | {\"access_token\":\"t\",\"now\":true}                   | now",
                "/__emulator/tokens/expire  | {\"access_token\":\"t\",\"at\":0}                       | at",
                "/__emulator/oauth-clients  | {\"client_id\":\"a\",\"client_secret\":\"b\",\"x\":1} | x",
                "/__emulator/refresh-tokens | {\"client_id\":\"a\",\"refresh_token\":\"r\",\"user\":\"u\"} | user",
                "/__emulator/refresh-tokens/revoke | {\"refresh_token\":\"r\",\"all\":true}            | all"
            })
    void refuses_a_field_it_does_not_know_rather_than_acting_on_its_defaults(String path, String body, String field) {
        // WHEN a body holds a field the route does not take, e.g. "user" for "user_id"
        EmulatorResponse response = control("POST", path, body);

        // THEN nothing is done in its place (such as issuing the administrator's token): a 400 names the field
        then(response.status()).as(response.bodyText()).isEqualTo(400);
        then(json(response).get("message").asText()).startsWith("unknown field '" + field + "'; expected any of [");
        JsonNode state = json(control("GET", ControlPlane.STATE, null));
        then(state.get("users").asInt()).isEqualTo(1);
        then(state.get("tokens").asInt()).isZero();
        then(state.get("oauth_clients").asInt()).isZero();
    }
}
