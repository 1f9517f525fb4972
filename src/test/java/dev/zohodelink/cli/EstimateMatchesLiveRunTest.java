package dev.zohodelink.cli;

import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.client.CallPurpose;
import dev.zohodelink.contract.Module;
import dev.zohodelink.estimate.CreditEstimate;
import dev.zohodelink.estimate.CreditEstimator;
import dev.zohodelink.estimate.SpendingEstimate;
import dev.zohodelink.live.LiveRunSummary;
import dev.zohodelink.runner.RunOptions;
import dev.zohodelink.runner.VersionCount;
import dev.zohodelink.support.StandaloneLiveRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The estimate of a live run is what that live run spends: the same selection (v7, the token and limit features:
 * an expired-token scenario a live org skips, 101 contacts in one scenario, so cleanup takes more than one call per
 * module) run live against the standalone emulator started in this JVM, as .ci/run does in a process of its own,
 * and estimated.
 */
class EstimateMatchesLiveRunTest {

    private static final String TAGS = "@tokens or @limits";

    @TempDir
    Path reports;

    private static RunOptions selection(Path reports) {
        return StandaloneLiveRun.selection(TAGS, reports);
    }

    @Test
    void the_estimate_spends_what_a_live_run_of_the_same_scenarios_spends() throws IOException {
        // GIVEN a live run of the selection against the standalone emulator, every refresh token set
        Map<String, String> credentials = StandaloneLiveRun.everyCredential("estimate-test");
        List<StandaloneLiveRun> runs = new ArrayList<>();
        int emulatorExit = new CommandLine(new EmulatorCommand(
                        credentials,
                        server -> runs.add(StandaloneLiveRun.of(server.baseUri(), credentials, TAGS, reports))))
                .setOut(new PrintWriter(new StringWriter()))
                .execute("--port", "0");
        then(emulatorExit).isZero();
        StandaloneLiveRun live = runs.get(0);
        then(live.counts())
                .singleElement()
                .satisfies(count -> then(count.failed()).isZero());

        // WHEN the same selection is estimated, as if every refresh token were set
        Map<Object, Object> propertiesBefore = new HashMap<>(System.getProperties());
        CreditEstimate estimate = new CreditEstimator(selection(Path.of("reports")), true).estimate();

        // THEN the same scenarios ran and were skipped, making the same calls for the same credits, purpose by purpose
        SpendingEstimate v7 = estimate.versions().get(0);
        VersionCount ran = live.counts().get(0);
        LiveRunSummary spent = live.summary();
        then(estimate.failures()).isEmpty();
        then(List.of(v7.scenariosRun(), v7.skipped())).containsExactly((long) ran.passed(), (long) ran.skipped());
        then(ran.skipped())
                .as("the expired token, which a live org cannot issue on demand")
                .isEqualTo(1);
        then(v7.calls()).isEqualTo(spent.apiCalls());
        then(v7.credits()).isEqualTo(spent.credits());
        then(named(v7.creditsByPurpose(), CallPurpose::label)).isEqualTo(spent.creditsByPurpose());
        then(named(v7.recordsCreated(), Module::urlName)).isEqualTo(spent.recordsCreatedByModule());
        // and the floor's bulk deletes are the live cleanup's calls: more than one for the contacts of 101-id scenarios
        then(v7.isolationFloor().deleteCredits())
                .isEqualTo(v7.creditsFor(CallPurpose.CLEANUP))
                .isGreaterThan(spent.recordsCleanedUpByModule().size());
        // and the estimate put back the system properties its run set
        then(new HashMap<>(System.getProperties())).isEqualTo(propertiesBefore);
    }

    /** The counts as the live run's summary keys them, by name. */
    private static <K> Map<String, Long> named(Map<K, Long> counts, Function<K, String> name) {
        return counts.entrySet().stream().collect(Collectors.toMap(e -> name.apply(e.getKey()), Map.Entry::getValue));
    }
}
