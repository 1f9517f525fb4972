package dev.zohodelink.cli;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.runner.RunOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Which scenarios a command runs, and how many at once: the options {@code run} and {@code estimate} share. */
final class SelectionOptions {

    @Option(
            names = "--versions",
            split = ",",
            defaultValue = "v2.1,v7,v8",
            description = "API versions, one after another (default: ${DEFAULT-VALUE}).")
    List<String> versions;

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
            names = "--features",
            description = "A folder of your own features to run besides the packaged ones (repeatable).")
    List<Path> features = new ArrayList<>();

    @Option(names = "--glue", description = "A package of your own step definitions, on the classpath (repeatable).")
    List<String> glue = new ArrayList<>();

    /**
     * The run these options select.
     *
     * @throws IllegalArgumentException with the one message to print when an option is wrong
     */
    RunOptions runOptions(Optional<String> target, Path reports) {
        return new RunOptions(
                versions.stream().map(ApiVersion::parse).toList(),
                target,
                tags,
                excluded,
                threads,
                reports,
                features,
                glue);
    }
}
