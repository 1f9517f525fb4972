package dev.zohodelink.cli;

import dev.zohodelink.config.ConfigurationException;
import dev.zohodelink.estimate.CreditEstimate;
import dev.zohodelink.estimate.CreditEstimator;
import dev.zohodelink.estimate.EstimateReport;
import dev.zohodelink.runner.RunOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code estimate}: what a live run of the selected scenarios would spend in API credits, before it is made, and the
 * floor that isolated scenarios cannot go below ({@link CreditEstimator}). A report, so exit 0; a bad option or
 * configuration is one line on standard error and exit 2.
 */
@Command(
        name = "estimate",
        mixinStandardHelpOptions = true,
        description = "Estimate the API credits a live run of the selected scenarios would spend, by making that run"
                + " against a private in-process emulator; no report is written.")
final class EstimateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    SuiteOptions suite;

    @Option(
            names = "--all-refresh-tokens",
            description = "Estimate as if every optional refresh token (ZOHO_LIMITED_SCOPE_REFRESH_TOKEN, ...,"
                    + " ZOHO_SCOPE_*_REFRESH_TOKEN) were set, rather than those set here.")
    boolean allRefreshTokens;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunOptions options;
        CreditEstimator estimator;
        try {
            // the estimator makes its live run into a temporary folder of its own, not into this one
            options = suite.runOptions(Optional.of("live"), Path.of("reports"));
            estimator = new CreditEstimator(options, allRefreshTokens);
        } catch (ConfigurationException | IllegalArgumentException e) {
            err.println("estimate: " + e.getMessage());
            err.flush();
            return 2;
        }
        out.println("Estimating a live run of " + String.join(", ", suite.versions) + ", "
                + options.filter().map(tags -> "the scenarios matching " + tags).orElse("every scenario")
                + ": making it against a private emulator in this JVM, over OAuth ...");
        out.flush();
        CreditEstimate estimate = estimator.estimate();
        EstimateReport.lines(estimate).forEach(out::println);
        out.flush();
        return 0;
    }
}
