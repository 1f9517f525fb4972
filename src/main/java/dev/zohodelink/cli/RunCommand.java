package dev.zohodelink.cli;

import dev.zohodelink.config.ConfigurationException;
import dev.zohodelink.runner.ConformanceRunner;
import dev.zohodelink.runner.RunOptions;
import dev.zohodelink.runner.RunVerdict;
import java.nio.file.FileSystemException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code run}: the conformance suite with nothing but Java. The features packaged in the jar, plus a team's own,
 * on each API version in turn; the reports written into {@code --reports}; exit status 0 only for a green verdict.
 * Configured like the Maven build, by the {@code ZOHO_*} variables (or their {@code -Dzoho.*} properties); a bad
 * option or setting is one line on standard error and exit status 2, before the reports folder is touched.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run the conformance suite and write its reports; exit 0 only when it is green.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    SuiteOptions suite;

    @Mixin
    ReportsFolder reports;

    @Option(
            names = "--target",
            paramLabel = "TARGET",
            description = "emulator (default) or live: overrides ZOHO_TARGET.")
    Optional<String> target;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RunOptions options;
        RunVerdict verdict;
        try {
            options = suite.runOptions(target, reports.path);
        } catch (IllegalArgumentException e) {
            return refused(e.getMessage());
        }
        try {
            verdict = new ConformanceRunner(options, System.out).run();
        } catch (ConfigurationException e) {
            return refused(e.getMessage());
        } catch (FileSystemException e) {
            return refused(ReportsFolder.cannotWrite(e));
        }
        verdict.problems().forEach(problem -> System.out.println("  " + problem));
        System.out.println(verdict.summaryLine());
        return verdict.green() ? 0 : 1;
    }

    private int refused(String problem) {
        spec.commandLine().getErr().println("run: " + problem);
        return 2;
    }
}
