package dev.zohodelink.cli;

import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.http.EmulatorServer;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Runs the emulator as its own process until it is stopped (Ctrl-C or SIGTERM). */
@Command(name = "emulator", mixinStandardHelpOptions = true,
        description = "Serve the emulated Zoho CRM API on loopback, with its control plane under /__emulator.")
final class EmulatorCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}). Anything but loopback exposes the emulator to the network.",
            defaultValue = "127.0.0.1")
    private String host;

    @Option(names = "--port", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).", defaultValue = "8080")
    private int port;

    @Option(names = "--profile", description = "Behaviour where Zoho does not document it, e.g. best-evidence or best-evidence,mixed=200 (default: ${DEFAULT-VALUE}).",
            defaultValue = BehaviourProfile.DEFAULT_SPEC)
    private String profile;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        BehaviourProfile behaviour;
        try {
            behaviour = BehaviourProfile.parse(profile);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--profile: " + e.getMessage());
        }
        Emulator emulator = new Emulator(behaviour);
        EmulatorServer server;
        try {
            server = EmulatorServer.start(emulator, host, port);
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        String demoToken = emulator.issueToken(emulator.administrator(), List.of(Scopes.ALL_MODULES), Duration.ofDays(365));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Zoho CRM emulator listening on " + server.baseUri() + " (profile " + behaviour.name() + ")");
        out.println("API:           " + server.baseUri() + "/crm/{v2.1|v7|v8}/...");
        out.println("Control plane: " + server.baseUri() + "/__emulator/health");
        out.println("Demo access token of the emulator's administrator, scope ZohoCRM.modules.ALL (valid for this process only):");
        out.println("  " + demoToken);
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "zoho-emulator-shutdown"));
        stopped.await();
        return 0;
    }
}
