package dev.zohodelink.recording;

import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.client.AccessToken;
import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.client.ApiUsage;
import dev.zohodelink.client.CreditBudget;
import dev.zohodelink.client.DelinkRequest;
import dev.zohodelink.client.GovernedZohoCrmApi;
import dev.zohodelink.client.RefreshTokenGrant;
import dev.zohodelink.client.RestAssuredZohoCrmApi;
import dev.zohodelink.client.TokenRefreshingZohoCrmApi;
import dev.zohodelink.client.ZohoCrmApi;
import dev.zohodelink.config.LiveConfiguration;
import dev.zohodelink.config.Secret;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Module;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.http.EmulatorServer;
import dev.zohodelink.recording.ExchangeRecorder.RawExchange;
import dev.zohodelink.report.ExchangeLog;
import dev.zohodelink.testing.RecordedWaits;
import io.restassured.builder.ResponseBuilder;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whether a call is retried depends on load, threads and token lifetimes, not on Zoho's contract: an attempt a retry
 * superseded stays in the report's log and counts, and leaves the recording. The client is the one a live run uses
 * (token renewal around the governed client around REST Assured, the scenario's recorder as its filter); only the
 * wire is scripted, by a filter behind the recorder that answers without sending anything.
 */
class RetriedAttemptsLeaveTheRecordingTest {

    private static final String TOO_MANY_REQUESTS =
            "{\"code\":\"TOO_MANY_REQUESTS\",\"details\":{},\"message\":\"too many requests\",\"status\":\"error\"}";
    private static final String INTERNAL_ERROR =
            "{\"code\":\"INTERNAL_ERROR\",\"details\":{},\"message\":\"Internal Server Error\",\"status\":\"error\"}";
    private static final String INVALID_TOKEN =
            "{\"code\":\"INVALID_TOKEN\",\"details\":{},\"message\":\"invalid oauth token\",\"status\":\"error\"}";
    private static final String RECORD = "{\"data\":[{\"id\":\"111\"}]}";
    private static final String INSERTED =
            "{\"data\":[{\"code\":\"SUCCESS\",\"details\":{\"id\":\"111\"},\"message\":\"record added\",\"status\":\"success\"}]}";
    private static final DelinkRequest DELINK = DelinkRequest.single("Campaigns", "222", "Contacts", "111");
    private static final String CLIENT_ID = "1000.RETRIES";
    private static final String CLIENT_SECRET = "retries-client-secret";
    private static final String REFRESH_TOKEN = "1000.retries.refresh";

    private static Emulator accounts;
    private static EmulatorServer accountsServer;

    private final ScriptedWire wire = new ScriptedWire();
    private final ExchangeRecorder recorder = new ExchangeRecorder();
    private final ApiUsage usage = new ApiUsage();
    private final RefreshTokenGrant grant = new RefreshTokenGrant(
            accountsServer.baseUri(),
            CLIENT_ID,
            new Secret(LiveConfiguration.CLIENT_SECRET, CLIENT_SECRET),
            new Secret(LiveConfiguration.REFRESH_TOKEN, REFRESH_TOKEN),
            Clock.systemUTC(),
            Optional.empty(),
            new RecordedWaits());
    private final ZohoCrmApi api = new TokenRefreshingZohoCrmApi(
            new GovernedZohoCrmApi(
                    new RestAssuredZohoCrmApi(URI.create("http://127.0.0.1:9"), ApiVersion.V7, List.of(recorder, wire)),
                    new Semaphore(1),
                    usage,
                    CreditBudget.unlimited(),
                    false,
                    new RecordedWaits(),
                    recorder),
            List.of(grant),
            usage,
            recorder);

    @BeforeAll
    static void startTheEmulatedAccountsServer() {
        accounts = new Emulator(BehaviourProfile.bestEvidence());
        accounts.registerClient(CLIENT_ID, CLIENT_SECRET);
        accounts.registerRefreshToken(
                CLIENT_ID, REFRESH_TOKEN, accounts.administrator(), List.of("ZohoCRM.modules.ALL"));
        accountsServer = EmulatorServer.startOnFreeLoopbackPort(accounts);
    }

    @AfterAll
    static void stopTheEmulatedAccountsServer() {
        accountsServer.close();
    }

    @Test
    void a_call_answered_429_then_200_is_one_recorded_exchange_and_two_logged() {
        // GIVEN a call that went through, then one Zoho throttles once
        wire.answer(200, RECORD);
        api.record(Module.CONTACTS, "111", grant.accessToken());
        wire.answer(429, TOO_MANY_REQUESTS).answer(200, RECORD);

        // WHEN
        ApiResponse response = api.record(Module.CONTACTS, "111", grant.accessToken());

        // THEN the 429 is in the log and the counts, and the recording holds the two calls' answers alone
        then(response.status()).isEqualTo(200);
        then(statuses(recorder.exchanges())).containsExactly(200, 429, 200);
        then(statuses(recorder.recorded())).containsExactly(200, 200);
        then(ExchangeLog.compact(recorder.exchanges()))
                .endsWith("GET /crm/v7/Contacts/111 -> 429 TOO_MANY_REQUESTS (not recorded: HTTP 429, attempt 1 of 5,"
                        + " made again after 1 s)\nGET /crm/v7/Contacts/111 -> 200\n");
        then(List.of(usage.calls(), usage.credits(), usage.retries())).containsExactly(3L, 3L, 1L);
    }

    @Test
    void a_fixture_call_answered_500_then_201_is_one_recorded_exchange_and_two_logged() {
        // GIVEN Zoho fails an insert once
        wire.answer(500, INTERNAL_ERROR).answer(201, INSERTED);

        // WHEN
        ApiResponse response =
                api.insert(Module.CONTACTS, List.of(Map.of("Last_Name", "zdc-run contact A")), grant.accessToken());

        // THEN
        then(response.status()).isEqualTo(201);
        then(statuses(recorder.exchanges())).containsExactly(500, 201);
        then(statuses(recorder.recorded())).containsExactly(201);
        then(recorder.recorded().get(0).requestBody()).contains("zdc-run contact A");
        then(List.of(usage.calls(), usage.retries())).containsExactly(2L, 1L);
    }

    @Test
    void a_call_made_again_with_a_renewed_token_is_one_recorded_exchange_and_two_logged() {
        // GIVEN Zoho rejects the grant's token once (revoked early, say)
        AccessToken rejected = grant.accessToken();
        wire.answer(401, INVALID_TOKEN).answer(200, RECORD);

        // WHEN
        ApiResponse response = api.record(Module.CONTACTS, "111", rejected);

        // THEN the call was made again with a new token, and only that attempt is recorded
        then(response.status()).isEqualTo(200);
        then(wire.tokens()).hasSize(2).doesNotHaveDuplicates();
        then(statuses(recorder.exchanges())).containsExactly(401, 200);
        then(statuses(recorder.recorded())).containsExactly(200);
        then(List.of(usage.calls(), usage.credits(), usage.retries())).containsExactly(2L, 2L, 1L);
        then(recorder.exchanges().get(0).leftOutBecause())
                .contains("INVALID_TOKEN for a token the run renewed, made again with the new one");
    }

    @Test
    void a_throttled_attempt_and_a_rejected_token_before_the_answer_both_leave_the_recording() {
        // GIVEN Zoho throttles, then rejects the grant's token, then answers
        wire.answer(429, TOO_MANY_REQUESTS).answer(401, INVALID_TOKEN).answer(200, RECORD);

        // WHEN
        ApiResponse response = api.record(Module.CONTACTS, "111", grant.accessToken());

        // THEN
        then(response.status()).isEqualTo(200);
        then(statuses(recorder.exchanges())).containsExactly(429, 401, 200);
        then(statuses(recorder.recorded())).containsExactly(200);
        then(List.of(usage.calls(), usage.retries())).containsExactly(3L, 2L);
        // and each says why in the log
        then(recorder.exchanges())
                .extracting(exchange -> exchange.leftOutBecause().orElse("recorded"))
                .containsExactly(
                        "HTTP 429, attempt 1 of 5, made again after 1 s",
                        "INVALID_TOKEN for a token the run renewed, made again with the new one",
                        "recorded");
    }

    @Test
    void the_last_attempt_stays_recorded_when_every_attempt_is_throttled() {
        // GIVEN Zoho throttles every attempt
        for (int attempt = 1; attempt <= GovernedZohoCrmApi.MAX_ATTEMPTS; attempt++) {
            wire.answer(429, TOO_MANY_REQUESTS);
        }

        // WHEN
        ApiResponse response = api.record(Module.CONTACTS, "111", grant.accessToken());

        // THEN the answer the caller got is the one recorded
        then(response.status()).isEqualTo(429);
        then(recorder.exchanges()).hasSize(GovernedZohoCrmApi.MAX_ATTEMPTS);
        then(statuses(recorder.recorded())).containsExactly(429);
    }

    @Test
    void a_delink_answered_500_stays_recorded_and_is_never_retried() {
        // GIVEN Zoho fails the delink a scenario asserts on
        wire.answer(500, INTERNAL_ERROR).answer(200, RECORD);

        // WHEN
        ApiResponse response = api.delink(DELINK, grant.accessToken());

        // THEN
        then(response.status()).isEqualTo(500);
        then(statuses(recorder.exchanges())).containsExactly(500);
        then(statuses(recorder.recorded())).containsExactly(500);
        then(usage.retries()).isZero();
    }

    @Test
    void an_invalid_token_answer_to_a_token_no_grant_issued_stays_recorded() {
        // GIVEN a scenario presents a token Zoho never issued, as the tokens feature does
        wire.answer(401, INVALID_TOKEN).answer(200, RECORD);

        // WHEN
        ApiResponse response = api.delink(DELINK, AccessToken.of("1000.never.issued"));

        // THEN the rejection is the answer, and it is recorded
        then(response.code()).contains("INVALID_TOKEN");
        then(statuses(recorder.exchanges())).containsExactly(401);
        then(statuses(recorder.recorded())).containsExactly(401);
        then(List.of(usage.calls(), usage.retries())).containsExactly(1L, 0L);
    }

    private static List<Integer> statuses(List<RawExchange> exchanges) {
        return exchanges.stream().map(RawExchange::status).toList();
    }

    /** The wire: answers each request with the next scripted answer, sending nothing; keeps the tokens it saw. */
    private static final class ScriptedWire implements OrderedFilter {

        private final Deque<Response> answers = new ArrayDeque<>();
        private final Deque<String> tokens = new ArrayDeque<>();

        ScriptedWire answer(int status, String json) {
            answers.add(new ResponseBuilder()
                    .setStatusCode(status)
                    .setStatusLine("HTTP/1.1 " + status)
                    .setContentType("application/json")
                    .setBody(json)
                    .build());
            return this;
        }

        List<String> tokens() {
            return List.copyOf(tokens);
        }

        @Override
        public Response filter(
                FilterableRequestSpecification request,
                FilterableResponseSpecification response,
                FilterContext context) {
            tokens.add(request.getHeaders().getValue("Authorization"));
            return answers.remove();
        }

        @Override
        public int getOrder() {
            return Integer.MAX_VALUE;
        }
    }
}
