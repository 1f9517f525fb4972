package dev.zohodelink.cli;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.runner.RunOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options {@code run} and {@code bench} share, described once: which versions, how many threads, which folder. */
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
            names = "--reports",
            paramLabel = "DIR",
            defaultValue = "reports",
            description =
                    "Where the reports go; the run's own folders in it are cleared first (default: ${DEFAULT-VALUE}).")
    Path reports;

    /**
     * The run these options and the command's own describe.
     *
     * @throws IllegalArgumentException naming an unknown version, or a thread count below 1
     */
    RunOptions runOptions(
            Optional<String> target,
            Optional<String> tags,
            List<String> excluded,
            List<Path> features,
            List<String> glue) {
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
