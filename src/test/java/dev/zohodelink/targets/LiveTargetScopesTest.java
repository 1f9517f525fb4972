package dev.zohodelink.targets;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.client.DelinkRequest;
import dev.zohodelink.config.LiveConfiguration;
import dev.zohodelink.config.ScopeRefreshTokens;
import dev.zohodelink.config.Settings;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Persona;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.http.EmulatorServer;
import dev.zohodelink.live.LiveSession;
import dev.zohodelink.live.RunMarker;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The per-module scope scenarios on a live org: a refresh token per scope when configured, "not proven" when not. */
class LiveTargetScopesTest {

    private static final String CAMPAIGNS_DELETE = Scopes.of(Module.CAMPAIGNS, "DELETE");
    private static final String CAMPAIGNS_READ = Scopes.of(Module.CAMPAIGNS, "READ");

    private final Emulator emulator = new Emulator(BehaviourProfile.bestEvidence());
    private final EmulatorServer org = EmulatorServer.startOnFreeLoopbackPort(emulator);
    private LiveSession session;

    @AfterEach
    void closeTheOrg() {
        if (session != null) {
            session.close();
        }
        org.close();
    }

    private LiveTarget liveTargetWith(Map<String, String> scopeTokens) {
        emulator.registerClient("scopes-client", "scopes-secret");
        emulator.registerRefreshToken(
                "scopes-client", "scopes-admin-refresh", emulator.administrator(), List.of(Scopes.ALL_MODULES));
        Map<String, String> environment = new HashMap<>(Map.of(
                LiveConfiguration.ACCOUNTS_URL,
                org.baseUri().toString(),
                LiveConfiguration.API_DOMAIN,
                org.baseUri().toString(),
                LiveConfiguration.CLIENT_ID,
                "scopes-client",
                LiveConfiguration.CLIENT_SECRET,
                "scopes-secret",
                LiveConfiguration.REFRESH_TOKEN,
                "scopes-admin-refresh",
                "ZOHO_TOKEN_CACHE",
                "off"));
        scopeTokens.forEach((scope, refreshToken) -> {
            emulator.registerRefreshToken("scopes-client", refreshToken, emulator.administrator(), List.of(scope));
            environment.put(ScopeRefreshTokens.variable(scope), refreshToken);
        });
        session = new LiveSession(
                LiveConfiguration.from(Settings.of(environment)),
                ApiVersion.V7,
                RunMarker.fresh(),
                Clock.systemUTC(),
                line -> {});
        return new LiveTarget(session, BehaviourProfile.bestEvidence());
    }

    @Test
    void a_caller_with_one_module_scope_gets_a_token_of_the_refresh_token_configured_for_that_scope() {
        // GIVEN refresh tokens for DELETE and for READ on campaigns, and a campaign linked to a contact
        LiveTarget target = liveTargetWith(
                Map.of(CAMPAIGNS_DELETE, "scopes-delete-refresh", CAMPAIGNS_READ, "scopes-read-refresh"));
        String campaign = emulator.insertRecord(Module.CAMPAIGNS, Map.of("Campaign_Name", "zdc-scopes C"));
        String contact = emulator.insertRecord(Module.CONTACTS, Map.of("Last_Name", "zdc-scopes A"));
        emulator.link(campaign, contact, Map.of("Member_Status", "Active"));
        DelinkRequest delink =
                DelinkRequest.single(Module.CAMPAIGNS.urlName(), campaign, Module.CONTACTS.urlName(), contact);

        // WHEN the READ caller, then the DELETE caller, delink the contact
        ApiResponse asReader = target.api().delink(delink, target.tokenFor(Caller.withScopes(List.of(CAMPAIGNS_READ))));
        ApiResponse asDeleter =
                target.api().delink(delink, target.tokenFor(Caller.withScopes(List.of(CAMPAIGNS_DELETE))));

        // THEN each call carried its own scope: the reader is refused, the deleter delinks
        then(asReader.status()).isEqualTo(401);
        then(asReader.code()).contains("OAUTH_SCOPE_MISMATCH");
        then(asDeleter.status()).isEqualTo(200);
        then(emulator.areLinked(campaign, contact)).isFalse();
    }

    @Test
    void a_caller_whose_scope_has_no_refresh_token_is_not_proven_and_names_the_variable_to_set() {
        LiveTarget target = liveTargetWith(Map.of(CAMPAIGNS_DELETE, "scopes-delete-refresh"));

        thenThrownBy(() -> target.tokenFor(Caller.withScopes(List.of(Scopes.of(Module.CAMPAIGNS, "WRITE")))))
                .isInstanceOf(Target.CallerUnavailable.class)
                .hasMessage(
                        "not proven on a live org: needs a token whose only scope is ZohoCRM.modules.campaigns.WRITE:"
                                + " set ZOHO_SCOPE_CAMPAIGNS_WRITE_REFRESH_TOKEN");
    }

    @Test
    void a_caller_with_several_scopes_is_not_proven_on_a_live_org() {
        LiveTarget target = liveTargetWith(Map.of(CAMPAIGNS_DELETE, "scopes-delete-refresh"));

        thenThrownBy(() -> target.tokenFor(Caller.withScopes(List.of(CAMPAIGNS_DELETE, CAMPAIGNS_READ))))
                .isInstanceOf(Target.CallerUnavailable.class)
                .hasMessageStartingWith("not proven on a live org: a token with the scopes");
    }

    @Test
    void the_token_of_an_unconfigured_optional_caller_is_not_proven_either() {
        LiveTarget target = liveTargetWith(Map.of());

        thenThrownBy(() -> target.tokenFor(Caller.as(Persona.RESTRICTED_USER)))
                .isInstanceOf(Target.CallerUnavailable.class)
                .hasMessageStartingWith(
                        "not proven on a live org: needs a user whose profile may not delete related records")
                .hasMessageEndingWith("set ZOHO_RESTRICTED_USER_REFRESH_TOKEN");
    }
}
