package dev.zohodelink.cli;

import dev.zohodelink.matrix.MergeResultsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** {@code java -jar zoho-delink-conformance.jar <command>}. */
@Command(
        name = "zoho-delink-conformance",
        // every command and subcommand takes --help and --version
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        version = "zoho-delink-conformance 0.1.0",
        description = "Conformance tooling for Zoho CRM's Delink Related Records API.",
        subcommands = {
            RunCommand.class,
            EstimateCommand.class,
            BenchCommand.class,
            EmulatorCommand.class,
            ControlCommand.class,
            SweepCommand.class,
            CatalogueCommand.class,
            MergeResultsCommand.class
        })
public final class Main {

    public static void main(String... args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
