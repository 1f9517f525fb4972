package dev.zohodelink.emulator.core;

import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.ZohoError;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The emulated Zoho CRM: a function from request to response, callable without a socket. It serves only the
 * Zoho-shaped routes: the CRM API under {@code /crm/} and the accounts server's {@code POST /oauth/v2/token}.
 * Seeding users, tokens, OAuth clients and refresh tokens and injecting faults are Java methods here, exposed
 * over HTTP by the separate control plane.
 */
public final class Emulator implements Function<EmulatorRequest, EmulatorResponse> {

    private static final List<String> TOKEN_PATH = List.of("oauth", "v2", "token");

    private final Org org;
    private final Faults faults = new Faults();
    private final BehaviourProfile profile;
    private final ZohoApi api;
    private final TokenEndpoint tokenEndpoint;
    private final AtomicLong unexpectedFailures = new AtomicLong();

    public Emulator(BehaviourProfile profile) {
        this(profile, Clock.systemUTC());
    }

    public Emulator(BehaviourProfile profile, Clock clock) {
        this.profile = profile;
        this.org = new Org(clock);
        this.api = new ZohoApi(org, faults, profile);
        this.tokenEndpoint = new TokenEndpoint(org);
    }

    @Override
    public EmulatorResponse apply(EmulatorRequest request) {
        try {
            Optional<List<String>> segments = request.pathSegments();
            if (segments.isPresent() && segments.get().equals(TOKEN_PATH)) {
                return tokenEndpoint.handle(request);
            }
            if (segments.isEmpty() || segments.get().isEmpty() || !segments.get().get(0).equals("crm")) {
                throw new Rejection(ZohoError.INVALID_URL_PATTERN);
            }
            List<String> path = segments.get();
            return api.handle(request, path.subList(1, path.size()));
        } catch (Rejection rejection) {
            return rejection.toResponse();
        } catch (RuntimeException unexpected) {
            unexpectedFailures.incrementAndGet();
            return EmulatorResponse.json(500, ZohoError.INTERNAL_ERROR.body());
        }
    }

    public BehaviourProfile profile() {
        return profile;
    }

    public User administrator() {
        return org.administrator();
    }

    public User addUser(String name, boolean mayDeleteRelatedRecords, Set<Module> withoutAccessTo) {
        return org.addUser(name, mayDeleteRelatedRecords, withoutAccessTo);
    }

    public Optional<User> user(String id) {
        return org.user(id);
    }

    public String issueToken(User user, Collection<String> scopes, Duration lifetime) {
        return org.issueToken(user, scopes, lifetime);
    }

    /**
     * Registers an OAuth client of the emulated accounts server, or replaces the secret of one already registered.
     *
     * @throws IllegalArgumentException when the id or the secret is blank
     */
    public void registerClient(String clientId, String clientSecret) {
        org.registerClient(clientId, clientSecret);
    }

    /**
     * Registers a refresh token of a registered client: {@code POST /oauth/v2/token} exchanges it for access tokens of
     * the user with these scopes. Registering it again replaces the user and scopes.
     *
     * @throws IllegalArgumentException when the client is not registered, the user is not of this org, or the token is blank
     */
    public void registerRefreshToken(String clientId, String refreshToken, User user, Collection<String> scopes) {
        org.registerRefreshToken(clientId, refreshToken, user, scopes);
    }

    /** Revokes a refresh token; the token endpoint answers {@code invalid_code} for it from now on. False when it was not registered. */
    public boolean revokeRefreshToken(String refreshToken) {
        return org.revokeRefreshToken(refreshToken);
    }

    public void injectFault(Fault fault) {
        faults.add(fault);
    }

    public void clearFaults() {
        faults.clear();
    }

    /** Forgets records, relations and faults; users, tokens, OAuth clients and refresh tokens stay valid. */
    public void reset() {
        org.clearData();
        faults.clear();
    }

    public Map<String, Object> state() {
        Map<String, Object> state = new java.util.LinkedHashMap<>(org.counts());
        state.put("profile", profile.name());
        state.put("unexpected_failures", unexpectedFailures.get());
        return state;
    }

    /** Requests that ended in an unplanned exception; always zero unless the emulator has a bug. */
    public long unexpectedFailures() {
        return unexpectedFailures.get();
    }
}
