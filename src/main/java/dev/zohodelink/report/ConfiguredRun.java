package dev.zohodelink.report;

import dev.zohodelink.config.RunConfiguration;
import java.util.Locale;

/** The run a scenario belongs to, as its World was configured: API version, target and behaviour profile. */
public record ConfiguredRun(String version, String target, String profile) {

    public static ConfiguredRun of(RunConfiguration configuration) {
        return new ConfiguredRun(
                configuration.version().pathSegment(),
                configuration.target().name().toLowerCase(Locale.ROOT),
                configuration.profile().name());
    }
}
