package dev.zohodelink.client;

import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.config.LiveConfiguration;
import dev.zohodelink.config.Secret;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Module;
import dev.zohodelink.emulator.control.EmulatorControl;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.http.EmulatorServer;
import dev.zohodelink.testing.MutableClock;
import dev.zohodelink.testing.RecordedWaits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Consecutive runs share a token cache: each "run" here is a new grant, as each run's JVM makes its own. */
class RefreshTokenGrantCacheTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    private final Emulator emulator = new Emulator(BehaviourProfile.bestEvidence(), clock);
    private final EmulatorServer accounts = EmulatorServer.startOnFreeLoopbackPort(emulator);
    private final RecordedWaits waits = new RecordedWaits();

    @TempDir
    Path cacheDirectory;

    @AfterEach
    void stopTheAccountsServer() {
        accounts.close();
    }

    private RefreshTokenGrant run(String refreshToken, Optional<TokenCache> cache) {
        return new RefreshTokenGrant(
                accounts.baseUri(),
                "cache-client",
                new Secret(LiveConfiguration.CLIENT_SECRET, "cache-secret"),
                new Secret(LiveConfiguration.REFRESH_TOKEN, refreshToken),
                clock,
                cache,
                waits);
    }

    private Optional<TokenCache> cache() {
        return Optional.of(new TokenCache(cacheDirectory));
    }

    private void register(String refreshToken) {
        emulator.registerClient("cache-client", "cache-secret");
        emulator.registerRefreshToken(
                "cache-client", refreshToken, emulator.administrator(), List.of("ZohoCRM.modules.ALL"));
    }

    @Test
    void a_second_run_reuses_the_still_valid_token_of_the_first_without_asking_the_accounts_server() {
        // GIVEN a first run that refreshed once
        register("cache-refresh-1");
        AccessToken first = run("cache-refresh-1", cache()).accessToken();
        int tokensIssued = EmulatorControl.inProcess(emulator).state().accessTokens();

        // WHEN a second run asks for a token 50 minutes later
        clock.advance(Duration.ofMinutes(50));
        RefreshTokenGrant second = run("cache-refresh-1", cache());
        AccessToken reused = second.accessToken();

        // THEN it holds the same token, made no refresh, and the accounts server issued nothing
        then(reused.secretValue()).isEqualTo(first.secretValue());
        then(second.refreshes()).isZero();
        then(second.reusedFromCache()).isTrue();
        then(second.apiDomain()).contains(accounts.baseUri());
        then(EmulatorControl.inProcess(emulator).state().accessTokens()).isEqualTo(tokensIssued);
        then(waits.lines()).isEmpty();
        then(waits.recorded()).isEmpty();
    }

    @Test
    void a_token_less_than_a_minute_from_expiry_is_not_reused() {
        register("cache-refresh-2");
        AccessToken first = run("cache-refresh-2", cache()).accessToken();

        clock.advance(Duration.ofSeconds(3600 - 59));
        RefreshTokenGrant second = run("cache-refresh-2", cache());

        then(second.accessToken().secretValue()).isNotEqualTo(first.secretValue());
        then(second.refreshes()).isEqualTo(1);
        then(second.reusedFromCache()).isFalse();
    }

    @Test
    void another_refresh_token_never_gets_the_cached_token_of_the_first() {
        register("cache-refresh-3");
        register("cache-refresh-4");
        AccessToken first = run("cache-refresh-3", cache()).accessToken();

        RefreshTokenGrant other = run("cache-refresh-4", cache());

        then(other.accessToken().secretValue()).isNotEqualTo(first.secretValue());
        then(other.refreshes()).isEqualTo(1);
    }

    @Test
    void without_a_cache_every_run_refreshes_and_nothing_is_written() throws Exception {
        register("cache-refresh-5");
        run("cache-refresh-5", Optional.empty()).accessToken();

        RefreshTokenGrant second = run("cache-refresh-5", Optional.empty());
        second.accessToken();

        then(second.refreshes()).isEqualTo(1);
        try (var files = Files.list(cacheDirectory)) {
            then(files).isEmpty();
        }
    }

    @Test
    void a_cached_token_zoho_rejects_is_renewed_and_the_renewed_one_is_kept_for_the_next_run() {
        // GIVEN a cached token that Zoho no longer accepts (revoked, or issued by an emulator since restarted)
        register("cache-refresh-6");
        new TokenCache(cacheDirectory)
                .write(
                        TokenCache.key(
                                accounts.baseUri().resolve("/oauth/v2/token"),
                                "cache-client",
                                new Secret(LiveConfiguration.CLIENT_SECRET, "cache-secret"),
                                new Secret(LiveConfiguration.REFRESH_TOKEN, "cache-refresh-6")),
                        new TokenCache.Entry(
                                "a-token-zoho-revoked",
                                clock.instant().plus(Duration.ofMinutes(30)),
                                Optional.of(accounts.baseUri())));
        RefreshTokenGrant second = run("cache-refresh-6", cache());
        AccessToken stale = second.accessToken();
        ZohoCrmApi api = new TokenRefreshingZohoCrmApi(
                new RestAssuredZohoCrmApi(accounts.baseUri(), dev.zohodelink.contract.ApiVersion.V7, List.of()),
                List.of(second),
                new ApiUsage(),
                RecordingMarks.none());

        // WHEN a call with it is rejected
        ApiResponse response = api.insert(Module.LEADS, List.of(Map.of("Last_Name", "zdc-cache lead")), stale);

        // THEN one refresh, the call succeeds, and a third run reuses the renewed token
        then(stale.secretValue()).contains("a-token-zoho-revoked");
        then(response.status()).isEqualTo(201);
        then(second.refreshes()).isEqualTo(1);
        RefreshTokenGrant third = run("cache-refresh-6", cache());
        then(third.accessToken().secretValue()).isEqualTo(second.accessToken().secretValue());
        then(third.refreshes()).isZero();
    }
}
