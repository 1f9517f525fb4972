package dev.zohodelink.cli;

import dev.zohodelink.client.NoAnswer;
import dev.zohodelink.client.Progress;
import dev.zohodelink.client.RecordingMarks;
import dev.zohodelink.client.Waiting;
import dev.zohodelink.config.ConfigurationException;
import dev.zohodelink.config.LiveConfiguration;
import dev.zohodelink.config.Settings;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.live.LiveSession;
import dev.zohodelink.live.RunMarker;
import dev.zohodelink.live.Sweeper;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Deletes what interrupted runs left in an org, found by the run marker in record names. */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        description =
                "Delete the records earlier conformance runs left in the org (names starting with zdc-). Reads the same ZOHO_* variables as a live run.")
final class SweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final Function<Progress, Waiting> waits;

    SweepCommand() {
        this(Waiting::sleeping);
    }

    /** @param waits how the sweep waits before a retry, given where to report it */
    SweepCommand(Function<Progress, Waiting> waits) {
        this.waits = waits;
    }

    @Option(names = "--run", description = "Only the records of this run id (default: every run's).")
    private String runId;

    @Option(
            names = "--no-token-cache",
            description =
                    "Neither reuse an access token kept by an earlier run nor keep this run's (ZOHO_TOKEN_CACHE=off).")
    private boolean noTokenCache;

    @Option(
            names = "--api-version",
            description = "API version to call (default: ${DEFAULT-VALUE}).",
            defaultValue = "v7")
    private String apiVersion;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LiveConfiguration configuration;
        ApiVersion version;
        String prefix;
        try {
            configuration = LiveConfiguration.from(Settings.fromProcess());
            if (noTokenCache) {
                configuration = configuration.withoutTokenCache();
            }
            version = ApiVersion.parse(apiVersion);
            prefix = runId == null ? RunMarker.PREFIX : new RunMarker(runId).prefix();
        } catch (ConfigurationException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        try (LiveSession session = new LiveSession(
                configuration, version, RunMarker.fresh(), Clock.systemUTC(), waits.apply(out::println))) {
            Sweeper.Result result = new Sweeper(
                            session.api(session.usage().child(), List.of(), RecordingMarks.none()),
                            session.administrator().accessToken())
                    .sweep(version, prefix);
            out.println("Swept " + session.apiDomain() + " for records named '" + prefix + "...': " + result.found()
                    + " found, " + result.deleted() + " deleted (" + session.usage() + ")");
            result.problems()
                    .forEach((module, problem) -> out.println("  could not search " + module + ": " + problem));
            return result.found() == result.deleted() ? 0 : 1;
        } catch (Exception e) { // REST Assured throws checked IOExceptions undeclared, through Groovy
            err.println("sweep failed: "
                    + (e instanceof IOException
                            ? "cannot reach Zoho CRM's API at " + configuration.apiDomain() + ": "
                                    + NoAnswer.describe(e)
                            : e.getMessage()));
            return 1;
        }
    }
}
