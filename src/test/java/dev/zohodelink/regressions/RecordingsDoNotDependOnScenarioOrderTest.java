package dev.zohodelink.regressions;

import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import dev.zohodelink.config.RunConfiguration;
import dev.zohodelink.glue.hermetic.HermeticSettingsProvider;
import dev.zohodelink.support.LayoutRequirement;
import dev.zohodelink.support.Misbehaviour;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A scenario's recording depends on the scenario, the version and the org, never on which scenarios ran before it
 * nor on how many ran at once, so the committed emulator baseline is what any run records, byte for byte. The six
 * scenarios that insert deals on v2.1 (by id, in one call, the reverse direction of each, the legacy name of each).
 */
class RecordingsDoNotDependOnScenarioOrderTest {

    private static final String[] FEATURES = {
        RegressionCatalogue.RELATIONS,
        "features/relations/delink-from-either-side.feature",
        "features/relations/legacy-module-names.feature"
    };
    private static final String DEAL_SCENARIOS = ".*\\bdeals?\\b.*";
    private static final Path EMULATOR_BASELINE = Path.of("src/test/resources/baselines/emulator");

    @Test
    void the_same_scenarios_record_the_same_bytes_in_file_order_in_reverse_and_four_at_a_time(@TempDir Path scratch) {
        // GIVEN an org whose layout requires a deal's Description, which its fields metadata does not flag, so the
        // run learns it from the first refused insert, whichever scenario makes it
        Optional<String> layout = Optional.of("Deals.Description");

        // WHEN the same scenarios run three times
        Map<String, String> inFileOrder = recordings(scratch.resolve("in-file-order"), layout, "lexical", 1);
        Map<String, String> inReverse = recordings(scratch.resolve("in-reverse"), layout, "reverse", 1);
        Map<String, String> fourAtATime = recordings(scratch.resolve("four-at-a-time"), layout, "lexical", 4);

        // THEN every scenario sent the learned field, and each recorded the same bytes every time
        then(inFileOrder)
                .hasSize(6)
                .allSatisfy((scenario, recording) -> then(recording).contains("\"Description\" : \"zdc-<run> deal "));
        then(inReverse).containsExactlyEntriesOf(inFileOrder);
        then(fourAtATime).containsExactlyEntriesOf(inFileOrder);
    }

    @Test
    void the_committed_emulator_baseline_is_what_these_scenarios_record(@TempDir Path scratch) {
        // WHEN the scenarios run on the emulator as the conformance run does, four at a time
        Map<String, String> recorded = recordings(scratch, Optional.empty(), "lexical", 4);

        // THEN each recording is its baseline, byte for byte
        Map<String, String> baseline = new TreeMap<>();
        recorded.keySet().forEach(path -> baseline.put(path, read(EMULATOR_BASELINE.resolve(path))));
        then(recorded).hasSize(6).containsExactlyEntriesOf(baseline);
    }

    /** The recordings of one run, by their path under {@code recordings/}: {@code v2.1/<feature>/<scenario>.json}. */
    private static Map<String, String> recordings(Path reports, Optional<String> layout, String order, int threads) {
        Map<String, String> settings = new HashMap<>();
        settings.put(Misbehaviour.PROPERTY, null);
        settings.put(LayoutRequirement.PROPERTY, layout.orElse(null));
        settings.put(HermeticSettingsProvider.property(RunConfiguration.API_VERSION), "v2.1");
        settings.put("zoho.reports.dir", reports.toString());
        settings.put("cucumber.filter.tags", null);
        settings.put("cucumber.filter.name", null);
        try (SystemProperties ignored = SystemProperties.set(settings)) {
            EngineTestKit.engine("cucumber")
                    .configurationParameter(
                            "cucumber.glue", "dev.zohodelink.glue.steps," + HermeticSettingsProvider.GLUE)
                    .configurationParameter("cucumber.filter.name", DEAL_SCENARIOS)
                    .configurationParameter("cucumber.execution.order", order)
                    .configurationParameter("cucumber.execution.parallel.enabled", Boolean.toString(threads > 1))
                    .configurationParameter("cucumber.execution.parallel.config.strategy", "fixed")
                    .configurationParameter(
                            "cucumber.execution.parallel.config.fixed.parallelism", Integer.toString(threads))
                    .configurationParameter(
                            "cucumber.execution.parallel.config.fixed.max-pool-size", Integer.toString(threads))
                    .selectors(Stream.of(FEATURES)
                            .map(feature -> (DiscoverySelector) selectFile(feature))
                            .toArray(DiscoverySelector[]::new))
                    .execute()
                    .testEvents()
                    .assertStatistics(stats -> stats.succeeded(6).failed(0).aborted(0));
        }
        Path root = reports.resolve("recordings");
        try (Stream<Path> files = Files.walk(root)) {
            Map<String, String> recordings = new TreeMap<>();
            files.filter(Files::isRegularFile)
                    .forEach(file -> recordings.put(root.relativize(file).toString(), read(file)));
            return recordings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
