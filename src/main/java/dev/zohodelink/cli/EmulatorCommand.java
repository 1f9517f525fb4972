package dev.zohodelink.cli;

import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.emulator.control.ControlKey;
import dev.zohodelink.emulator.control.EmulatorControl;
import dev.zohodelink.emulator.control.EmulatorCredentials;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.http.EmulatorServer;
import dev.zohodelink.emulator.seed.SeedException;
import dev.zohodelink.emulator.seed.SeedFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Runs the emulator as its own process until it is stopped (Ctrl-C or SIGTERM): checks the options, the OAuth
 * variables ({@link EmulatorCredentials}) and the control key ({@link ControlKeyRequirement}), loads the seed,
 * listens, and says where ({@link EmulatorBanner}). Every problem is one line on standard error and exit code 2.
 */
@Command(
        name = "emulator",
        mixinStandardHelpOptions = true,
        description =
                "Serve the emulated Zoho CRM API, on loopback unless --host says otherwise, with its control plane under /__emulator.")
final class EmulatorCommand implements Callable<Integer> {

    /** Blocks until the emulator should stop; the server is closed after it returns. */
    @FunctionalInterface
    interface StopSignal {
        void await(EmulatorServer server) throws InterruptedException;
    }

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--host",
            description =
                    "Address to bind (default: ${DEFAULT-VALUE}). Anything but loopback exposes the emulator to the network"
                            + " and needs a control key.",
            defaultValue = "127.0.0.1")
    private String host;

    @Option(
            names = "--port",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).",
            defaultValue = "8080")
    private int port;

    @Option(
            names = "--profile",
            description =
                    "Behaviour where Zoho does not document it, e.g. best-evidence or best-evidence,mixed=200 (default: ${DEFAULT-VALUE}).",
            defaultValue = BehaviourProfile.DEFAULT_SPEC)
    private String profile;

    @Option(
            names = "--seed",
            paramLabel = "FILE",
            description =
                    "JSON file of users, OAuth clients, refresh tokens, access tokens, records and relations to load at start (format in the README).")
    private Path seed;

    @Option(
            names = "--control-key",
            paramLabel = "KEY",
            description = "Every /__emulator request must carry it in the " + ControlKey.HEADER
                    + " header; required beyond loopback." + " Prefer the environment variable "
                    + ControlKey.ENVIRONMENT_VARIABLE + ": a command line is visible to other users.")
    private String controlKey;

    private final EmulatorCredentials credentials;
    private final String controlKeyFromEnvironment;
    private final StopSignal untilStopped;

    EmulatorCommand() {
        this(System.getenv(), EmulatorCommand::untilShutdown);
    }

    EmulatorCommand(Map<String, String> environment, StopSignal untilStopped) {
        this.credentials = new EmulatorCredentials(environment);
        this.controlKeyFromEnvironment = environment.get(ControlKey.ENVIRONMENT_VARIABLE);
        this.untilStopped = untilStopped;
    }

    @Override
    public Integer call() throws InterruptedException {
        BehaviourProfile behaviour = checkedOptions();
        ControlKeyRequirement.Decision key = ControlKeyRequirement.decide(host, controlKey, controlKeyFromEnvironment);
        Optional<String> problem = key.problem().or(credentials::problem);
        if (problem.isPresent()) {
            return refuse(problem.get());
        }
        Emulator emulator = new Emulator(behaviour);
        EmulatorControl control = EmulatorControl.inProcess(emulator);
        List<String> oauthLines = credentials.register(control);
        Optional<SeedFile.Result> seeded;
        try {
            seeded = seed == null ? Optional.empty() : Optional.of(control.seed(Files.readAllBytes(seed)));
        } catch (IOException | SeedException e) {
            return refuse("emulator: --seed " + seed + ": " + readProblem(e));
        }
        String demoToken =
                control.issueAccessToken(control.administrator(), List.of(Scopes.ALL_MODULES), Duration.ofDays(365));
        EmulatorServer server;
        try {
            server = EmulatorServer.start(emulator, host, port, key.key());
        } catch (IllegalStateException e) {
            return refuse("emulator: " + e.getMessage());
        }
        try (server) {
            new EmulatorBanner(
                            server.baseUri(),
                            server.listensOnEveryInterface(),
                            behaviour,
                            key.key().isPresent())
                    .print(
                            spec.commandLine().getOut(),
                            demoToken,
                            oauthLines,
                            seeded.map(result -> "Seeded from " + seed + ": " + result.summary()));
            untilStopped.await(server);
        }
        return 0;
    }

    private BehaviourProfile checkedOptions() {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        try {
            return BehaviourProfile.parse(profile);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--profile: " + e.getMessage());
        }
    }

    private int refuse(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(message);
        err.flush();
        return 2;
    }

    private static String readProblem(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e instanceof IOException ? "cannot read it (" + e.getClass().getSimpleName() + ")" : e.getMessage();
    }

    private static void untilShutdown(EmulatorServer server) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "zoho-emulator-shutdown"));
        stopped.await();
    }
}
