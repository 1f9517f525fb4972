package dev.zohodelink.junit;

import dev.zohodelink.emulator.control.EmulatorControl;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.seed.SeedFile;
import java.net.URI;
import java.util.Map;

/**
 * What a test needs to talk to the emulator of its class.
 *
 * @param baseUrl the API domain and accounts server, e.g. {@code http://127.0.0.1:54321} (no trailing slash)
 * @param accessToken an access token of the emulator's administrator with every scope the emulator knows
 * @param clientId the demo OAuth client registered on the emulator
 * @param clientSecret its secret
 * @param refreshToken a refresh token of that client for the administrator, scope {@code ZohoCRM.modules.ALL}
 * @param emulator the emulator itself, to seed records and relations directly; {@link #control()} for users, tokens and faults
 * @param seed what {@link ZohoEmulatorTest#seed()} loaded: ids of keyed records and users (empty without a seed)
 */
public record ZohoEmulatorInfo(
        String baseUrl,
        String accessToken,
        String clientId,
        String clientSecret,
        String refreshToken,
        Emulator emulator,
        SeedFile.Result seed) {

    public URI baseUri() {
        return URI.create(baseUrl);
    }

    public int port() {
        return baseUri().getPort();
    }

    /** The CRM API of a version, e.g. {@code apiUrl("v7")} is {@code http://127.0.0.1:54321/crm/v7}. */
    public String apiUrl(String version) {
        return baseUrl + "/crm/" + version;
    }

    /** Where SDKs refresh tokens: {@code POST {baseUrl}/oauth/v2/token}. */
    public String tokenUrl() {
        return baseUrl + "/oauth/v2/token";
    }

    /** Faults, users, tokens, seeds, state and reset, typed; the same interface drives a standalone emulator over HTTP. */
    public EmulatorControl control() {
        return EmulatorControl.inProcess(emulator);
    }

    /** The control plane's address, e.g. {@code controlPlane() + "/faults"}. */
    public String controlPlane() {
        return baseUrl + "/__emulator";
    }

    /** The id a keyed record of the seed file got. */
    public String seededRecordId(String key) {
        String id = seed.recordIds().get(key);
        if (id == null) {
            throw new IllegalArgumentException("the seed has no record with the key '" + key + "'");
        }
        return id;
    }

    /** The access token is left out: test reports print parameters. */
    @Override
    public String toString() {
        return "ZohoEmulatorInfo[baseUrl=" + baseUrl + ", profile="
                + emulator.profile().name() + "]";
    }

    static SeedFile.Result noSeed() {
        return new SeedFile.Result(Map.of(), Map.of(), 0, 0, 0, 0, 0, 0);
    }
}
