package dev.zohodelink.support;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.config.BaselineSelection;
import dev.zohodelink.config.LiveConfiguration;
import dev.zohodelink.config.Settings;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.emulator.control.EmulatorCredentials;
import dev.zohodelink.estimate.RestoredSystemProperties;
import dev.zohodelink.live.LiveRunSummary;
import dev.zohodelink.runner.ConformanceRunner;
import dev.zohodelink.runner.RunOptions;
import dev.zohodelink.runner.VersionCount;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code run --target live} on v7, without its reports, against a standalone emulator at {@code base}: the live run
 * the tests that compare live runs with something else make. Its system properties are put back afterwards.
 *
 * @param counts  how the version's scenarios ended
 * @param summary what the run spent and left, from {@code live/v7.json}
 */
public record StandaloneLiveRun(List<VersionCount> counts, LiveRunSummary summary) {

    /** The selection: the scenarios of {@code tags} on v7, two at a time, writing into {@code reports}. */
    public static RunOptions selection(String tags, Path reports) {
        return new RunOptions(
                List.of(ApiVersion.V7),
                Optional.of("live"),
                Optional.of(tags),
                List.of(),
                2,
                reports,
                List.of(),
                List.of());
    }

    /** The client and every refresh token the emulator and the run share, each value made up from {@code prefix}. */
    public static Map<String, String> everyCredential(String prefix) {
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put(LiveConfiguration.CLIENT_ID, prefix + "-client");
        credentials.put(LiveConfiguration.CLIENT_SECRET, prefix + "-secret");
        credentials.put(LiveConfiguration.REFRESH_TOKEN, prefix + "-refresh");
        EmulatorCredentials.optionalRefreshTokenVariables()
                .forEach(variable -> credentials.put(variable, prefix + "-" + variable));
        return credentials;
    }

    /** Runs the scenarios of {@code tags} live against {@code base}, with no token cache, credit cap or baseline. */
    public static StandaloneLiveRun of(URI base, Map<String, String> credentials, String tags, Path reports) {
        Map<String, String> settings = new LinkedHashMap<>(credentials);
        settings.put(LiveConfiguration.ACCOUNTS_URL, base.toString());
        settings.put(LiveConfiguration.API_DOMAIN, base.toString());
        settings.put(LiveConfiguration.TOKEN_CACHE, "off");
        settings.put(LiveConfiguration.MAX_CREDITS, Long.toString(Long.MAX_VALUE));
        settings.put(BaselineSelection.REQUIRED, "false");
        settings.put(BaselineSelection.UPDATE, "false");
        try (RestoredSystemProperties restored = new RestoredSystemProperties()) {
            settings.forEach((variable, value) -> System.setProperty(Settings.propertyName(variable), value));
            List<VersionCount> counts = new ConformanceRunner(
                            selection(tags, reports), new PrintStream(OutputStream.nullOutputStream()))
                    .runScenariosWithoutReports()
                    .counts();
            LiveRunSummary summary = JsonMapper.builder()
                    .build()
                    .readValue(reports.resolve("live").resolve("v7.json").toFile(), LiveRunSummary.class);
            return new StandaloneLiveRun(counts, summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
