package dev.zohodelink.regressions;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.config.RunConfiguration;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.glue.hermetic.HermeticSettingsProvider;
import dev.zohodelink.report.RunOutcome;
import dev.zohodelink.support.Misbehaviour;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Features run in process against the emulator made to misbehave, in one way of treating what Zoho does not
 * document, with their scenarios in parallel (four at a time: they mostly wait on loopback HTTP). Each scenario has its own emulator, so nothing is shared between
 * them; runs themselves follow one another, as the run's settings are system properties. Recordings go to the
 * scratch directory, never into {@code reports/}.
 */
final class FeatureRun {

    static final String BEST_EVIDENCE = "best-evidence";
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    /** How the run treats what Zoho does not document: {@code ZOHO_UNDOCUMENTED}. */
    enum Mode {
        DEFAULT("assert"),
        OBSERVE("observe");

        private final String undocumented;

        Mode(String undocumented) {
            this.undocumented = undocumented;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Path scratch;

    FeatureRun(Path scratch) {
        this.scratch = scratch;
    }

    RunOutcome run(SimulatedRegression regression, Mode mode) {
        return run(
                regression.misbehaviour(),
                BEST_EVIDENCE,
                regression.version(),
                regression.features(),
                regression.scenarios(),
                mode);
    }

    /**
     * @param profile   the behaviour profile of the emulator and the steps ({@code ZOHO_PROFILE})
     * @param scenarios a regular expression the names of the scenarios to run contain; empty for all of the features
     */
    RunOutcome run(
            Misbehaviour misbehaviour,
            String profile,
            ApiVersion version,
            List<String> features,
            Optional<String> scenarios,
            Mode mode) {
        Path outcomes = scratch.resolve(misbehaviour.name().toLowerCase(Locale.ROOT) + "-"
                + profile.replaceAll("[^a-z0-9]+", "-") + "-" + version.pathSegment() + "-" + mode.label() + ".json");
        Map<String, String> settings = new HashMap<>();
        settings.put(Misbehaviour.PROPERTY, misbehaviour.name());
        settings.put(HermeticSettingsProvider.property(RunConfiguration.API_VERSION), version.pathSegment());
        settings.put(HermeticSettingsProvider.property(RunConfiguration.PROFILE), profile);
        settings.put(HermeticSettingsProvider.property(RunConfiguration.UNDOCUMENTED), mode.undocumented);
        settings.put(HermeticSettingsProvider.property(RunConfiguration.EXCLUDED_GROUPS), null);
        settings.put("zoho.reports.dir", scratch.resolve("reports").toString());
        settings.put("cucumber.filter.tags", null);
        settings.put("cucumber.filter.name", null);
        try (SystemProperties ignored = SystemProperties.set(settings)) {
            EngineTestKit.Builder kit = EngineTestKit.engine("cucumber");
            scenarios.ifPresent(names -> kit.configurationParameter("cucumber.filter.name", ".*(?:" + names + ").*"));
            kit.configurationParameter("cucumber.glue", "dev.zohodelink.glue.steps," + HermeticSettingsProvider.GLUE)
                    .configurationParameter("cucumber.execution.parallel.enabled", "true")
                    .configurationParameter("cucumber.execution.parallel.config.strategy", "fixed")
                    .configurationParameter("cucumber.execution.parallel.config.fixed.parallelism", "4")
                    .configurationParameter("cucumber.execution.parallel.config.fixed.max-pool-size", "4")
                    .configurationParameter(
                            "cucumber.plugin", "dev.zohodelink.report.ScenarioOutcomePlugin:" + outcomes)
                    .selectors(features.stream()
                            .map(f -> (DiscoverySelector) selectFile(f))
                            .toArray(DiscoverySelector[]::new))
                    .execute();
        }
        try {
            return MAPPER.readValue(outcomes.toFile(), RunOutcome.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
