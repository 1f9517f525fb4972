package dev.zohodelink.emulator.control;

import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.core.EmulatorState;
import dev.zohodelink.emulator.core.LinkedPair;
import dev.zohodelink.emulator.core.User;
import dev.zohodelink.emulator.core.faults.Fault;
import dev.zohodelink.emulator.seed.SeedFile;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Everything a test or a script does to an emulator besides calling Zoho's API: faults, users, tokens, seeds,
 * state and reset. One interface for both emulators: {@link #inProcess} drives an {@code Emulator} of this JVM
 * directly, {@link #overHttp} a standalone one through its control plane under {@code /__emulator}. Both behave
 * the same; a request they cannot serve is an {@link IllegalArgumentException} with the same message.
 */
public interface EmulatorControl {

    static EmulatorControl inProcess(Emulator emulator) {
        return new InProcessEmulatorControl(emulator);
    }

    /** A standalone emulator bound to loopback, which needs no control key. */
    static EmulatorControl overHttp(URI baseUri) {
        return new HttpEmulatorControl(baseUri, Optional.empty());
    }

    /** A standalone emulator started with {@code --control-key}; the key goes in the {@value ControlKey#HEADER} header. */
    static EmulatorControl overHttp(URI baseUri, String controlKey) {
        return new HttpEmulatorControl(baseUri, Optional.of(controlKey));
    }

    EmulatorState state();

    /** Every relation once, as the two records' module and id; the lower id first, sorted by it. */
    List<LinkedPair> relations();

    /** Forgets records, relations and faults; users, tokens, OAuth clients and refresh tokens stay valid. */
    void reset();

    /** Loads a seed file (format in the README); the ids of its keyed records and users. */
    SeedFile.Result seed(byte[] seedJson);

    User administrator();

    /** Every user, the administrator first, in the order they were added. */
    List<User> users();

    User addUser(NewUser user);

    /** Issues an access token of a user with these scopes; a lifetime of zero gives a token that has already expired. */
    String issueAccessToken(User user, Collection<String> scopes, Duration lifetime);

    /** Calls with a revoked token are refused as with an unknown one. False when the token was not issued. */
    boolean revokeAccessToken(String accessToken);

    /** The token expires now: calls with it are refused as expired. False when the token was not issued. */
    boolean expireAccessToken(String accessToken);

    /** Registers an OAuth client of the emulated accounts server, or replaces the secret of one already registered. */
    void registerClient(String clientId, String clientSecret);

    /** {@code POST /oauth/v2/token} exchanges the refresh token of a registered client for access tokens of the user with these scopes. */
    void registerRefreshToken(String clientId, String refreshToken, User user, Collection<String> scopes);

    /** The token endpoint answers {@code invalid_code} for a revoked refresh token. False when it was not registered. */
    boolean revokeRefreshToken(String refreshToken);

    void injectFault(Fault fault);

    /** The injected faults that have calls left, each with the number left as its {@code times}. */
    List<Fault> pendingFaults();

    void clearFaults();
}
