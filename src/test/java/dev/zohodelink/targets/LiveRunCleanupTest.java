package dev.zohodelink.targets;

import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.client.CallPurpose;
import dev.zohodelink.config.BaselineSelection;
import dev.zohodelink.config.LiveConfiguration;
import dev.zohodelink.config.Settings;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.http.EmulatorServer;
import dev.zohodelink.live.LiveRunSummary;
import dev.zohodelink.live.LiveSession;
import dev.zohodelink.live.RunMarker;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A live run deletes the records of all its scenarios when it ends, in bulk: one call per module and 100 ids. */
class LiveRunCleanupTest {

    private final Emulator emulator = new Emulator(BehaviourProfile.bestEvidence());
    private final EmulatorServer org = EmulatorServer.startOnFreeLoopbackPort(emulator);
    private final LiveSession session = liveSession();

    @AfterEach
    void closeTheOrg() {
        session.close();
        org.close();
    }

    private LiveSession liveSession() {
        emulator.registerClient("cleanup-client", "cleanup-secret");
        emulator.registerRefreshToken(
                "cleanup-client", "cleanup-admin-refresh", emulator.administrator(), List.of(Scopes.ALL_MODULES));
        Map<String, String> environment = Map.of(
                LiveConfiguration.ACCOUNTS_URL,
                org.baseUri().toString(),
                LiveConfiguration.API_DOMAIN,
                org.baseUri().toString(),
                LiveConfiguration.CLIENT_ID,
                "cleanup-client",
                LiveConfiguration.CLIENT_SECRET,
                "cleanup-secret",
                LiveConfiguration.REFRESH_TOKEN,
                "cleanup-admin-refresh",
                "ZOHO_TOKEN_CACHE",
                "off");
        return new LiveSession(
                LiveConfiguration.from(Settings.of(environment)),
                ApiVersion.V7,
                RunMarker.fresh(),
                Clock.systemUTC(),
                line -> {});
    }

    /** One scenario: a campaign linked to two contacts, through Zoho's public API. */
    private List<String> scenarioCreatingACampaignWithTwoContacts() {
        try (LiveTarget scenario = new LiveTarget(session, BehaviourProfile.bestEvidence())) {
            OrgFixtures fixtures = new OrgFixtures(
                    scenario.api(),
                    ApiVersion.V7,
                    scenario.administratorToken(),
                    scenario.marker(),
                    scenario.ledger(),
                    scenario.fieldMetadata(),
                    scenario.recorder());
            String campaign = fixtures.create(Module.CAMPAIGNS, List.of("C")).get(0);
            List<String> contacts = fixtures.create(Module.CONTACTS, List.of("A", "B"));
            fixtures.link(new RecordRef(Module.CAMPAIGNS, "C", campaign), Module.CONTACTS, contacts);
            List<String> ids = new ArrayList<>(contacts);
            ids.add(campaign);
            return ids;
        }
    }

    @Test
    void the_records_of_every_scenario_stay_until_the_run_ends_and_are_then_deleted_in_one_call_per_module() {
        // GIVEN two scenarios that each created a campaign and two contacts, and ended
        List<String> created = new ArrayList<>(scenarioCreatingACampaignWithTwoContacts());
        created.addAll(scenarioCreatingACampaignWithTwoContacts());
        then(created).hasSize(6).allMatch(emulator::hasRecord);

        // WHEN the run ends
        session.close();

        // THEN all six records are gone, deleted in two calls (campaigns, contacts), and the run says so
        then(created).noneMatch(emulator::hasRecord);
        then(session.usage().creditsByPurpose()).containsEntry(CallPurpose.CLEANUP, 2L);
        LiveRunSummary summary =
                session.summary(new BaselineSelection("none", Path.of("target/no-baseline"), false, false));
        then(List.of(summary.recordsCreated(), summary.recordsDeleted(), summary.recordsLeft()))
                .containsExactly(6L, 6L, 0L);
    }
}
