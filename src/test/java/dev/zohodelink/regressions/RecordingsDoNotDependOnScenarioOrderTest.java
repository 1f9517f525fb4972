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
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A scenario's recording depends on the scenario, the version and the org, never on which scenarios ran before it
 * nor on how many ran at once: the same scenarios record the same bytes in file order, in reverse and four at a time.
 * The org's layout requires a field its fields metadata does not flag (Deals' Description), so the run learns it from
 * the first refused insert, whichever scenario makes it.
 */
class RecordingsDoNotDependOnScenarioOrderTest {

    private static final String[] FEATURES = {
        RegressionCatalogue.RELATIONS, "features/relations/delink-from-either-side.feature"
    };
    /** The four scenarios that insert deals on v7: by id, in one call, and the reverse direction of each. */
    private static final String DEAL_SCENARIOS = ".*\\bdeals?\\b.*";

    @Test
    void the_same_scenarios_record_the_same_bytes_in_file_order_in_reverse_and_four_at_a_time(@TempDir Path scratch) {
        // WHEN the same scenarios run three times, on an org whose layout requires a deal's Description
        Map<String, String> inFileOrder = recordings(scratch.resolve("in-file-order"), "lexical", 1);
        Map<String, String> inReverse = recordings(scratch.resolve("in-reverse"), "reverse", 1);
        Map<String, String> fourAtATime = recordings(scratch.resolve("four-at-a-time"), "lexical", 4);

        // THEN every scenario sent the learned field, and each recorded the same bytes every time
        then(inFileOrder)
                .hasSize(4)
                .allSatisfy((scenario, recording) -> then(recording).contains("\"Description\" : \"zdc-<run> deal "));
        then(inReverse).containsExactlyEntriesOf(inFileOrder);
        then(fourAtATime).containsExactlyEntriesOf(inFileOrder);
    }

    /** The recordings of one run, by their path under {@code recordings/}. */
    private static Map<String, String> recordings(Path reports, String order, int threads) {
        Map<String, String> settings = new HashMap<>();
        settings.put(Misbehaviour.PROPERTY, null);
        settings.put(LayoutRequirement.PROPERTY, "Deals.Description");
        settings.put(HermeticSettingsProvider.property(RunConfiguration.API_VERSION), "v7");
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
                            .map(f -> (DiscoverySelector) selectFile(f))
                            .toArray(DiscoverySelector[]::new))
                    .execute()
                    .testEvents()
                    .assertStatistics(stats -> stats.succeeded(4).failed(0).aborted(0));
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
