package dev.zohodelink.config;

import java.util.Map;
import java.util.Optional;

/**
 * Where configuration comes from: environment variables ({@code ZOHO_API_VERSION}), overridden by system
 * properties of the same meaning ({@code zoho.api.version}).
 */
public final class Settings {

    private final Map<String, String> environment;
    private final java.util.Properties properties;

    public Settings(Map<String, String> environment, java.util.Properties properties) {
        this.environment = Map.copyOf(environment);
        this.properties = properties;
    }

    public static Settings fromProcess() {
        return new Settings(System.getenv(), System.getProperties());
    }

    public static Settings of(Map<String, String> environment) {
        return new Settings(environment, new java.util.Properties());
    }

    /** The value of {@code ZOHO_X_Y}, or of system property {@code zoho.x.y} when set. */
    public Optional<String> get(String environmentName) {
        Optional<String> property = nonBlank(properties.getProperty(propertyName(environmentName)));
        return property.isPresent() ? property : nonBlank(environment.get(environmentName));
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    public static String propertyName(String environmentName) {
        return environmentName.toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }
}
