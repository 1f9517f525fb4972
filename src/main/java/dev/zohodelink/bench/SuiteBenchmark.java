package dev.zohodelink.bench;

import dev.zohodelink.bench.glue.CaptureEachScenario;
import dev.zohodelink.runner.ConformanceRunner;
import dev.zohodelink.runner.RunOptions;
import dev.zohodelink.runner.RunVerdict;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code bench}: the conformance suite twice in this JVM (a warm-up pass, then the measured one), then the measured
 * pass's calls replayed by a plain client against the same emulator, and the figures side by side.
 */
public final class SuiteBenchmark {

    private static final int CLIENT_FLOOR_CALLS = 1_000;

    private final RunOptions options;
    private final PrintStream out;

    public SuiteBenchmark(RunOptions options, PrintStream out) {
        this.options = withCaptureGlue(options);
        this.out = out;
    }

    /** Runs the passes, prints the table and writes it to {@code output}; true when both passes were green. */
    public boolean run(Path output) throws IOException, InterruptedException {
        long jvmStartup = TimeUnit.MILLISECONDS.toNanos(
                ManagementFactory.getRuntimeMXBean().getUptime());
        double loadAtStart = load();
        out.println("Benchmark: warm-up pass ...");
        PassFigures warmUp = pass().figures();
        out.println("Benchmark: measured pass ...");
        Pass measuredPass = pass();
        PassFigures measured = measuredPass.figures();
        List<CapturedScenario> captured = measuredPass.captured();
        out.println("Benchmark: the plain client replays "
                + captured.stream().mapToLong(c -> c.exchanges().size()).sum() + " calls ...");
        PlainClientReplay plain = new PlainClientReplay(options.threads());
        plain.replay(captured);
        PlainClientReplay.Result floor = plain.replay(captured);
        out.println("Benchmark: each client alone, one GET in a loop ...");
        ClientFloor.Result clients = new ClientFloor(CLIENT_FLOOR_CALLS).measure();
        String setting = String.format(
                Locale.ROOT,
                "API %s, %d threads; %d cores, load average %.2f at start and %.2f at end; Java %s.",
                options.versions().stream().map(v -> v.pathSegment()).collect(Collectors.joining(", ")),
                options.threads(),
                Runtime.getRuntime().availableProcessors(),
                loadAtStart,
                load(),
                System.getProperty("java.version"));
        String markdown = new BenchmarkReport(
                        setting,
                        jvmStartup,
                        warmUp,
                        measured,
                        floor,
                        floor.calls().count(),
                        clients)
                .markdown();
        out.println();
        out.print(markdown);
        if (output.toAbsolutePath().getParent() != null) {
            Files.createDirectories(output.toAbsolutePath().getParent());
        }
        Files.writeString(output, markdown, StandardCharsets.UTF_8);
        out.println("Written to " + output);
        return warmUp.green() && measured.green();
    }

    private record Pass(PassFigures figures, List<CapturedScenario> captured) {}

    private Pass pass() throws IOException {
        CapturedScenarios.drain();
        ScenarioClock clock = new ScenarioClock();
        long cpuStart = ProcessCpu.nanos();
        long start = System.nanoTime();
        RunVerdict verdict =
                new ConformanceRunner(options, new PrintStream(OutputStream.nullOutputStream()), List.of(clock)).run();
        long end = System.nanoTime();
        long cpu = ProcessCpu.nanos() - cpuStart;
        out.println("  " + verdict.summaryLine());
        verdict.problems().forEach(problem -> out.println("    " + problem));
        List<CapturedScenario> captured = CapturedScenarios.drain();
        return new Pass(
                new PassFigures(
                        PassTimings.of(start, end, clock.spans()),
                        clock.scenarios(),
                        clock.skipped(),
                        captured.stream().mapToLong(CapturedScenario::calls).sum(),
                        captured.stream()
                                .mapToLong(CapturedScenario::clientNanos)
                                .sum(),
                        cpu,
                        verdict.green()),
                captured);
    }

    private static RunOptions withCaptureGlue(RunOptions options) {
        List<String> glue = new ArrayList<>(options.glue());
        glue.add(CaptureEachScenario.GLUE);
        return new RunOptions(
                options.versions(),
                options.target(),
                options.tags(),
                options.excluded(),
                options.threads(),
                options.reports(),
                options.features(),
                glue);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
