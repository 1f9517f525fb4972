package dev.zohodelink.cli;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/** Every command and subcommand of the jar answers {@code --help} and {@code --version}, whatever it requires else. */
class HelpAndVersionTest {

    @TestFactory
    Stream<DynamicTest> every_command_prints_its_usage_for_help_and_the_version_for_version() {
        List<List<String>> commands = new ArrayList<>();
        collect(new CommandLine(new Main()), List.of(), commands);
        return commands.stream()
                .flatMap(path -> Stream.of(
                        DynamicTest.dynamicTest(String.join(" ", path) + " --help", () -> {
                            Run help = run(path, "--help");
                            then(help.exitCode()).as(help.err()).isZero();
                            then(help.out()).startsWith("Usage: zoho-delink-conformance " + String.join(" ", path));
                        }),
                        DynamicTest.dynamicTest(String.join(" ", path) + " --version", () -> {
                            Run version = run(path, "--version");
                            then(version.exitCode()).as(version.err()).isZero();
                            then(version.out().strip()).isEqualTo("zoho-delink-conformance 0.1.0");
                        })));
    }

    private record Run(int exitCode, String out, String err) {}

    private static void collect(CommandLine command, List<String> path, List<List<String>> commands) {
        command.getSubcommands().forEach((name, subcommand) -> {
            List<String> subcommandPath = new ArrayList<>(path);
            subcommandPath.add(name);
            commands.add(subcommandPath);
            collect(subcommand, subcommandPath, commands);
        });
    }

    private static Run run(List<String> path, String option) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new Main());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        List<String> arguments = new ArrayList<>(path);
        arguments.add(option);
        int exitCode = command.execute(arguments.toArray(String[]::new));
        return new Run(exitCode, out.toString(), err.toString());
    }
}
