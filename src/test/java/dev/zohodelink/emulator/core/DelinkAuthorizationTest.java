package dev.zohodelink.emulator.core;

import static dev.zohodelink.contract.Module.CAMPAIGNS;
import static dev.zohodelink.contract.Module.CONTACTS;
import static dev.zohodelink.contract.Module.LEADS;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.json;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.relatedListPath;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.thenRejectedWith;
import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DelinkAuthorizationTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-15T10:00:00Z"));
    private final ZohoEmulatorFixture zoho = ZohoEmulatorFixture.withClock(clock);
    private final String campaign = zoho.create(CAMPAIGNS);
    private final String lead = zoho.create(LEADS);
    private final String delinkUrl = relatedListPath(CAMPAIGNS, campaign, LEADS) + "?ids=" + lead;

    DelinkAuthorizationTest() {
        zoho.link(CAMPAIGNS, campaign, LEADS, lead);
    }

    @Test
    void rejects_a_call_without_authorization_header_with_authentication_failure() {
        // WHEN the delink is sent with no Authorization header
        EmulatorResponse response = zoho.send("DELETE", delinkUrl, Map.of(), null);

        // THEN AUTHENTICATION_FAILURE 401 with empty details, and the relation stays
        then(response.status()).isEqualTo(401);
        then(thenRejectedWith(response, ZohoError.AUTHENTICATION_FAILURE)).isEqualTo(json("{}"));
        then(zoho.relatedIds(CAMPAIGNS, campaign, LEADS)).containsExactly(lead);
    }

    @ParameterizedTest(name = "Authorization: {0}")
    @ValueSource(
            strings = {"Zoho-oauthtoken 1000.never-issued.by-this-emulator", "Zoho-oauthtoken", "Bearer 1000.abc.def"})
    void rejects_a_token_the_org_never_issued_with_invalid_token(String authorization) {
        // WHEN the delink carries a token the emulator does not know
        EmulatorResponse response =
                zoho.send("DELETE", delinkUrl, Map.of("Authorization", List.of(authorization)), null);

        // THEN INVALID_TOKEN 401 "invalid oauth token"
        then(response.status()).isEqualTo(401);
        thenRejectedWith(response, ZohoError.INVALID_TOKEN);
        then(zoho.relatedIds(CAMPAIGNS, campaign, LEADS)).containsExactly(lead);
    }

    @Test
    void accepts_a_token_until_its_lifetime_ends_and_rejects_it_as_invalid_token_from_then_on() {
        // GIVEN a token valid for one hour and a second lead linked to the campaign
        String token = zoho.emulator.issueToken(
                zoho.emulator.administrator(), List.of("ZohoCRM.modules.ALL"), Duration.ofHours(1));
        String secondLead = zoho.create(LEADS);
        zoho.link(CAMPAIGNS, campaign, LEADS, secondLead);

        // WHEN the token is used one second before it expires
        clock.advance(Duration.ofMinutes(59).plusSeconds(59));
        EmulatorResponse beforeExpiry = zoho.sendAs(token, "DELETE", delinkUrl, null);
        // AND again at the instant it expires
        clock.advance(Duration.ofSeconds(1));
        EmulatorResponse atExpiry =
                zoho.sendAs(token, "DELETE", relatedListPath(CAMPAIGNS, campaign, LEADS) + "/" + secondLead, null);

        // THEN the first call works and the second is INVALID_TOKEN, leaving the second lead related
        then(beforeExpiry.status()).as(beforeExpiry.bodyText()).isEqualTo(200);
        thenRejectedWith(atExpiry, ZohoError.INVALID_TOKEN);
        String freshToken = zoho.emulator.issueToken(
                zoho.emulator.administrator(), List.of("ZohoCRM.modules.ALL"), Duration.ofHours(1));
        then(zoho.sendAs(freshToken, "GET", relatedListPath(CAMPAIGNS, campaign, LEADS) + "?fields=id", null)
                        .bodyText())
                .contains(secondLead);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "ZohoCRM.modules.READ",
                "ZohoCRM.modules.campaigns.READ",
                "ZohoCRM.modules.campaigns.CREATE",
                "ZohoCRM.modules.campaigns.UPDATE",
                "ZohoCRM.modules.leads.DELETE",
                "ZohoCRM.settings.ALL"
            })
    void rejects_a_token_without_a_delete_capable_scope_on_the_module_with_oauth_scope_mismatch(String scope) {
        // GIVEN a token holding only the given scope
        String token = zoho.emulator.issueToken(zoho.emulator.administrator(), List.of(scope), Duration.ofHours(1));

        // WHEN the delink is sent with it
        EmulatorResponse response = zoho.sendAs(token, "DELETE", delinkUrl, null);

        // THEN OAUTH_SCOPE_MISMATCH 401 and the relation stays
        then(response.status()).isEqualTo(401);
        then(thenRejectedWith(response, ZohoError.OAUTH_SCOPE_MISMATCH)).isEqualTo(json("{}"));
        then(zoho.relatedIds(CAMPAIGNS, campaign, LEADS)).containsExactly(lead);
    }

    @Test
    void rejects_a_user_whose_profile_cannot_delete_with_no_permission_403() {
        // GIVEN a user without the delete permission, holding a full-scope token
        User user = zoho.emulator.addUser("Read Mostly", false, Set.of());
        String token = zoho.emulator.issueToken(user, List.of("ZohoCRM.modules.ALL"), Duration.ofHours(1));

        // WHEN the user delinks
        EmulatorResponse response = zoho.sendAs(token, "DELETE", delinkUrl, null);

        // THEN NO_PERMISSION 403 and the relation stays
        then(response.status()).isEqualTo(403);
        thenRejectedWith(response, ZohoError.NO_PERMISSION);
        then(zoho.relatedIds(CAMPAIGNS, campaign, LEADS)).containsExactly(lead);
    }

    @Test
    void rejects_a_user_without_access_to_the_related_module_with_authorization_failed() {
        // GIVEN a user who may delete but has no access to Leads
        User user = zoho.emulator.addUser("No Leads", true, Set.of(LEADS));
        String token = zoho.emulator.issueToken(user, List.of("ZohoCRM.modules.ALL"), Duration.ofHours(1));

        // WHEN the user delinks a lead from the campaign
        EmulatorResponse response = zoho.sendAs(token, "DELETE", delinkUrl, null);

        // THEN AUTHORIZATION_FAILED 400 and the relation stays
        then(response.status()).isEqualTo(400);
        then(thenRejectedWith(response, ZohoError.AUTHORIZATION_FAILED)).isEqualTo(json("{}"));
        then(zoho.relatedIds(CAMPAIGNS, campaign, LEADS)).containsExactly(lead);
    }

    @Test
    void lets_a_user_without_access_to_an_unrelated_module_delink() {
        // GIVEN a user without access to Contacts only
        User user = zoho.emulator.addUser("No Contacts", true, Set.of(CONTACTS));
        String token = zoho.emulator.issueToken(user, List.of("ZohoCRM.modules.ALL"), Duration.ofHours(1));

        // WHEN the user delinks a lead from the campaign
        EmulatorResponse response = zoho.sendAs(token, "DELETE", delinkUrl, null);

        // THEN the delink succeeds
        then(response.status()).as(response.bodyText()).isEqualTo(200);
        then(zoho.relatedIds(CAMPAIGNS, campaign, LEADS)).isEmpty();
    }
}
