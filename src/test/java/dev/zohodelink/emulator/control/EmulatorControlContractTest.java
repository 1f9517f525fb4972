package dev.zohodelink.emulator.control;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.core.EmulatorRequest;
import dev.zohodelink.emulator.core.EmulatorResponse;
import dev.zohodelink.emulator.core.EmulatorState;
import dev.zohodelink.emulator.core.LinkedPair;
import dev.zohodelink.emulator.core.User;
import dev.zohodelink.emulator.core.faults.Fault;
import dev.zohodelink.emulator.core.faults.FaultSchedule;
import dev.zohodelink.emulator.core.faults.RouteKind;
import dev.zohodelink.emulator.http.EmulatorServer;
import dev.zohodelink.emulator.seed.SeedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contract of {@link EmulatorControl}, run against both implementations: in process, and over HTTP through a
 * real loopback socket to the control plane. The effects are checked through Zoho's API of the emulator itself.
 */
class EmulatorControlContractTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    enum Implementation {
        IN_PROCESS,
        OVER_HTTP
    }

    private final Emulator emulator = new Emulator(BehaviourProfile.bestEvidence());
    private EmulatorServer server;

    private EmulatorControl control(Implementation implementation) {
        if (implementation == Implementation.IN_PROCESS) {
            return EmulatorControl.inProcess(emulator);
        }
        server = EmulatorServer.startOnFreeLoopbackPort(emulator);
        return EmulatorControl.overHttp(server.baseUri());
    }

    @AfterEach
    void stop_the_server() {
        if (server != null) {
            server.close();
        }
    }

    private EmulatorResponse zoho(String token, String method, String path, String body) {
        return emulator.apply(
                EmulatorRequest.of(method, path, Map.of("Authorization", List.of("Zoho-oauthtoken " + token)), body));
    }

    private static JsonNode json(EmulatorResponse response) throws IOException {
        return MAPPER.readTree(response.body());
    }

    private String campaign(String token) throws IOException {
        EmulatorResponse response =
                zoho(token, "POST", "/crm/v7/Campaigns", "{\"data\":[{\"Campaign_Name\":\"Spring\"}]}");
        then(response.status()).as(response.bodyText()).isEqualTo(201);
        return json(response).at("/data/0/details/id").asText();
    }

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void a_fresh_emulator_has_its_administrator_and_no_data(Implementation implementation) {
        EmulatorControl control = control(implementation);

        EmulatorState state = control.state();

        then(state).isEqualTo(new EmulatorState("best-evidence", 0, 0, 1, 0, 0, 0, 0, 0));
        then(control.users()).containsExactly(control.administrator());
        then(control.administrator().mayDeleteRelatedRecords()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void a_user_added_without_the_delete_permission_is_refused_a_delink(Implementation implementation)
            throws IOException {
        EmulatorControl control = control(implementation);
        String administrator =
                control.issueAccessToken(control.administrator(), List.of(Scopes.ALL_MODULES), Duration.ofHours(1));
        String campaign = campaign(administrator);

        User restricted = control.addUser(
                NewUser.named("Sales Rep").withoutDeletePermission().withoutAccessTo(Module.LEADS));
        String token = control.issueAccessToken(restricted, List.of(Scopes.ALL_MODULES), Duration.ofHours(1));
        EmulatorResponse delink = zoho(token, "DELETE", "/crm/v7/Campaigns/" + campaign + "/Contacts?ids=1", null);

        then(restricted).isEqualTo(new User(restricted.id(), "Sales Rep", false, java.util.Set.of(Module.LEADS)));
        then(control.users()).containsExactly(control.administrator(), restricted);
        then(delink.status()).as(delink.bodyText()).isEqualTo(ZohoError.NO_PERMISSION.httpStatus());
        then(json(delink).path("code").asText()).isEqualTo("NO_PERMISSION");
    }

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void an_access_token_opens_the_api_until_it_is_revoked_or_expired(Implementation implementation) {
        EmulatorControl control = control(implementation);
        String revoked =
                control.issueAccessToken(control.administrator(), List.of(Scopes.ALL_MODULES), Duration.ofHours(1));
        String expired =
                control.issueAccessToken(control.administrator(), List.of(Scopes.ALL_MODULES), Duration.ofHours(1));
        then(zoho(revoked, "GET", "/crm/v7/Campaigns?fields=Campaign_Name", null)
                        .status())
                .isEqualTo(204);

        then(control.revokeAccessToken(revoked)).isTrue();
        then(control.expireAccessToken(expired)).isTrue();

        then(zoho(revoked, "GET", "/crm/v7/Campaigns?fields=Campaign_Name", null)
                        .status())
                .isEqualTo(401);
        then(zoho(expired, "GET", "/crm/v7/Campaigns?fields=Campaign_Name", null)
                        .status())
                .isEqualTo(401);
        then(control.revokeAccessToken(revoked)).as("revoked twice").isFalse();
        then(control.expireAccessToken("1000.never.issued")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void a_refresh_token_gives_access_tokens_until_it_is_revoked(Implementation implementation) throws IOException {
        EmulatorControl control = control(implementation);
        control.registerClient("my-client", "my-secret");
        control.registerRefreshToken(
                "my-client", "my-refresh-token", control.administrator(), List.of(Scopes.ALL_MODULES));
        String exchange =
                "/oauth/v2/token?grant_type=refresh_token&client_id=my-client&client_secret=my-secret&refresh_token=my-refresh-token";

        EmulatorResponse granted = emulator.apply(EmulatorRequest.of("POST", exchange, Map.of(), null));
        boolean revoked = control.revokeRefreshToken("my-refresh-token");
        EmulatorResponse refused = emulator.apply(EmulatorRequest.of("POST", exchange, Map.of(), null));

        then(json(granted).path("access_token").asText()).startsWith("1000.");
        then(revoked).isTrue();
        then(json(refused).path("error").asText()).isEqualTo("invalid_code");
        then(control.state())
                .extracting(EmulatorState::oauthClients, EmulatorState::refreshTokens, EmulatorState::tokenRefreshes)
                .containsExactly(1, 0, 1);
    }

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void faults_of_every_kind_are_pending_as_injected_until_cleared(Implementation implementation) {
        EmulatorControl control = control(implementation);
        List<Fault> faults = List.of(
                new Fault(RouteKind.DELINK, ZohoError.INTERNAL_ERROR, 2),
                new Fault(
                        RouteKind.DELINK,
                        new Fault.CatalogueError(ZohoError.INTERNAL_ERROR, 503),
                        FaultSchedule.next(1)),
                new Fault(RouteKind.ANY, new Fault.Latency(Duration.ofMillis(200)), FaultSchedule.fraction(0.25, 42)),
                new Fault(RouteKind.LINK, new Fault.TooManyRequests(OptionalInt.of(2)), FaultSchedule.next(3)),
                new Fault(
                        RouteKind.INSERT,
                        new Fault.TooManyRequests(OptionalInt.empty()),
                        new FaultSchedule(FaultSchedule.UNLIMITED, 1.0, 0)),
                new Fault(RouteKind.METADATA, new Fault.DropConnection(), FaultSchedule.next(1)));

        faults.forEach(control::injectFault);
        List<Fault> pending = control.pendingFaults();
        control.clearFaults();

        then(pending).containsExactlyElementsOf(faults);
        then(control.pendingFaults()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void an_injected_error_answers_the_next_delinks_and_then_is_used_up(Implementation implementation)
            throws IOException {
        EmulatorControl control = control(implementation);
        String token =
                control.issueAccessToken(control.administrator(), List.of(Scopes.ALL_MODULES), Duration.ofHours(1));
        String campaign = campaign(token);
        control.injectFault(new Fault(RouteKind.DELINK, ZohoError.INTERNAL_ERROR, 2));

        EmulatorResponse first = zoho(token, "DELETE", "/crm/v7/Campaigns/" + campaign + "/Contacts?ids=1", null);
        List<Fault> afterOne = control.pendingFaults();
        zoho(token, "DELETE", "/crm/v7/Campaigns/" + campaign + "/Contacts?ids=1", null);

        then(first.status()).isEqualTo(500);
        then(json(first).path("code").asText()).isEqualTo("INTERNAL_ERROR");
        then(afterOne).containsExactly(new Fault(RouteKind.DELINK, ZohoError.INTERNAL_ERROR, 1));
        then(control.pendingFaults()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void a_seed_loads_records_and_relations_and_reset_forgets_them(Implementation implementation) {
        EmulatorControl control = control(implementation);
        String seed = """
                {"users":[{"key":"rep","name":"Rep","may_delete_related_records":false}],
                 "records":[{"key":"spring","module":"Campaigns","id":"1000000000001","fields":{"Campaign_Name":"Spring"}},
                            {"key":"ada","module":"Contacts","id":"1000000000002","fields":{"Last_Name":"Lovelace"}}],
                 "relations":[{"parent":"spring","related":"ada"}]}
                """;

        SeedFile.Result result = control.seed(seed.getBytes(StandardCharsets.UTF_8));
        List<LinkedPair> relations = control.relations();
        EmulatorState seeded = control.state();
        control.reset();

        then(result.recordIds()).containsExactlyEntriesOf(Map.of("spring", "1000000000001", "ada", "1000000000002"));
        then(result.userIds()).containsKey("rep");
        then(result.summary())
                .isEqualTo("2 records, 1 relations, 1 users, 0 OAuth clients, 0 refresh tokens, 0 access tokens");
        then(relations)
                .containsExactly(new LinkedPair(Module.CAMPAIGNS, "1000000000001", Module.CONTACTS, "1000000000002"));
        then(seeded)
                .extracting(EmulatorState::records, EmulatorState::relations, EmulatorState::users)
                .containsExactly(2, 1, 2);
        then(control.state())
                .extracting(EmulatorState::records, EmulatorState::relations, EmulatorState::users)
                .containsExactly(0, 0, 2);
    }

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void what_it_cannot_do_is_refused_with_the_same_message(Implementation implementation) {
        EmulatorControl control = control(implementation);
        User ofAnotherEmulator =
                new Emulator(BehaviourProfile.bestEvidence()).addUser("Elsewhere", true, java.util.Set.of());

        assertThatThrownBy(() ->
                        control.issueAccessToken(ofAnotherEmulator, List.of(Scopes.ALL_MODULES), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no user " + ofAnotherEmulator.id());
        assertThatThrownBy(
                        () -> control.seed("{\"records\":[{\"module\":\"Widgets\"}]}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("records[0].module: unknown module 'Widgets'; expected one of [Leads, ");
        assertThatThrownBy(() -> control.registerRefreshToken(
                        "no-such-client", "a-refresh-token", control.administrator(), List.of(Scopes.ALL_MODULES)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no OAuth client is registered with that client_id");
        assertThatThrownBy(() -> control.registerClient(" ", "a-secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("client_id is required and must be a non-blank string");
        control.registerClient("my-client", "my-secret");
        assertThatThrownBy(() ->
                        control.registerRefreshToken("my-client", "a-refresh-token", control.administrator(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scopes must be non-blank strings");
        then(control.state().unexpectedFailures()).isZero();
    }
}
