package dev.zohodelink.client;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.zohodelink.config.LiveConfiguration;
import dev.zohodelink.config.Secret;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Module;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.http.EmulatorServer;
import dev.zohodelink.testing.MutableClock;
import dev.zohodelink.testing.RecordedWaits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenRefreshingZohoCrmApiTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String INVALID_TOKEN_BODY =
            "{\"code\":\"INVALID_TOKEN\",\"details\":{},\"message\":\"invalid oauth token\",\"status\":\"error\"}";

    private static Emulator emulator;
    private static EmulatorServer server;

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T10:00:00Z"));
    private final ApiUsage usage = new ApiUsage();

    @BeforeAll
    static void startTheEmulatedAccountsServer() {
        emulator = new Emulator(BehaviourProfile.bestEvidence());
        server = EmulatorServer.startOnFreeLoopbackPort(emulator);
    }

    @AfterAll
    static void stopTheEmulatedAccountsServer() {
        server.close();
    }

    /** The credentials of a client registered with the emulated accounts server, unique to the calling test. */
    private record Credentials(String clientId, String clientSecret, String refreshToken) {

        static Credentials registered() {
            int n = NEXT.incrementAndGet();
            Credentials credentials =
                    new Credentials("1000.CLIENT" + n, "client-secret-" + n + "-f00d", "1000.refresh" + n + ".c0ffee");
            emulator.registerClient(credentials.clientId(), credentials.clientSecret());
            emulator.registerRefreshToken(
                    credentials.clientId(),
                    credentials.refreshToken(),
                    emulator.administrator(),
                    List.of("ZohoCRM.modules.ALL"));
            return credentials;
        }

        RefreshTokenGrant grant(Clock clock) {
            return grant(clientSecret, clock);
        }

        RefreshTokenGrant grant(String secret, Clock clock) {
            return new RefreshTokenGrant(
                    server.baseUri(),
                    clientId,
                    new Secret(LiveConfiguration.CLIENT_SECRET, secret),
                    new Secret(LiveConfiguration.REFRESH_TOKEN, refreshToken),
                    clock,
                    Optional.empty(),
                    new RecordedWaits());
        }
    }

    // --- renewal after INVALID_TOKEN --------------------------------------------------------------------------

    @Test
    void renews_a_token_of_a_grant_once_after_invalid_token_and_retries_with_the_new_one() {
        // GIVEN a grant's current token that Zoho rejects (revoked early, say)
        RefreshTokenGrant grant = Credentials.registered().grant(clock);
        AccessToken rejected = grant.accessToken();
        RecordingApi fake = new RecordingApi(token -> token == rejected ? invalidToken() : ok());
        ZohoCrmApi api = new TokenRefreshingZohoCrmApi(fake, List.of(grant), usage, RecordingMarks.none());

        // WHEN
        ApiResponse response = api.record(Module.LEADS, "111", rejected);

        // THEN one refresh, one retry with the new token, counted as a retry, and its answer
        then(response.status()).isEqualTo(200);
        then(usage.retries()).isEqualTo(1);
        then(grant.refreshes()).isEqualTo(2);
        then(fake.tokens()).hasSize(2);
        then(fake.tokens().get(0)).isSameAs(rejected);
        then(fake.tokens().get(1)).isSameAs(grant.accessToken()).isNotSameAs(rejected);
        then(fake.tokens().get(1).secretValue()).isNotEqualTo(rejected.secretValue());
    }

    @Test
    void finds_the_grant_that_issued_the_rejected_token_among_several() {
        // GIVEN two grants; the second one's token is rejected
        RefreshTokenGrant first = Credentials.registered().grant(clock);
        RefreshTokenGrant second = Credentials.registered().grant(clock);
        first.accessToken();
        AccessToken rejected = second.accessToken();
        RecordingApi fake = new RecordingApi(token -> token == rejected ? invalidToken() : ok());

        // WHEN
        ApiResponse response = new TokenRefreshingZohoCrmApi(fake, List.of(first, second), usage, RecordingMarks.none())
                .delink(DelinkRequest.single("Leads", "1", "Campaigns", "2"), rejected);

        // THEN only the second grant renewed
        then(response.status()).isEqualTo(200);
        then(first.refreshes()).isEqualTo(1);
        then(second.refreshes()).isEqualTo(2);
        then(fake.tokens().get(1)).isSameAs(second.accessToken());
    }

    @Test
    void retries_only_once_when_the_renewed_token_is_rejected_too() {
        // GIVEN Zoho rejects every token
        RefreshTokenGrant grant = Credentials.registered().grant(clock);
        AccessToken first = grant.accessToken();
        RecordingApi fake = new RecordingApi(token -> invalidToken());

        // WHEN
        ApiResponse response = new TokenRefreshingZohoCrmApi(fake, List.of(grant), usage, RecordingMarks.none())
                .record(Module.LEADS, "111", first);

        // THEN the second rejection is the answer
        then(response.status()).isEqualTo(401);
        then(response.code()).contains("INVALID_TOKEN");
        then(fake.tokens()).hasSize(2);
        then(grant.refreshes()).isEqualTo(2);
        then(usage.retries()).isEqualTo(1);
    }

    @Test
    void returns_invalid_token_for_a_token_no_grant_issued_without_renewal() {
        // GIVEN a scenario presents an unknown token on purpose
        RefreshTokenGrant grant = Credentials.registered().grant(clock);
        grant.accessToken();
        AccessToken unknown = AccessToken.of("x.y.z");
        RecordingApi fake = new RecordingApi(token -> invalidToken());

        // WHEN
        ApiResponse response = new TokenRefreshingZohoCrmApi(fake, List.of(grant), usage, RecordingMarks.none())
                .delink(DelinkRequest.bulk("Leads", "1", "Campaigns", List.of("2", "3")), unknown);

        // THEN the rejection stands
        then(response.status()).isEqualTo(401);
        then(response.code()).contains("INVALID_TOKEN");
        then(fake.tokens()).containsExactly(unknown);
        then(grant.refreshes()).isEqualTo(1);
        then(usage.retries()).isZero();
    }

    @Test
    void returns_invalid_token_for_a_token_the_grant_no_longer_holds() {
        // GIVEN a grant renewed its token after expiry; a scenario still holds the old one
        RefreshTokenGrant grant = Credentials.registered().grant(clock);
        AccessToken old = grant.accessToken();
        clock.advance(Duration.ofHours(1));
        AccessToken current = grant.accessToken();
        RecordingApi fake = new RecordingApi(token -> invalidToken());

        // WHEN
        ApiResponse response = new TokenRefreshingZohoCrmApi(fake, List.of(grant), usage, RecordingMarks.none())
                .record(Module.LEADS, "1", old);

        // THEN
        then(current).isNotSameAs(old);
        then(response.status()).isEqualTo(401);
        then(fake.tokens()).containsExactly(old);
        then(grant.refreshes()).isEqualTo(2);
    }

    @Test
    void does_not_renew_after_other_answers() {
        // GIVEN a 401 that is not INVALID_TOKEN, a 200 and a 400 INVALID_TOKEN-looking body
        RefreshTokenGrant grant = Credentials.registered().grant(clock);
        AccessToken token = grant.accessToken();
        List<ApiResponse> answers = List.of(
                new ApiResponse(
                        "GET", "/crm/v7/Leads/1", 401, "{\"code\":\"AUTHENTICATION_FAILURE\",\"status\":\"error\"}"),
                new ApiResponse("GET", "/crm/v7/Leads/1", 400, INVALID_TOKEN_BODY),
                ok());
        for (ApiResponse answer : answers) {
            RecordingApi fake = new RecordingApi(t -> answer);

            // WHEN
            ApiResponse response = new TokenRefreshingZohoCrmApi(fake, List.of(grant), usage, RecordingMarks.none())
                    .record(Module.LEADS, "1", token);

            // THEN the answer is returned as is
            then(response).isSameAs(answer);
            then(fake.tokens()).containsExactly(token);
        }
        then(grant.refreshes()).isEqualTo(1);
    }

    // --- the refresh-token grant ------------------------------------------------------------------------------

    @Test
    void caches_the_access_token() {
        // GIVEN
        RefreshTokenGrant grant = Credentials.registered().grant(clock);

        // WHEN
        AccessToken first = grant.accessToken();
        AccessToken second = grant.accessToken();

        // THEN one refresh
        then(second).isSameAs(first);
        then(grant.refreshes()).isEqualTo(1);
        then(grant.issued(first)).isTrue();
        then(first.secretValue().orElseThrow()).matches("1000\\.[0-9a-f]{32}\\.[0-9a-f]{32}");
    }

    @Test
    void renews_the_token_a_minute_before_it_expires() {
        // GIVEN a token valid for 3600 s
        RefreshTokenGrant grant = Credentials.registered().grant(clock);
        AccessToken first = grant.accessToken();

        // WHEN 3539 s pass
        clock.advance(Duration.ofSeconds(3539));

        // THEN it is still used
        then(grant.accessToken()).isSameAs(first);
        then(grant.refreshes()).isEqualTo(1);

        // WHEN the 3540th second passes
        clock.advance(Duration.ofSeconds(1));
        AccessToken second = grant.accessToken();

        // THEN it is renewed, and the old one is no longer the grant's
        then(second).isNotSameAs(first);
        then(grant.refreshes()).isEqualTo(2);
        then(grant.issued(second)).isTrue();
        then(grant.issued(first)).isFalse();
    }

    @Test
    void renews_after_a_rejection_only_when_no_other_thread_has_already() {
        // GIVEN
        RefreshTokenGrant grant = Credentials.registered().grant(clock);
        AccessToken first = grant.accessToken();

        // WHEN the current token is rejected, then the same old token is rejected again
        AccessToken renewed = grant.renewAfterRejection(first);
        AccessToken again = grant.renewAfterRejection(first);

        // THEN one renewal
        then(renewed).isNotSameAs(first);
        then(again).isSameAs(renewed);
        then(grant.refreshes()).isEqualTo(2);
    }

    @Test
    void reads_the_api_domain_of_the_token_response() {
        // GIVEN
        RefreshTokenGrant grant = Credentials.registered().grant(clock);

        // WHEN / THEN the emulator names itself
        then(grant.apiDomain()).contains(server.baseUri());
        then(grant.refreshes()).isEqualTo(1);
        then(usage.retries()).isZero();
    }

    @Test
    void reports_a_wrong_client_secret_naming_the_variable_but_no_secret() {
        // GIVEN
        Credentials credentials = Credentials.registered();
        RefreshTokenGrant grant = credentials.grant("wrong-secret-1234", clock);

        // WHEN / THEN
        thenThrownBy(grant::accessToken)
                .isInstanceOf(OAuthException.class)
                .hasMessageContaining(LiveConfiguration.REFRESH_TOKEN)
                .hasMessageContaining("invalid_client")
                .hasMessageNotContaining("wrong-secret-1234")
                .hasMessageNotContaining(credentials.clientSecret())
                .hasMessageNotContaining(credentials.refreshToken());
        then(grant.refreshes()).isZero();
    }

    @Test
    void reports_a_revoked_refresh_token_naming_the_variable_but_not_the_token() {
        // GIVEN
        Credentials credentials = Credentials.registered();
        emulator.revokeRefreshToken(credentials.refreshToken());

        // WHEN / THEN
        thenThrownBy(credentials.grant(clock)::accessToken)
                .isInstanceOf(OAuthException.class)
                .hasMessageContaining(LiveConfiguration.REFRESH_TOKEN)
                .hasMessageContaining("invalid_code")
                .hasMessageNotContaining(credentials.refreshToken())
                .hasMessageNotContaining(credentials.clientSecret());
    }

    @Test
    void never_shows_a_secret_in_its_string_form() {
        // GIVEN
        Credentials credentials = Credentials.registered();
        RefreshTokenGrant grant = credentials.grant(clock);
        AccessToken token = grant.accessToken();

        // WHEN
        String text = grant.toString();

        // THEN
        then(text)
                .contains(LiveConfiguration.REFRESH_TOKEN)
                .doesNotContain(credentials.refreshToken())
                .doesNotContain(credentials.clientSecret())
                .doesNotContain(token.secretValue().orElseThrow());
        then(grant.variable()).isEqualTo(LiveConfiguration.REFRESH_TOKEN);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static ApiResponse invalidToken() {
        return new ApiResponse("GET", "/crm/v7/Leads/111", 401, INVALID_TOKEN_BODY, Map.of());
    }

    private static ApiResponse ok() {
        return new ApiResponse("GET", "/crm/v7/Leads/111", 200, "{\"data\":[]}", Map.of());
    }

    @FunctionalInterface
    interface Answering {
        ApiResponse to(AccessToken token);
    }

    /** Answers by token and records the tokens it was called with. */
    private static final class RecordingApi implements ZohoCrmApi {

        private final Answering answering;
        private final List<AccessToken> tokens = new ArrayList<>();

        RecordingApi(Answering answering) {
            this.answering = answering;
        }

        List<AccessToken> tokens() {
            return List.copyOf(tokens);
        }

        private ApiResponse answer(AccessToken token) {
            tokens.add(token);
            return answering.to(token);
        }

        @Override
        public ApiResponse exchange(ApiRequest request) {
            return answer(request.token());
        }
    }
}
