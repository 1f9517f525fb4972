package dev.zohodelink.cli;

import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.estimate.RestoredSystemProperties;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What {@code run} does with a bad option or setting: one line, exit status 2, and the earlier reports kept. */
class RunCommandTest {

    private final RestoredSystemProperties properties = new RestoredSystemProperties();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path reports;

    @AfterEach
    void restoreTheSystemProperties() {
        properties.close();
    }

    private int run(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "run";
        all[1] = "--reports";
        all[2] = reports.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return new CommandLine(new Main())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(all);
    }

    private Path anEarlierRunsResults() throws IOException {
        Path earlier = Files.createDirectories(reports.resolve("results")).resolve("v7.json");
        Files.writeString(earlier, "{}");
        return earlier;
    }

    @Test
    void a_bad_setting_stops_the_run_in_one_line_before_it_clears_the_reports_folder() throws IOException {
        Path earlier = anEarlierRunsResults();
        System.setProperty("zoho.undocumented", "maybe");

        int status = run("--target", "emulator", "--versions", "v7", "--tags", "@limits");

        then(status).isEqualTo(2);
        then(err.toString().lines())
                .containsExactly(
                        "run: ZOHO_UNDOCUMENTED (or -Dzoho.undocumented): 'maybe' is not a choice; expected assert or observe");
        then(earlier).exists();
    }

    @Test
    void a_tag_expression_cucumber_cannot_read_is_one_line_and_no_scenario_runs() throws IOException {
        Path earlier = anEarlierRunsResults();

        int status = run("--versions", "v7", "--tags", "@@bad(");

        then(status).isEqualTo(2);
        then(err.toString().lines())
                .singleElement()
                .asString()
                .startsWith("run: not a tag expression Cucumber reads: ");
        then(earlier).exists();
    }

    @Test
    void a_glue_package_not_on_the_classpath_is_one_line_and_the_earlier_reports_are_kept() throws IOException {
        Path earlier = anEarlierRunsResults();

        int status = run("--versions", "v7", "--glue", "com.example.nosuchsteps");

        then(status).isEqualTo(2);
        then(err.toString().lines()).containsExactly("run: no glue package com.example.nosuchsteps on the classpath");
        then(earlier).exists();
    }

    @Test
    void a_reports_folder_that_is_a_file_is_one_line_and_exit_code_2() throws IOException {
        Path file = Files.writeString(reports.resolve("notes.txt"), "mine");

        int status = new CommandLine(new Main())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(
                        "run",
                        "--target",
                        "emulator",
                        "--versions",
                        "v7",
                        "--tags",
                        "@limits",
                        "--reports",
                        file.toString());

        then(status).isEqualTo(2);
        then(err.toString().lines())
                .containsExactly("run: cannot write the reports: " + file + " (FileAlreadyExistsException)");
        then(file).hasContent("mine");
    }
}
