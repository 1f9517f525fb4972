package dev.zohodelink.cli;

import dev.zohodelink.bench.SuiteBenchmark;
import dev.zohodelink.config.ConfigurationException;
import dev.zohodelink.runner.RunOptions;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: how much the suite costs around the emulator. The suite runs twice against the emulator (a JIT
 * warm-up, then the measured pass), a plain client replays the measured calls, and the figures go to the console
 * and to a Markdown file.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description =
                "Time the conformance suite against the emulator, next to a plain java.net.http client making the same calls on as many threads.")
final class BenchCommand implements Callable<Integer> {

    @Mixin
    SuiteOptions suite;

    @Mixin
    ReportsFolder reports;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "The Markdown file of the figures (default: suite-benchmark.md in --reports).")
    Optional<Path> output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RunOptions options;
        boolean green;
        try {
            options = suite.runOptions(Optional.of("emulator"), reports.path);
        } catch (IllegalArgumentException e) {
            return refused(e.getMessage());
        }
        try {
            green = new SuiteBenchmark(options, System.out)
                    .run(output.orElse(options.reports().resolve("suite-benchmark.md")));
        } catch (ConfigurationException e) {
            return refused(e.getMessage());
        } catch (FileSystemException e) {
            return refused(ReportsFolder.cannotWrite(e));
        }
        return green ? 0 : 1;
    }

    private int refused(String problem) {
        spec.commandLine().getErr().println("bench: " + problem);
        return 2;
    }
}
