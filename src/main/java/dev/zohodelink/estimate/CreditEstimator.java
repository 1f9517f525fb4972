package dev.zohodelink.estimate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.config.BaselineSelection;
import dev.zohodelink.config.LiveConfiguration;
import dev.zohodelink.config.RunConfiguration;
import dev.zohodelink.config.Settings;
import dev.zohodelink.emulator.control.EmulatorCredentials;
import dev.zohodelink.live.LiveRunSummary;
import dev.zohodelink.runner.ConformanceRunner;
import dev.zohodelink.runner.RunOptions;
import dev.zohodelink.runner.VersionCount;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Measures what a live run of the selected scenarios would spend by making that live run, quietly, against a
 * {@link PrivateOrg}: OAuth refresh, fixtures through Zoho's public API, the fields metadata once per module, the
 * scenarios a live org skips skipped (those tagged {@code @emulator-only}, the expired token, callers whose refresh
 * token is not set), and the bulk cleanup at the end. Everything the run writes goes to a temporary folder, deleted
 * afterwards; the system properties it sets are put back.
 *
 * <p>The rest of the configuration is the user's ({@code ZOHO_PROFILE}, {@code ZOHO_UNDOCUMENTED}, ...), checked as a
 * run checks it. Not the org, the credentials, the token cache, the baseline's update or {@code ZOHO_MAX_CREDITS},
 * which would stop the measurement short: the estimate says whether the run fits under it instead.
 */
public final class CreditEstimator {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final RunOptions selection;
    private final boolean everyRefreshToken;
    private final List<String> optionalTokens;
    private final Map<String, String> credentials;
    private final Map<String, String> overrides = new LinkedHashMap<>();
    private final RunConfiguration configuration;

    /**
     * @param selection         the versions, tags, features and threads of the run to estimate; its target and
     *                          reports folder are not used
     * @param everyRefreshToken whether to estimate as if every optional refresh token were set, rather than those
     *                          this environment sets
     * @throws dev.zohodelink.config.ConfigurationException when the configuration would stop the run
     */
    public CreditEstimator(RunOptions selection, boolean everyRefreshToken) {
        this.selection = selection;
        this.everyRefreshToken = everyRefreshToken;
        Settings process = Settings.fromProcess();
        optionalTokens = everyRefreshToken
                ? EmulatorCredentials.optionalRefreshTokenVariables()
                : EmulatorCredentials.optionalRefreshTokenVariables().stream()
                        .filter(variable -> process.get(variable).isPresent())
                        .toList();
        credentials = PrivateOrg.madeUpCredentials(optionalTokens);
        overrides.putAll(credentials);
        overrides.put(RunConfiguration.TARGET, "live");
        // checked with a stand-in for the private org, which starts with the run
        overrides.put(LiveConfiguration.ACCOUNTS_URL, "http://127.0.0.1");
        overrides.put(LiveConfiguration.API_DOMAIN, "http://127.0.0.1");
        overrides.put(LiveConfiguration.TOKEN_CACHE, "off");
        overrides.put(BaselineSelection.REQUIRED, "false");
        overrides.put(BaselineSelection.UPDATE, "false");
        configuration = RunConfiguration.from(processWith(overrides));
    }

    /** Makes the live run and says what it spent. */
    public CreditEstimate estimate() throws IOException {
        OptionalLong maxCredits = configuration.live().orElseThrow().maxCredits();
        Map<String, String> overrides = new LinkedHashMap<>(this.overrides);
        overrides.put(LiveConfiguration.MAX_CREDITS, Long.toString(Long.MAX_VALUE));
        Path reports = Files.createTempDirectory("zoho-delink-estimate");
        try (RestoredSystemProperties restored = new RestoredSystemProperties();
                PrivateOrg org = new PrivateOrg(configuration.profile(), credentials)) {
            overrides.putAll(org.liveSettings());
            overrides.forEach((variable, value) -> System.setProperty(Settings.propertyName(variable), value));
            ConformanceRunner.ScenarioRuns runs = quietly(
                    () -> new ConformanceRunner(liveRunInto(reports), new PrintStream(OutputStream.nullOutputStream()))
                            .runScenariosWithoutReports());
            List<SpendingEstimate> versions = new ArrayList<>();
            for (VersionCount count : runs.counts()) {
                versions.add(SpendingEstimate.of(count, summary(reports, count.version())));
            }
            List<String> failures = new ArrayList<>(runs.runFailures());
            failures.addAll(runs.scenarioFailures());
            return new CreditEstimate(versions, failures, describe(), maxCredits);
        } finally {
            delete(reports);
        }
    }

    private RunOptions liveRunInto(Path reports) {
        return new RunOptions(
                selection.versions(),
                Optional.of("live"),
                selection.tags(),
                selection.excluded(),
                selection.threads(),
                reports,
                selection.features(),
                selection.glue());
    }

    /** The process's settings with {@code overrides} on top, as system properties would put them. */
    private static Settings processWith(Map<String, String> overrides) {
        Properties properties = new Properties();
        properties.putAll(System.getProperties());
        overrides.forEach((variable, value) -> properties.setProperty(Settings.propertyName(variable), value));
        return new Settings(System.getenv(), properties);
    }

    private String describe() {
        if (everyRefreshToken) {
            return "every optional refresh token (--all-refresh-tokens)";
        }
        return optionalTokens.isEmpty()
                ? "no optional refresh token is set here, so the scenarios that need one are skipped, as on a live"
                        + " org (--all-refresh-tokens counts them)"
                : "the optional refresh tokens set here: " + String.join(", ", optionalTokens)
                        + "; scenarios that need another are skipped, as on a live org";
    }

    private static Optional<LiveRunSummary> summary(Path reports, String version) throws IOException {
        Path file = reports.resolve("live").resolve(version + ".json");
        return Files.isRegularFile(file)
                ? Optional.of(MAPPER.readValue(file.toFile(), LiveRunSummary.class))
                : Optional.empty();
    }

    /** The live run's own lines (its summary, a wait) would read as the user's run: they are not shown. */
    private static <T> T quietly(Run<T> run) throws IOException {
        PrintStream standardOutput = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            return run.run();
        } finally {
            System.setOut(standardOutput);
        }
    }

    @FunctionalInterface
    private interface Run<T> {
        T run() throws IOException;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
