package dev.zohodelink.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.zohodelink.client.OAuthException;
import dev.zohodelink.config.BaselineSelection;
import dev.zohodelink.config.ConfigurationException;
import dev.zohodelink.config.RunConfiguration;
import dev.zohodelink.config.Settings;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.glue.process.ProcessSettingsProvider;
import dev.zohodelink.live.FirstContact;
import dev.zohodelink.report.BoundedAllureReport;
import dev.zohodelink.report.ChangeReports;
import dev.zohodelink.report.RunReports;
import dev.zohodelink.report.ScenarioOutcomePlugin;
import dev.zohodelink.report.SingleFileAllureReport;
import dev.zohodelink.targets.RunScope;
import io.qameta.allure.ReportGenerationException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the conformance suite through the JUnit Platform and the Cucumber engine: the features packaged under
 * {@code features/} plus the caller's, on each API version in turn, then writes the reports of the whole run.
 * The one entry point of both {@code java -jar ... run} and the Maven build.
 */
public final class ConformanceRunner {

    /** The suite's step definitions. */
    public static final String STEPS_GLUE = "dev.zohodelink.glue.steps";

    /** What a run writes into its reports folder, cleared when it starts. */
    static final List<String> OUTPUTS = List.of(
            "allure-results",
            "allure-report",
            "cucumber",
            "results",
            "recordings",
            "diff",
            "drift",
            "schema",
            "live",
            "coverage-matrix.md",
            "assumptions.md");

    private final RunOptions options;
    private final PrintStream out;
    private final List<TestExecutionListener> listeners;

    public ConformanceRunner(RunOptions options, PrintStream out) {
        this(options, out, List.of());
    }

    /** @param listeners also told of every version's test plan and scenarios, e.g. to time them */
    public ConformanceRunner(RunOptions options, PrintStream out, List<TestExecutionListener> listeners) {
        this.options = options;
        this.out = out;
        this.listeners = List.copyOf(listeners);
    }

    /**
     * Runs every version and writes the reports; the verdict says whether it is green, and why not.
     *
     * @throws dev.zohodelink.config.ConfigurationException when a setting would stop the run: before the reports
     *     folder is cleared and before any call, in one message naming every variable at fault
     */
    public RunVerdict run() throws IOException {
        ScenarioRuns scenarios = runScenarios(true);
        Path reports = options.reports().toAbsolutePath();
        List<String> problems = new ArrayList<>(scenarios.runFailures());
        Settings settings = Settings.fromProcess();
        RunReports runReports = RunReports.read(
                reports,
                settings.get("ZOHO_REQUIRE_PROOF").map(Boolean::parseBoolean).orElse(false));
        problems.addAll(runReports.write(options.tags().isEmpty()));
        problems.addAll(new ChangeReports(reports, settings).write());
        problems.addAll(renderAllureReport(reports));
        runReports.summaryLines().forEach(out::println);
        return new RunVerdict(
                scenarios.counts(), runReports.runs(), runReports.liveSpending(), runReports.cleanup(), problems);
    }

    /**
     * How each version's scenarios ended, and what failed outside any scenario.
     *
     * @param scenarioFailures one line per failed scenario, with the first line of its failure
     */
    public record ScenarioRuns(List<VersionCount> counts, List<String> runFailures, List<String> scenarioFailures) {}

    /**
     * Runs every version's scenarios without any report: the reports folder gets only what the scenarios write
     * themselves (their recordings, a live run's summary in {@code live/<version>.json}).
     */
    public ScenarioRuns runScenariosWithoutReports() throws IOException {
        return runScenarios(false);
    }

    private ScenarioRuns runScenarios(boolean reportPlugins) throws IOException {
        Path reports = options.reports().toAbsolutePath();
        options.target()
                .ifPresent(target -> System.setProperty(Settings.propertyName(RunConfiguration.TARGET), target));
        if (!options.excluded().isEmpty()) {
            System.setProperty(
                    Settings.propertyName(RunConfiguration.EXCLUDED_GROUPS), String.join(",", options.excluded()));
        }
        System.setProperty(
                Settings.propertyName(RunConfiguration.API_VERSION),
                options.versions().get(0).pathSegment());
        // a bad setting stops the run here, in one message, rather than in each version's first hook
        Settings settings = Settings.fromProcess();
        RunConfiguration configuration = RunConfiguration.from(settings);
        requireBaselines(configuration.baseline());
        if (configuration.live().isPresent()) {
            makeFirstContact(configuration, settings);
        }
        try {
            clear(reports);
        } catch (IOException e) {
            RunScope.close();
            throw e;
        }
        System.setProperty("zoho.reports.dir", reports.toString());
        System.setProperty(
                "allure.results.directory", reports.resolve("allure-results").toString());
        List<VersionCount> counts = new ArrayList<>();
        List<String> runFailures = new ArrayList<>();
        List<String> scenarioFailures = new ArrayList<>();
        for (ApiVersion version : options.versions()) {
            out.println("Conformance run on API " + version + " ...");
            ProgressListener progress = runVersion(version, reports, reportPlugins);
            // the first contact's session, should no scenario of the version have run to close it
            RunScope.close();
            counts.add(progress.count());
            runFailures.addAll(progress.runFailures());
            scenarioFailures.addAll(progress.scenarioFailures());
        }
        return new ScenarioRuns(counts, runFailures, scenarioFailures);
    }

    /** A baseline the run must compare with and will not record is there for every version, or the run stops. */
    private void requireBaselines(BaselineSelection baseline) {
        if (!baseline.required() || baseline.update()) {
            return;
        }
        List<String> missing = options.versions().stream()
                .filter(version -> !baseline.isRecordedFor(version))
                .map(ApiVersion::pathSegment)
                .toList();
        if (!missing.isEmpty()) {
            throw new ConfigurationException(
                    BaselineSelection.REQUIRED,
                    "true, and baseline '" + baseline.name() + "' has no recordings for " + String.join(", ", missing)
                            + " in " + baseline.directory() + ": record it with -Dzoho.baseline=" + baseline.name()
                            + " -Dzoho.baseline.update=true, or set " + BaselineSelection.BASELINES_DIR
                            + " to the folder that holds it");
        }
    }

    /**
     * Opens the first version's live session, as its first scenario would, and checks that the org answers; on
     * failure the session is closed again, before the reports are touched.
     */
    private static void makeFirstContact(RunConfiguration configuration, Settings settings) {
        FirstContact firstContact = new FirstContact(settings);
        try {
            firstContact.check(RunScope.liveSession(configuration));
        } catch (OAuthException e) {
            RunScope.close();
            throw firstContact.refused(e);
        } catch (RuntimeException e) {
            RunScope.close();
            throw e;
        }
    }

    private ProgressListener runVersion(ApiVersion version, Path reports, boolean reportPlugins) {
        System.setProperty(Settings.propertyName(RunConfiguration.API_VERSION), version.pathSegment());
        String v = version.pathSegment();
        Map<String, String> parameters = new HashMap<>();
        List<String> glue = new ArrayList<>(List.of(STEPS_GLUE, ProcessSettingsProvider.GLUE));
        glue.addAll(options.glue());
        parameters.put("cucumber.glue", String.join(",", glue));
        if (reportPlugins) {
            parameters.put(
                    "cucumber.plugin",
                    String.join(
                            ", ",
                            BoundedAllureReport.class.getName(),
                            ScenarioOutcomePlugin.class.getName() + ":"
                                    + reports.resolve("results").resolve(v + ".json"),
                            "html:" + reports.resolve("cucumber").resolve(v).resolve("index.html"),
                            "json:" + reports.resolve("cucumber").resolve(v).resolve("cucumber.json")));
        }
        parameters.put("cucumber.publish.quiet", "true");
        parameters.put("cucumber.junit-platform.naming-strategy", "long");
        parameters.put("cucumber.execution.parallel.enabled", Boolean.toString(options.threads() > 1));
        parameters.put("cucumber.execution.parallel.config.strategy", "fixed");
        parameters.put("cucumber.execution.parallel.config.fixed.parallelism", Integer.toString(options.threads()));
        parameters.put("cucumber.execution.parallel.config.fixed.max-pool-size", Integer.toString(options.threads()));
        options.filter().ifPresent(tags -> parameters.put("cucumber.filter.tags", tags));
        List<DiscoverySelector> selectors = new ArrayList<>(List.of(selectPackage("features")));
        options.features().forEach(dir -> selectors.add(selectDirectory(dir.toFile())));
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .configurationParameters(parameters)
                .filters(org.junit.platform.launcher.EngineFilter.includeEngines("cucumber"))
                .build();
        ProgressListener progress = new ProgressListener(v, out);
        List<TestExecutionListener> all = new ArrayList<>(listeners);
        all.add(progress);
        LauncherFactory.create().execute(request, all.toArray(TestExecutionListener[]::new));
        out.println("API " + progress.count());
        return progress;
    }

    /** The single-file Allure report, rendered before the verdict so that a red run has one too. */
    private List<String> renderAllureReport(Path reports) {
        try {
            Path index =
                    SingleFileAllureReport.render(reports.resolve("allure-results"), reports.resolve("allure-report"));
            out.printf("Allure report: %s (%,d KB)%n", index, Files.size(index) / 1024);
            return List.of();
        } catch (IOException | UncheckedIOException | ReportGenerationException e) {
            return List.of("the Allure report could not be rendered: " + e.getMessage());
        }
    }

    private static void clear(Path reports) throws IOException {
        for (String output : OUTPUTS) {
            Path path = reports.resolve(output);
            if (Files.exists(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
        Files.createDirectories(reports);
    }
}
