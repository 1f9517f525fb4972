package dev.zohodelink.cli;

import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.control.EmulatorControl;
import dev.zohodelink.emulator.core.faults.Fault;
import dev.zohodelink.emulator.core.faults.FaultSchedule;
import dev.zohodelink.emulator.core.faults.RouteKind;
import dev.zohodelink.live.LiveRunSummary;
import dev.zohodelink.runner.VersionCount;
import dev.zohodelink.support.StandaloneLiveRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A live run's recordings say what Zoho answered, not how loaded it was: the tokens feature on v7, run live against
 * the standalone emulator started in this JVM (as .ci/run does in a process of its own), once as it is and once with
 * 429s and a 500 injected on its fixture routes, records the same bytes.
 */
class RetriesLeaveLiveRecordingsUnchangedTest {

    private static final OptionalInt RETRY_NOW = OptionalInt.of(0);
    private static final List<Fault> FIXTURE_FAULTS = List.of(
            new Fault(RouteKind.INSERT, new Fault.TooManyRequests(RETRY_NOW), FaultSchedule.next(2)),
            new Fault(RouteKind.LINK, new Fault.TooManyRequests(RETRY_NOW), FaultSchedule.next(1)),
            new Fault(RouteKind.METADATA, new Fault.TooManyRequests(RETRY_NOW), FaultSchedule.next(1)),
            new Fault(RouteKind.READ_RELATED, ZohoError.INTERNAL_ERROR, 1));

    @TempDir
    Path scratch;

    @Test
    void a_live_run_throttled_on_its_fixture_calls_records_what_the_same_run_records_without_faults() {
        // GIVEN the standalone emulator, every refresh token set
        Map<String, String> credentials = StandaloneLiveRun.everyCredential("retries-test");
        Map<String, LiveRun> runs = new LinkedHashMap<>();
        List<Fault> unmet = new ArrayList<>();
        int emulatorExit = new CommandLine(new EmulatorCommand(credentials, server -> {
                    // WHEN the same selection runs live as it is, then with faults on its fixture routes
                    runs.put("plain", LiveRun.of(server.baseUri(), credentials, scratch.resolve("plain")));
                    EmulatorControl control = EmulatorControl.overHttp(server.baseUri());
                    FIXTURE_FAULTS.forEach(control::injectFault);
                    runs.put("faulted", LiveRun.of(server.baseUri(), credentials, scratch.resolve("faulted")));
                    unmet.addAll(control.pendingFaults());
                }))
                .setOut(new PrintWriter(new StringWriter()))
                .execute("--port", "0");
        then(emulatorExit).isZero();
        then(unmet).as("faults no call met").isEmpty();

        // THEN both runs passed, the faulted one retried once per fault, and counted every attempt
        LiveRun plain = runs.get("plain");
        LiveRun faulted = runs.get("faulted");
        then(faulted.count).isEqualTo(plain.count);
        then(plain.count.failed()).isZero();
        then(plain.count.passed())
                .as("the expired token is skipped on a live org")
                .isEqualTo(2);
        int injected =
                FIXTURE_FAULTS.stream().mapToInt(f -> f.schedule().times()).sum();
        then(plain.summary.retries()).isZero();
        then(faulted.summary.retries()).isEqualTo(injected);
        then(faulted.summary.apiCalls()).isEqualTo(plain.summary.apiCalls() + injected);
        // and every recording is the same bytes, the INVALID_TOKEN the feature asserts on among them
        then(plain.recordings)
                .hasSize(2)
                .anySatisfy((scenario, recording) -> then(recording).contains("\"code\" : \"INVALID_TOKEN\""));
        then(faulted.recordings).containsExactlyEntriesOf(plain.recordings);
    }

    /** {@code run --target live --versions v7 --tags @tokens} without its reports, but with its recordings. */
    private record LiveRun(VersionCount count, LiveRunSummary summary, Map<String, String> recordings) {

        static LiveRun of(URI base, Map<String, String> credentials, Path reports) {
            StandaloneLiveRun run = StandaloneLiveRun.of(base, credentials, "@tokens", reports);
            try {
                return new LiveRun(run.counts().get(0), run.summary(), recordings(reports.resolve("recordings")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Each recording's text, by its path under {@code recordings/}: {@code v7/<feature>/<scenario>.json}. */
        private static Map<String, String> recordings(Path root) throws IOException {
            Map<String, String> recordings = new TreeMap<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    recordings.put(root.relativize(file).toString(), Files.readString(file));
                }
            }
            return recordings;
        }
    }
}
