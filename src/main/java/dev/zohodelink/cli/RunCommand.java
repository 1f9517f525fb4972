package dev.zohodelink.cli;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.runner.ConformanceRunner;
import dev.zohodelink.runner.RunOptions;
import dev.zohodelink.runner.RunVerdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code run}: the conformance suite with nothing but Java. The features packaged in the jar, plus a team's own,
 * on each API version in turn; the reports written into {@code --reports}; exit status 0 only for a green verdict.
 * Configured like the Maven build, by the {@code ZOHO_*} variables (or their {@code -Dzoho.*} properties).
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run the conformance suite and write its reports; exit 0 only when it is green.")
final class RunCommand implements Callable<Integer> {

    @Option(
            names = "--versions",
            split = ",",
            defaultValue = "v2.1,v7,v8",
            description = "API versions, one after another (default: ${DEFAULT-VALUE}).")
    List<String> versions;

    @Option(names = "--target", description = "emulator (default) or live: overrides ZOHO_TARGET.")
    Optional<String> target;

    @Option(
            names = "--tags",
            description = "A Cucumber tag expression the scenarios must match, e.g. '@limits and not @assumed'.")
    Optional<String> tags;

    @Option(
            names = "--exclude",
            split = ",",
            description =
                    "Leave out the scenarios of these tags, e.g. assumed (which also observes every undocumented expectation).")
    List<String> excluded = new ArrayList<>();

    @Option(names = "--threads", defaultValue = "4", description = "Scenarios run at once (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(
            names = "--reports",
            defaultValue = "reports",
            description = "The folder cleared at the start and written with the reports (default: ${DEFAULT-VALUE}).")
    Path reports;

    @Option(
            names = "--features",
            description = "A folder of your own features to run besides the packaged ones (repeatable).")
    List<Path> features = new ArrayList<>();

    @Option(names = "--glue", description = "A package of your own step definitions, on the classpath (repeatable).")
    List<String> glue = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        RunOptions options;
        try {
            options = new RunOptions(
                    versions.stream().map(ApiVersion::parse).toList(),
                    target,
                    tags,
                    excluded,
                    threads,
                    reports,
                    features,
                    glue);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        RunVerdict verdict = new ConformanceRunner(options, System.out).run();
        verdict.problems().forEach(problem -> System.out.println("  " + problem));
        System.out.println(verdict.summaryLine());
        return verdict.green() ? 0 : 1;
    }
}
