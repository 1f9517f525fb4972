package dev.zohodelink.emulator.control;

import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.core.EmulatorState;
import dev.zohodelink.emulator.core.LinkedPair;
import dev.zohodelink.emulator.core.User;
import dev.zohodelink.emulator.core.faults.Fault;
import dev.zohodelink.emulator.seed.SeedFile;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/** The control operations on an emulator of this JVM, without a socket; the control plane serves them over HTTP. */
final class InProcessEmulatorControl implements EmulatorControl {

    private final Emulator emulator;

    InProcessEmulatorControl(Emulator emulator) {
        this.emulator = emulator;
    }

    @Override
    public EmulatorState state() {
        return emulator.snapshot();
    }

    @Override
    public List<LinkedPair> relations() {
        return emulator.relations();
    }

    @Override
    public void reset() {
        emulator.reset();
    }

    @Override
    public SeedFile.Result seed(byte[] seedJson) {
        return SeedFile.load(seedJson, emulator);
    }

    @Override
    public User administrator() {
        return emulator.administrator();
    }

    @Override
    public List<User> users() {
        return emulator.users();
    }

    @Override
    public User addUser(NewUser user) {
        return emulator.addUser(user.name(), user.mayDeleteRelatedRecords(), user.withoutAccessTo());
    }

    @Override
    public String issueAccessToken(User user, Collection<String> scopes, Duration lifetime) {
        return emulator.issueToken(ofThisOrg(user), scopes, lifetime);
    }

    @Override
    public boolean revokeAccessToken(String accessToken) {
        return emulator.revokeToken(accessToken);
    }

    @Override
    public boolean expireAccessToken(String accessToken) {
        return emulator.expireToken(accessToken);
    }

    @Override
    public void registerClient(String clientId, String clientSecret) {
        emulator.registerClient(clientId, clientSecret);
    }

    @Override
    public void registerRefreshToken(String clientId, String refreshToken, User user, Collection<String> scopes) {
        emulator.registerRefreshToken(clientId, refreshToken, ofThisOrg(user), scopes);
    }

    @Override
    public boolean revokeRefreshToken(String refreshToken) {
        return emulator.revokeRefreshToken(refreshToken);
    }

    @Override
    public void injectFault(Fault fault) {
        emulator.injectFault(fault);
    }

    @Override
    public List<Fault> pendingFaults() {
        return emulator.pendingFaults();
    }

    @Override
    public void clearFaults() {
        emulator.clearFaults();
    }

    /** A user is known by id, as over HTTP, so a user of another emulator is refused the same way. */
    private User ofThisOrg(User user) {
        return emulator.user(user.id()).orElseThrow(() -> new IllegalArgumentException("no user " + user.id()));
    }
}
