package dev.zohodelink.config;

import java.util.List;

/** Configuration that cannot work, found before any API call. The message names every variable at fault. */
public final class ConfigurationException extends RuntimeException {

    public ConfigurationException(String variable, String problem) {
        this(List.of(describe(variable, problem)));
    }

    /** A problem no single variable's value shows, found before any call, e.g. by a live run's first contact. */
    public static ConfigurationException of(String problem) {
        return new ConfigurationException(List.of(problem));
    }

    ConfigurationException(List<String> problems) {
        super(
                problems.size() == 1
                        ? problems.get(0)
                        : "the configuration has " + problems.size() + " problems: " + String.join("; ", problems),
                null,
                false,
                false);
    }

    static String describe(String variable, String problem) {
        return variable + " (or -D" + Settings.propertyName(variable) + "): " + problem;
    }
}
