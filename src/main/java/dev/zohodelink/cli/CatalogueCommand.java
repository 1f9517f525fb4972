package dev.zohodelink.cli;

import dev.zohodelink.docs.ErrorTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the error catalogue with the grade of each expectation, or writes it into a document's error table. */
@Command(
        name = "catalogue",
        mixinStandardHelpOptions = true,
        description =
                "Print the error catalogue as a Markdown table: each error, what is documented and what rests on less, with sources.")
final class CatalogueCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--update",
            paramLabel = "FILE",
            description = "Replace the table between the errors:begin marker and the next heading of FILE.")
    private Path document;

    @Override
    public Integer call() {
        if (document == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(ErrorTable.markdown());
            out.flush();
            return 0;
        }
        try {
            Files.writeString(document, ErrorTable.replaceIn(Files.readString(document)));
            spec.commandLine().getOut().println("Updated the error table of " + document);
            return 0;
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("Cannot update " + document + ": no such file");
            return 2;
        } catch (IOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("Cannot update " + document + ": " + e.getMessage());
            return 2;
        }
    }
}
