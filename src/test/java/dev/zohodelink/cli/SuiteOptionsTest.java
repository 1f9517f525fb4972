package dev.zohodelink.cli;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.runner.RunOptions;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class SuiteOptionsTest {

    private static OptionSpec option(Object command, String name) {
        return new CommandLine(command).getCommandSpec().findOption(name);
    }

    private static RunOptions parsed(String... args) {
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs(args);
        return run.suite.runOptions(Optional.empty(), run.reports.path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--versions", "--threads", "--tags", "--exclude", "--features", "--glue", "--reports"})
    void run_and_bench_describe_a_shared_option_in_the_same_words(String name) {
        then(option(new BenchCommand(), name).description())
                .containsExactly(option(new RunCommand(), name).description());
        then(option(new BenchCommand(), name).defaultValue())
                .isEqualTo(option(new RunCommand(), name).defaultValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--versions", "--threads", "--tags", "--exclude", "--features", "--glue"})
    void estimate_selects_scenarios_with_the_options_of_run(String name) {
        then(option(new EstimateCommand(), name).description())
                .containsExactly(option(new RunCommand(), name).description());
    }

    @Test
    void estimate_writes_no_reports_so_it_takes_no_reports_folder() {
        then(option(new EstimateCommand(), "--reports")).isNull();
    }

    @Test
    void runs_every_version_on_four_threads_into_reports_by_default() {
        RunOptions options = parsed();

        then(options.versions()).containsExactly(ApiVersion.V2_1, ApiVersion.V7, ApiVersion.V8);
        then(options.threads()).isEqualTo(4);
        then(options.reports()).isEqualTo(Path.of("reports"));
    }

    @Test
    void takes_the_versions_threads_and_reports_folder_it_is_given() {
        RunOptions options = parsed("--versions", "v8,v7", "--threads", "1", "--reports", "out");

        then(options.versions()).containsExactly(ApiVersion.V8, ApiVersion.V7);
        then(options.threads()).isEqualTo(1);
        then(options.reports()).isEqualTo(Path.of("out"));
    }

    @Test
    void refuses_an_unknown_version_or_no_thread_by_name() {
        thenIllegalArgumentException()
                .isThrownBy(() -> parsed("--versions", "v9"))
                .withMessageStartingWith("unknown API version 'v9'");
        thenIllegalArgumentException()
                .isThrownBy(() -> parsed("--threads", "0"))
                .withMessage("threads must be at least 1, not 0");
    }
}
