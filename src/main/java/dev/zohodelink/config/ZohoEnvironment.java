package dev.zohodelink.config;

import java.util.Locale;

/** Which environment of an org: tokens of one do not work on another (Zoho v6 auth docs). */
public enum ZohoEnvironment {
    PRODUCTION("www"),
    SANDBOX("sandbox"),
    DEVELOPER("developer");

    private final String hostPrefix;

    ZohoEnvironment(String hostPrefix) {
        this.hostPrefix = hostPrefix;
    }

    String hostPrefix() {
        return hostPrefix;
    }

    public static ZohoEnvironment parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not an environment; expected production, sandbox or developer");
        }
    }
}
