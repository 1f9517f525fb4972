package dev.zohodelink.matrix;

import dev.zohodelink.report.SingleFileAllureReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code merge-results --into DIR JOB_DIR...}: the final step of a CI matrix. Writes {@code DIR/allure-results} (every
 * job's results, marked with its org), {@code DIR/summary.md} and the single-file Allure report of them all,
 * {@code DIR/allure-report/index.html}, rendered as {@code run} renders its own.
 */
@Command(
        name = "merge-results",
        mixinStandardHelpOptions = true,
        description =
                "Merge the Allure results of CI matrix jobs (directories written by .ci/matrix/run-org.sh) into one, each org shown apart, "
                        + "and render them as one single-file Allure report.")
public final class MergeResultsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--into",
            required = true,
            description = "Directory to write allure-results/, allure-report/index.html and summary.md into.")
    private Path into;

    @Parameters(arity = "1..*", paramLabel = "JOB_DIR", description = "Directories of the jobs to merge.")
    private List<Path> jobDirectories;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<MatrixJob> jobs;
        try {
            jobs = jobDirectories.stream().sorted().map(MatrixJob::read).toList();
        } catch (IllegalArgumentException notAJob) {
            spec.commandLine().getErr().println("merge-results: " + notAJob.getMessage());
            return 2;
        }
        Path results = into.resolve("allure-results");
        int merged = new AllureResultsMerger().merge(jobs, results);
        MatrixSummary summary = new MatrixSummary();
        List<MatrixSummary.Row> rows = summary.rows(jobs);
        Path report;
        try {
            Files.writeString(results.resolve("environment.properties"), summary.environment(rows));
            Files.writeString(into.resolve("summary.md"), summary.markdown(rows));
            report = SingleFileAllureReport.render(results, into.resolve("allure-report"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("Merged " + merged + " test results of " + jobs.size() + " jobs ("
                + String.join(", ", jobs.stream().map(MatrixJob::label).toList()) + ") into " + results);
        out.println("Allure report: " + report);
        return 0;
    }
}
