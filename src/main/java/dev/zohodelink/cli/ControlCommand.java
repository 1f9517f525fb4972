package dev.zohodelink.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.control.ControlKey;
import dev.zohodelink.emulator.control.EmulatorControl;
import dev.zohodelink.emulator.core.EmulatorState;
import dev.zohodelink.emulator.core.codecs.Json;
import dev.zohodelink.emulator.core.faults.Fault;
import dev.zohodelink.emulator.core.faults.FaultSchedule;
import dev.zohodelink.emulator.core.faults.RouteKind;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A standalone emulator's control plane from a shell, through {@link EmulatorControl}: what the CI scripts need.
 * The control key, when the emulator has one, comes from {@value ControlKey#ENVIRONMENT_VARIABLE} only, so that it
 * is never on a command line.
 */
@Command(
        name = "control",
        mixinStandardHelpOptions = true,
        description = "Read or change a standalone emulator through its control plane (key: "
                + ControlKey.ENVIRONMENT_VARIABLE + ").",
        subcommands = {ControlCommand.State.class, ControlCommand.InjectFault.class, ControlCommand.Reset.class})
final class ControlCommand {

    /** The emulator's base URL, as its first line printed it. */
    static final class Target {

        @Option(names = "--url", required = true, description = "The emulator's base URL, e.g. http://127.0.0.1:8080.")
        URI url;

        EmulatorControl control() {
            String key = System.getenv(ControlKey.ENVIRONMENT_VARIABLE);
            return key == null || key.isBlank()
                    ? EmulatorControl.overHttp(url)
                    : EmulatorControl.overHttp(url, key.strip());
        }

        /** A refused or failed call is one line on standard error and exit code 1, not a stack trace. */
        int attempt(CommandSpec spec, Callable<Integer> call) throws Exception {
            try {
                return call.call();
            } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("control: " + e.getMessage());
                err.flush();
                return 1;
            }
        }
    }

    @Command(name = "state", description = "Print the emulator's state as JSON, or one count of it with --count.")
    static final class State implements Callable<Integer> {

        /** The names of the counts, from the state's own shape. */
        private static final Map<String, Object> STATE_OF_NOTHING =
                Json.asObject(new EmulatorState("", 0, 0, 0, 0, 0, 0, 0, 0));

        @Mixin
        Target target;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--count",
                paramLabel = "NAME",
                description =
                        "records, relations, users, tokens, oauth_clients, refresh_tokens, token_refreshes or unexpected_failures")
        String count;

        @Override
        public Integer call() throws Exception {
            if (count != null && !(STATE_OF_NOTHING.get(count) instanceof Number)) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--count must be one of "
                                + STATE_OF_NOTHING.keySet().stream()
                                        .filter(name -> STATE_OF_NOTHING.get(name) instanceof Number)
                                        .toList());
            }
            return target.attempt(spec, () -> {
                Map<String, Object> state = Json.asObject(target.control().state());
                PrintWriter out = spec.commandLine().getOut();
                out.println(count == null ? new String(Json.write(state), UTF_8) : state.get(count));
                out.flush();
                return 0;
            });
        }
    }

    @Command(
            name = "fault",
            description =
                    "Inject a fault: an error (default INTERNAL_ERROR), --latency-ms, --too-many-requests or --drop-connection.")
    static final class InjectFault implements Callable<Integer> {

        @Mixin
        Target target;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--route",
                description =
                        "delink, link, read-related, insert, read-records, delete-records, search, metadata or any (default: ${DEFAULT-VALUE}).",
                defaultValue = "any")
        String route;

        @Option(
                names = "--times",
                description = "The next N calls of the route (default: ${DEFAULT-VALUE}).",
                defaultValue = "1")
        int times;

        @Option(names = "--error", paramLabel = "NAME", description = "A catalogue error, e.g. INTERNAL_ERROR.")
        ZohoError error;

        @Option(names = "--latency-ms", paramLabel = "MS", description = "Wait, then answer as usual.")
        Integer latencyMillis;

        @Option(names = "--too-many-requests", description = "Answer 429 TOO_MANY_REQUESTS.")
        boolean tooManyRequests;

        @Option(names = "--drop-connection", description = "Close the connection without an answer.")
        boolean dropConnection;

        @Override
        public Integer call() throws Exception {
            Fault fault;
            try {
                fault = new Fault(RouteKind.fromLabel(route), effect(), FaultSchedule.next(times));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            return target.attempt(spec, () -> {
                target.control().injectFault(fault);
                return 0;
            });
        }

        private Fault.Effect effect() {
            int kinds = (error != null ? 1 : 0)
                    + (latencyMillis != null ? 1 : 0)
                    + (tooManyRequests ? 1 : 0)
                    + (dropConnection ? 1 : 0);
            if (kinds > 1) {
                throw new IllegalArgumentException(
                        "give one of --error, --latency-ms, --too-many-requests, --drop-connection");
            }
            if (latencyMillis != null) {
                return new Fault.Latency(Duration.ofMillis(latencyMillis));
            }
            if (tooManyRequests) {
                return new Fault.TooManyRequests(OptionalInt.empty());
            }
            if (dropConnection) {
                return new Fault.DropConnection();
            }
            ZohoError catalogueError = error == null ? ZohoError.INTERNAL_ERROR : error;
            return new Fault.CatalogueError(catalogueError, catalogueError.httpStatus());
        }
    }

    @Command(name = "reset", description = "Forget records, relations and faults.")
    static final class Reset implements Callable<Integer> {

        @Mixin
        Target target;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return target.attempt(spec, () -> {
                target.control().reset();
                return 0;
            });
        }
    }
}
