package dev.zohodelink.emulator;

/**
 * The emulator's own OAuth credentials, public and documented in the README: they open nothing but an emulator.
 * The standalone emulator registers them when no ZOHO_* variables are set; the JUnit extension always does.
 */
public final class DemoCredentials {

    public static final String CLIENT_ID = "demo-client";
    public static final String CLIENT_SECRET = "demo-secret";
    public static final String REFRESH_TOKEN = "demo-refresh-token";

    private DemoCredentials() {
    }
}
