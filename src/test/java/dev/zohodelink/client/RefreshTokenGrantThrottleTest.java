package dev.zohodelink.client;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.zohodelink.config.LiveConfiguration;
import dev.zohodelink.config.Secret;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.http.EmulatorServer;
import dev.zohodelink.testing.MutableClock;
import dev.zohodelink.testing.RecordedWaits;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Zoho's accounts server issues ten access tokens per refresh token in ten minutes; the grant waits, and says so. */
class RefreshTokenGrantThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    private final Emulator emulator = new Emulator(BehaviourProfile.bestEvidence(), clock);
    private final EmulatorServer accounts = EmulatorServer.startOnFreeLoopbackPort(emulator);

    @BeforeEach
    void spendTheTenTokensOfTheWindow() {
        emulator.registerClient("throttle-client", "throttle-secret");
        emulator.registerRefreshToken(
                "throttle-client", "throttle-refresh", emulator.administrator(), List.of("ZohoCRM.modules.ALL"));
        for (int i = 0; i < 10; i++) {
            grant(new RecordedWaits()).accessToken();
        }
    }

    @AfterEach
    void stopTheAccountsServer() {
        accounts.close();
    }

    private RefreshTokenGrant grant(RecordedWaits waits) {
        return new RefreshTokenGrant(
                accounts.baseUri(),
                "throttle-client",
                new Secret(LiveConfiguration.CLIENT_SECRET, "throttle-secret"),
                new Secret(LiveConfiguration.REFRESH_TOKEN, "throttle-refresh"),
                clock,
                Optional.empty(),
                waits);
    }

    @Test
    void waits_out_the_throttle_with_one_progress_line_and_then_gets_its_token() {
        // GIVEN a wait long enough for the window to pass
        Consumer<Duration> tenMinutesPass = duration -> clock.advance(Duration.ofMinutes(10));
        RecordedWaits waits = new RecordedWaits(tenMinutesPass);

        // WHEN
        AccessToken token = grant(waits).accessToken();

        // THEN one wait, with its reason and length, and a token
        then(token.secretValue()).isPresent();
        then(waits.recorded()).containsExactly(Duration.ofSeconds(5));
        then(waits.reasons())
                .containsExactly(
                        "Zoho's accounts server throttles ZOHO_REFRESH_TOKEN (at most ten access tokens in ten minutes), attempt 1 of 3");
    }

    @Test
    void gives_up_after_three_waits_naming_the_throttle_and_no_secret() {
        // GIVEN waits that do not outlast the window
        RecordedWaits waits = new RecordedWaits(clock::advance);

        // WHEN / THEN
        thenThrownBy(grant(waits)::accessToken)
                .isInstanceOf(OAuthException.class)
                .hasMessageContaining(
                        "Access Denied (throttled: at most ten access tokens per refresh token in ten minutes)")
                .hasMessageNotContaining("throttle-refresh")
                .hasMessageNotContaining("throttle-secret");
        then(waits.recorded()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20));
        then(waits.reasons()).last().asString().endsWith("attempt 3 of 3");
    }
}
