package dev.zohodelink.config;

/** Configuration that cannot work, found before any API call. The message names the variable. */
public final class ConfigurationException extends RuntimeException {

    public ConfigurationException(String variable, String problem) {
        super(variable + " (or -D" + Settings.propertyName(variable) + "): " + problem, null, false, false);
    }
}
