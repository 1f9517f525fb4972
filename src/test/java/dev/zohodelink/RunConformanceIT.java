package dev.zohodelink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zohodelink.cli.Main;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The Maven build's conformance run: {@code run} of the jar's command line, with the build's properties turned into
 * its options ({@code -Dconformance.versions}, {@code -Dcucumber.filter.tags}, {@code -DexcludedGroups}, the reports
 * folder). Everything else, the {@code ZOHO_*} variables and {@code -Dzoho.*} properties, the run reads itself.
 */
class RunConformanceIT {

    @Test
    void the_conformance_suite_is_green_on_every_version_the_build_runs() {
        List<String> arguments = new ArrayList<>(List.of(
                "run",
                "--versions",
                System.getProperty("zoho.conformance.versions", "v2.1,v7,v8"),
                "--reports",
                System.getProperty("zoho.reports.dir", "reports")));
        Optional.ofNullable(System.getProperty("cucumber.filter.tags"))
                .filter(t -> !t.isBlank())
                .ifPresent(t -> arguments.addAll(List.of("--tags", t)));
        Arrays.stream(System.getProperty("zoho.excluded.groups", "").split("[,\\s]+"))
                .filter(g -> !g.isBlank())
                .forEach(g -> arguments.addAll(List.of("--exclude", g)));
        int status = new CommandLine(new Main()).execute(arguments.toArray(String[]::new));
        assertThat(status)
                .as("the conformance run's exit status (its summary line and problems are printed above)")
                .isZero();
    }
}
