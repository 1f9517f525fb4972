package dev.zohodelink.cli;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The folder a command writes its reports into, described once for {@code run} and {@code bench}. */
final class ReportsFolder {

    @Option(
            names = "--reports",
            paramLabel = "DIR",
            defaultValue = "reports",
            description =
                    "Where the reports go; the run's own folders in it are cleared first (default: ${DEFAULT-VALUE}).")
    Path path;

    /** A folder that cannot be written, e.g. a file of that name, as one line rather than a stack trace. */
    static String cannotWrite(FileSystemException problem) {
        return "cannot write the reports: " + problem.getMessage() + " ("
                + problem.getClass().getSimpleName() + ")";
    }
}
