package dev.zohodelink.cli;

import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.core.faults.Fault;
import dev.zohodelink.emulator.core.faults.FaultSchedule;
import dev.zohodelink.emulator.core.faults.RouteKind;
import dev.zohodelink.emulator.http.EmulatorServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What the CI scripts do to a standalone emulator, through the jar's {@code control} command. */
class ControlCommandTest {

    private final Emulator emulator = new Emulator(BehaviourProfile.bestEvidence());
    private final EmulatorServer server = EmulatorServer.startOnFreeLoopbackPort(emulator);

    private record Run(int exitCode, String out, String err) {}

    @AfterEach
    void stop_the_server() {
        server.close();
    }

    private static Run control(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new Main());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "control";
        System.arraycopy(args, 0, all, 1, args.length);
        int exitCode = command.execute(all);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void prints_one_count_of_the_state_or_all_of_it_as_json() {
        emulator.insertRecord(dev.zohodelink.contract.Module.LEADS, Map.of("Last_Name", "Doe"));

        Run records = control("state", "--url", server.baseUri().toString(), "--count", "records");
        Run all = control("state", "--url", server.baseUri().toString());

        then(records.out().strip()).isEqualTo("1");
        then(all.out())
                .startsWith("{\"records\":1,\"relations\":0,\"users\":1,")
                .contains("\"profile\":\"best-evidence\"");
    }

    @Test
    void injects_a_typed_fault_and_resets() {
        Run latency = control(
                "fault",
                "--url",
                server.baseUri().toString(),
                "--route",
                "delink",
                "--latency-ms",
                "5000",
                "--times",
                "1000");
        Run error =
                control("fault", "--url", server.baseUri().toString(), "--route", "link", "--error", "INTERNAL_ERROR");
        java.util.List<Fault> injected = emulator.pendingFaults();
        Run reset = control("reset", "--url", server.baseUri().toString());

        then(latency.exitCode()).as(latency.err()).isZero();
        then(error.exitCode()).as(error.err()).isZero();
        then(injected)
                .containsExactly(
                        new Fault(
                                RouteKind.DELINK, new Fault.Latency(Duration.ofMillis(5000)), FaultSchedule.next(1000)),
                        new Fault(RouteKind.LINK, ZohoError.INTERNAL_ERROR, 1));
        then(reset.exitCode()).isZero();
        then(emulator.pendingFaults()).isEmpty();
    }

    @Test
    void refuses_an_unknown_count_or_route_with_exit_code_2_and_an_unreachable_emulator_with_exit_code_1() {
        Run count = control("state", "--url", server.baseUri().toString(), "--count", "profile");
        Run route = control("fault", "--url", server.baseUri().toString(), "--route", "nowhere");
        Run unreachable = control("reset", "--url", "http://127.0.0.1:1");

        then(count.exitCode()).isEqualTo(2);
        then(count.err()).startsWith("--count must be one of [records, relations, users, tokens,");
        then(route.exitCode()).isEqualTo(2);
        then(route.err()).startsWith("unknown route 'nowhere'");
        then(unreachable.exitCode()).isEqualTo(1);
        then(unreachable.err().lines().toList())
                .containsExactly(
                        "control: the emulator's control plane at http://127.0.0.1:1 did not answer POST /__emulator/reset");
    }
}
