package dev.zohodelink.emulator;

import dev.zohodelink.contract.Persona;

/**
 * The emulator's own OAuth credentials, public and documented in the README: they open nothing but an emulator.
 * The standalone emulator registers them when no ZOHO_* variables are set; the JUnit extension always does.
 */
public final class DemoCredentials {

    public static final String CLIENT_ID = "demo-client";
    public static final String CLIENT_SECRET = "demo-secret";
    public static final String REFRESH_TOKEN = "demo-refresh-token";

    /** The public demo refresh token standing for the persona. */
    public static String refreshToken(Persona persona) {
        return switch (persona) {
            case ADMINISTRATOR -> REFRESH_TOKEN;
            case LIMITED_SCOPE -> "demo-limited-refresh-token";
            case RESTRICTED_USER -> "demo-restricted-refresh-token";
            case UNPRIVILEGED_USER -> "demo-unprivileged-refresh-token";
        };
    }

    private DemoCredentials() {}
}
