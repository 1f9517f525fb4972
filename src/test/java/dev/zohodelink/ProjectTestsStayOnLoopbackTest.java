package dev.zohodelink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import dev.zohodelink.config.LiveConfiguration;
import dev.zohodelink.config.RunConfiguration;
import dev.zohodelink.config.Settings;
import dev.zohodelink.contract.Persona;
import dev.zohodelink.glue.hermetic.HermeticSettingsProvider;
import dev.zohodelink.glue.process.ProcessSettingsProvider;
import dev.zohodelink.testing.CountingServer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The project's own tests run features too (TheSuiteCanFailTest). Whatever the process configures for the
 * conformance run, those feature runs stay on loopback: given a full live configuration pointing at a counting
 * server, they make no call there, while the conformance run's glue, given the same configuration, does.
 *
 * <p>The configuration is given as system properties, which override the {@code ZOHO_*} environment variables of the
 * same meaning, so this covers both ways a CI job can set it.
 */
class ProjectTestsStayOnLoopbackTest {

    /** Two scenarios, each of which needs fixtures, so a live run calls the accounts server at once. */
    private static final String FEATURE = "features/errors/invalid-url.feature";

    private final CountingServer liveOrg = CountingServer.start();
    private final Map<String, String> liveConfiguration = new LinkedHashMap<>();

    @BeforeEach
    void configureALiveRunAgainstTheCountingServer() {
        liveConfiguration.put(RunConfiguration.TARGET, "live");
        liveConfiguration.put(LiveConfiguration.API_DOMAIN, liveOrg.baseUri().toString());
        liveConfiguration.put(LiveConfiguration.ACCOUNTS_URL, liveOrg.baseUri().toString());
        liveConfiguration.put(LiveConfiguration.CLIENT_ID, "loopback-client");
        liveConfiguration.put(LiveConfiguration.CLIENT_SECRET, "loopback-secret");
        liveConfiguration.put(LiveConfiguration.REFRESH_TOKEN, "loopback-refresh-token");
        liveConfiguration.put(Persona.LIMITED_SCOPE.refreshTokenVariable(), "loopback-limited-refresh-token");
        liveConfiguration.put(Persona.RESTRICTED_USER.refreshTokenVariable(), "loopback-restricted-refresh-token");
        liveConfiguration.put(Persona.UNPRIVILEGED_USER.refreshTokenVariable(), "loopback-unprivileged-refresh-token");
        liveConfiguration.put(LiveConfiguration.RUN_ID, "loopbackcheck");
        liveConfiguration.put(LiveConfiguration.TOKEN_CACHE, "off");
        liveConfiguration.forEach((variable, value) -> System.setProperty(Settings.propertyName(variable), value));
    }

    @AfterEach
    void forgetTheLiveConfiguration() {
        liveConfiguration.keySet().forEach(variable -> System.clearProperty(Settings.propertyName(variable)));
        liveOrg.close();
    }

    @Test
    void a_feature_run_of_the_projects_own_tests_makes_no_call_to_the_configured_live_org() {
        EngineExecutionResults results = runFeatureWithGlue(HermeticSettingsProvider.GLUE);

        assertThat(liveOrg.requests()).as("requests the live org received").isZero();
        assertThat(results.testEvents().failed().count()).isZero();
        assertThat(results.testEvents().succeeded().count())
                .as("scenarios passed against the in-process emulator")
                .isEqualTo(2);
    }

    @Test
    void the_same_configuration_reaches_the_live_org_when_the_conformance_run_reads_the_process() {
        EngineExecutionResults results = runFeatureWithGlue(ProcessSettingsProvider.GLUE);

        assertThat(liveOrg.requests()).as("requests the live org received").isPositive();
        assertThat(results.testEvents().failed().stream()
                        .map(event -> event.getPayload(TestExecutionResult.class)
                                .flatMap(TestExecutionResult::getThrowable)
                                .map(Throwable::getMessage)
                                .orElse("")))
                .hasSize(2)
                .allSatisfy(message -> assertThat(message)
                        .contains(liveOrg.baseUri() + "/oauth/v2/token")
                        .contains("invalid_client"));
    }

    private static EngineExecutionResults runFeatureWithGlue(String settingsGlue) {
        return EngineTestKit.engine("cucumber")
                .configurationParameter("cucumber.glue", "dev.zohodelink.glue.steps," + settingsGlue)
                .configurationParameter("cucumber.execution.parallel.enabled", "false")
                .selectors(selectFile(FEATURE))
                .execute();
    }
}
