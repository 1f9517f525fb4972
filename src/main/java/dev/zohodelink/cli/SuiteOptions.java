package dev.zohodelink.cli;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.runner.RunOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Which scenarios a command runs, on which versions, how many at once: described once for {@code run}, {@code bench} and {@code estimate}. */
final class SuiteOptions {

    @Option(
            names = "--versions",
            split = ",",
            paramLabel = "VERSION",
            defaultValue = "v2.1,v7,v8",
            description = "API versions, one after another (default: ${DEFAULT-VALUE}).")
    List<String> versions;

    @Option(
            names = "--threads",
            paramLabel = "N",
            defaultValue = "4",
            description = "Scenarios run at once (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(
            names = "--tags",
            paramLabel = "EXPR",
            description = "A Cucumber tag expression the scenarios must match, such as '@limits and not @assumed'.")
    Optional<String> tags;

    @Option(
            names = "--exclude",
            split = ",",
            paramLabel = "TAG",
            description =
                    "Leave out the scenarios of these tags, e.g. assumed (which also observes every undocumented expectation).")
    List<String> excluded = new ArrayList<>();

    @Option(
            names = "--features",
            paramLabel = "DIR",
            description = "A folder of your own features to run besides the packaged ones (repeatable).")
    List<Path> features = new ArrayList<>();

    @Option(
            names = "--glue",
            paramLabel = "PACKAGE",
            description = "A package of your own step definitions, on the classpath (repeatable).")
    List<String> glue = new ArrayList<>();

    /**
     * The run these options select, on the target, writing into the folder.
     *
     * @throws IllegalArgumentException naming an unknown version, or a thread count below 1
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
