package dev.zohodelink.config;

import dev.zohodelink.contract.ApiVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Which committed baseline a run's recordings are compared with, and whether its absence is a failure.
 *
 * <ul>
 *   <li>{@code ZOHO_BASELINE} ({@code -Dzoho.baseline}): its name; by default {@code emulator}, or for a live run its
 *       {@code ZOHO_ENVIRONMENT} ({@code sandbox}).</li>
 *   <li>{@code ZOHO_BASELINES_DIR} ({@code -Dzoho.baselines.dir}): where baselines live; {@code src/test/resources/baselines}.</li>
 *   <li>{@code ZOHO_BASELINE_REQUIRED} ({@code -Dzoho.baseline.required=true}): a run without its baseline fails
 *       instead of only saying so.</li>
 *   <li>{@code ZOHO_BASELINE_UPDATE} ({@code -Dzoho.baseline.update=true}): record this run as the baseline.</li>
 * </ul>
 */
public record BaselineSelection(String name, Path directory, boolean required, boolean update) {

    public static final String BASELINE = "ZOHO_BASELINE";
    public static final String BASELINES_DIR = "ZOHO_BASELINES_DIR";
    public static final String REQUIRED = "ZOHO_BASELINE_REQUIRED";
    public static final String UPDATE = "ZOHO_BASELINE_UPDATE";

    /** The selection the settings make; every problem in one exception. */
    public static BaselineSelection from(Settings settings) {
        return ConfigurationProblems.collect(problems -> from(settings, problems));
    }

    static BaselineSelection from(Settings settings, ConfigurationProblems problems) {
        boolean live = settings.get(RunConfiguration.TARGET)
                .map(t -> t.equalsIgnoreCase("live"))
                .orElse(false);
        String fallback = live
                ? settings.get(LiveConfiguration.ENVIRONMENT)
                        .orElse("sandbox")
                        .strip()
                        .toLowerCase(Locale.ROOT)
                : "emulator";
        String name = problems.check(BASELINE, () -> name(settings.get(BASELINE).orElse(fallback)));
        Boolean required = problems.check(REQUIRED, () -> flag(settings.get(REQUIRED)));
        Boolean update = problems.check(UPDATE, () -> flag(settings.get(UPDATE)));
        return new BaselineSelection(
                name,
                Path.of(settings.get(BASELINES_DIR).orElse("src/test/resources/baselines"))
                        .resolve(name == null ? fallback : name),
                Boolean.TRUE.equals(required),
                Boolean.TRUE.equals(update));
    }

    private static String name(String value) {
        if (!value.matches("[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not a baseline name: up to 64 letters, digits, '.', '_' and '-'");
        }
        return value;
    }

    private static boolean flag(java.util.Optional<String> value) {
        String text = value.orElse("false").toLowerCase(Locale.ROOT);
        if (!text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException("'" + value.orElseThrow() + "' is not true or false");
        }
        return text.equals("true");
    }

    /** Where the baseline's recordings of one API version are. */
    public Path of(ApiVersion version) {
        return directory.resolve(version.pathSegment());
    }

    /** Whether the baseline holds recordings for the version. */
    public boolean isRecordedFor(ApiVersion version) {
        Path recordings = of(version);
        if (!Files.isDirectory(recordings)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(recordings)) {
            return files.anyMatch(file -> file.toString().endsWith(".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a run's summary line says about its baseline on the version. */
    public String describeFor(ApiVersion version) {
        if (update) {
            return "this run is recorded as baseline '" + name + "' in " + of(version);
        }
        if (isRecordedFor(version)) {
            return "compared with baseline '" + name + "' (" + of(version) + ")";
        }
        return "NO BASELINE '" + name + "' for " + version + " in " + directory + ": drift is not checked"
                + (required ? " and the build fails (" + REQUIRED + ")" : "")
                + "; record one with -Dzoho.baseline=" + name + " -Dzoho.baseline.update=true";
    }
}
