package dev.zohodelink.cli;

import dev.zohodelink.bench.SuiteBenchmark;
import dev.zohodelink.runner.RunOptions;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

    @Override
    public Integer call() throws Exception {
        RunOptions options;
        try {
            options = suite.runOptions(Optional.of("emulator"), reports.path);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        boolean green = new SuiteBenchmark(options, System.out)
                .run(output.orElse(options.reports().resolve("suite-benchmark.md")));
        return green ? 0 : 1;
    }
}
