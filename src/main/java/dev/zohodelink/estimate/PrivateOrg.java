package dev.zohodelink.estimate;

import dev.zohodelink.config.LiveConfiguration;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.emulator.control.EmulatorControl;
import dev.zohodelink.emulator.control.EmulatorCredentials;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.http.EmulatorServer;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The org a credit estimate runs against: the bundled emulator in this JVM, on a free loopback port, playing both
 * Zoho's accounts server and its API, with an OAuth client and refresh tokens made up for it. The live settings
 * that point a run at it replace the user's, whose credentials are never sent anywhere.
 */
final class PrivateOrg implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EmulatorServer server;
    private final Map<String, String> credentials;

    /** @param credentials the client's and the refresh tokens' values by variable (see {@link #madeUpCredentials}) */
    PrivateOrg(BehaviourProfile profile, Map<String, String> credentials) {
        this.credentials = Map.copyOf(credentials);
        Emulator emulator = new Emulator(profile);
        new EmulatorCredentials(credentials).register(EmulatorControl.inProcess(emulator));
        server = EmulatorServer.startOnFreeLoopbackPort(emulator);
    }

    /**
     * Made-up values for the client, the administrator's refresh token and the optional ones, by variable, so that
     * the user's secrets stay out of the run.
     *
     * @param optionalRefreshTokens the optional refresh-token variables the run is to have, e.g. ZOHO_LIMITED_SCOPE_REFRESH_TOKEN
     */
    static Map<String, String> madeUpCredentials(List<String> optionalRefreshTokens) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(LiveConfiguration.CLIENT_ID, "estimate-client-" + random());
        values.put(LiveConfiguration.CLIENT_SECRET, random());
        values.put(LiveConfiguration.REFRESH_TOKEN, random());
        optionalRefreshTokens.forEach(variable -> values.put(variable, random()));
        return values;
    }

    private static String random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The live settings of a run against this org: its URL as accounts server and API domain, and its credentials. */
    Map<String, String> liveSettings() {
        Map<String, String> settings = new LinkedHashMap<>(credentials);
        settings.put(LiveConfiguration.ACCOUNTS_URL, server.baseUri().toString());
        settings.put(LiveConfiguration.API_DOMAIN, server.baseUri().toString());
        return settings;
    }

    @Override
    public void close() {
        server.close();
    }
}
