package dev.zohodelink.regressions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.report.RunOutcome;
import dev.zohodelink.support.Misbehaviour;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs every simulated regression of {@link RegressionCatalogue} against the features that concern it, in the
 * default mode and in observe mode, writes {@code mutation.md} into {@code zoho.reports.dir} and fails when one that
 * must be caught is not. It runs in the build's verify phase, so only the conformance run writes into {@code reports/};
 * in a live run too, for it always breaks its own in-process emulators, whatever the run targets.
 */
class RegressionCatalogueIT {

    private static final Path SCRATCH = Path.of(System.getProperty("zoho.build.dir", "target"), "regression-catalogue");

    @Test
    void every_simulated_regression_is_caught_as_firmly_as_the_promise_it_breaks() throws IOException {
        long start = System.nanoTime();
        FeatureRun runs = new FeatureRun(SCRATCH);
        List<SimulatedRegression> entries = RegressionCatalogue.entries();

        int baseline = theCorrectEmulatorPassesEveryConcernedScenario(runs, entries);
        List<RegressionVerdict> verdicts = new ArrayList<>();
        for (SimulatedRegression regression : entries) {
            ModeVerdict byDefault = ModeVerdict.of(runs.run(regression, FeatureRun.Mode.DEFAULT));
            verdicts.add(new RegressionVerdict(
                    regression,
                    byDefault,
                    regression.breaksDocumentedPromise()
                            ? ModeVerdict.of(runs.run(regression, FeatureRun.Mode.OBSERVE))
                            : ModeVerdict.notRun()));
        }

        MutationReport report = new MutationReport(verdicts, baseline, Duration.ofNanos(System.nanoTime() - start));
        Path file = Path.of(System.getProperty("zoho.reports.dir", "reports"), "mutation.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.render());
        System.out.println(report.scoreLine() + " in "
                + Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s (" + file + ")");

        assertThat(entries).hasSizeGreaterThanOrEqualTo(30);
        assertThat(entries)
                .extracting(SimulatedRegression::misbehaviour)
                .doesNotHaveDuplicates()
                .doesNotContain(Misbehaviour.NONE);
        assertThat(verdicts)
                .as("regressions the suite missed, see %s", file)
                .allSatisfy(
                        v -> assertThat(v.problem()).as(v.regression().name()).isEmpty());
    }

    /**
     * Without a regression every concerned scenario passes; otherwise "caught" would prove nothing. The default mode
     * is enough: observe mode only relaxes it.
     */
    private static int theCorrectEmulatorPassesEveryConcernedScenario(
            FeatureRun runs, List<SimulatedRegression> entries) {
        Map<ApiVersion, List<String>> featuresByVersion = entries.stream()
                .collect(Collectors.groupingBy(
                        SimulatedRegression::version,
                        Collectors.collectingAndThen(
                                Collectors.flatMapping(
                                        e -> e.features().stream(), Collectors.toCollection(TreeSet::new)),
                                List::copyOf)));
        int scenarios = 0;
        for (Map.Entry<ApiVersion, List<String>> version : featuresByVersion.entrySet()) {
            RunOutcome outcome = runs.run(
                    Misbehaviour.NONE,
                    FeatureRun.BEST_EVIDENCE,
                    version.getKey(),
                    version.getValue(),
                    Optional.empty(),
                    FeatureRun.Mode.DEFAULT);
            assertThat(outcome.scenarios())
                    .as("scenarios of the correct emulator on %s", version.getKey())
                    .isNotEmpty()
                    .allSatisfy(s -> assertThat(s.status())
                            .as(s.name() + ": " + s.reason())
                            .isIn("PASSED", "SKIPPED"));
            scenarios += outcome.scenarios().size();
        }
        return scenarios;
    }
}
