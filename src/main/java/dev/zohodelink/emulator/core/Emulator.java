package dev.zohodelink.emulator.core;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.SupportedRelations;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.faults.Fault;
import dev.zohodelink.emulator.core.faults.Faults;
import dev.zohodelink.emulator.core.faults.Sleeper;
import dev.zohodelink.emulator.core.oauth.Identity;
import dev.zohodelink.emulator.core.oauth.TokenEndpoint;
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

    private final Records records;
    private final Identity identity;
    private final Faults faults = new Faults();
    private final BehaviourProfile profile;
    private final ZohoApi api;
    private final TokenEndpoint tokenEndpoint;
    private final AtomicLong unexpectedFailures = new AtomicLong();

    public Emulator(BehaviourProfile profile) {
        this(profile, Clock.systemUTC());
    }

    public Emulator(BehaviourProfile profile, Clock clock) {
        this(profile, clock, Sleeper.REAL);
    }

    /** @param sleeper waits for injected latencies */
    public Emulator(BehaviourProfile profile, Clock clock, Sleeper sleeper) {
        this.profile = profile;
        IdSequence ids = new IdSequence();
        this.records = new Records(clock, ids);
        this.identity = new Identity(clock, ids);
        this.api = new ZohoApi(records, identity, faults, sleeper, profile);
        this.tokenEndpoint = new TokenEndpoint(identity);
    }

    @Override
    public EmulatorResponse apply(EmulatorRequest request) {
        try {
            Optional<List<String>> segments = request.pathSegments();
            if (segments.isPresent() && segments.get().equals(TOKEN_PATH)) {
                return tokenEndpoint.handle(request);
            }
            if (segments.isEmpty()
                    || segments.get().isEmpty()
                    || !segments.get().get(0).equals("crm")) {
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
        return identity.administrator();
    }

    public User addUser(String name, boolean mayDeleteRelatedRecords, Set<Module> withoutAccessTo) {
        return identity.addUser(name, mayDeleteRelatedRecords, withoutAccessTo);
    }

    public Optional<User> user(String id) {
        return identity.user(id);
    }

    public String issueToken(User user, Collection<String> scopes, Duration lifetime) {
        return identity.issueToken(user, scopes, lifetime);
    }

    /**
     * Registers an OAuth client of the emulated accounts server, or replaces the secret of one already registered.
     *
     * @throws IllegalArgumentException when the id or the secret is blank
     */
    public void registerClient(String clientId, String clientSecret) {
        identity.registerClient(clientId, clientSecret);
    }

    /**
     * Registers a refresh token of a registered client: {@code POST /oauth/v2/token} exchanges it for access tokens of
     * the user with these scopes. Registering it again replaces the user and scopes.
     *
     * @throws IllegalArgumentException when the client is not registered, the user is not of this org, or the token is blank
     */
    public void registerRefreshToken(String clientId, String refreshToken, User user, Collection<String> scopes) {
        identity.registerRefreshToken(clientId, refreshToken, user, scopes);
    }

    /** Revokes a refresh token; the token endpoint answers {@code invalid_code} for it from now on. False when it was not registered. */
    public boolean revokeRefreshToken(String refreshToken) {
        return identity.revokeRefreshToken(refreshToken);
    }

    /** Revokes an access token: calls with it are refused as with an unknown token. False when it was not issued. */
    public boolean revokeToken(String accessToken) {
        return identity.revokeToken(accessToken);
    }

    /** Makes an access token expire now. False when it was not issued. */
    public boolean expireToken(String accessToken) {
        return identity.expireToken(accessToken);
    }

    /** Every user, the administrator first, in the order they were added. */
    public List<User> users() {
        return identity.users();
    }

    /** Registers an access token of the caller's choosing, e.g. a fixed one for an SDK's configuration. */
    public void registerToken(String accessToken, User user, Collection<String> scopes, Duration lifetime) {
        identity.registerToken(accessToken, user, scopes, lifetime);
    }

    /**
     * Inserts a record as the administrator and returns its id: seeding, so without the mandatory-field checks of
     * {@code POST /crm/{v}/{Module}}.
     *
     * @param fields scalar values (strings, numbers, booleans) by field API name
     */
    public String insertRecord(Module module, Map<String, Object> fields) {
        return records.insert(module, scalarFields(fields), identity.administrator())
                .id();
    }

    /**
     * Inserts a record under a chosen id (1 to 19 digits).
     *
     * @throws IllegalArgumentException when the id is not numeric or already taken
     */
    public void insertRecord(String id, Module module, Map<String, Object> fields) {
        if (id == null || !RecordIds.isNumeric(id)) {
            throw new IllegalArgumentException("a record id is 1 to 19 digits");
        }
        if (!records.insert(id, module, scalarFields(fields), identity.administrator())) {
            throw new IllegalArgumentException("the id " + id + " is already taken");
        }
    }

    /**
     * Links two records, as {@code PUT .../{related_list}} would, with relation fields such as {@code Member_Status}.
     *
     * @throws IllegalArgumentException when a record does not exist or their modules have no relation the emulator serves
     */
    public void link(String parentId, String relatedId, Map<String, Object> relationFields) {
        records.atomically(() -> {
            StoredRecord parent =
                    records.record(parentId).orElseThrow(() -> new IllegalArgumentException("no record " + parentId));
            StoredRecord related =
                    records.record(relatedId).orElseThrow(() -> new IllegalArgumentException("no record " + relatedId));
            if (SupportedRelations.find(ApiVersion.V7, parent.module(), related.module())
                    .isEmpty()) {
                throw new IllegalArgumentException(
                        parent.module().urlName() + " and " + related.module().urlName() + " cannot be related");
            }
            records.link(parentId, relatedId, scalarFields(relationFields));
            return null;
        });
    }

    public boolean areLinked(String recordId, String otherRecordId) {
        return records.areLinked(recordId, otherRecordId);
    }

    public boolean hasRecord(String id) {
        return records.record(id).isPresent();
    }

    private static Map<String, Object> scalarFields(Map<String, Object> fields) {
        fields.forEach((name, value) -> {
            if (name == null || !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw new IllegalArgumentException("field " + name + " must be a string, number or boolean");
            }
        });
        return fields;
    }

    public void injectFault(Fault fault) {
        faults.add(fault);
    }

    public void clearFaults() {
        faults.clear();
    }

    /** The injected faults that have calls left, each with the number left as its {@code times}; used-up ones are gone. */
    public List<Fault> pendingFaults() {
        return faults.pending();
    }

    /** Every relation, once, as the two records' module and id; the record with the lower id first, sorted by it. */
    public List<LinkedPair> relations() {
        return records.relations();
    }

    /** Forgets records, relations and faults; users, tokens, OAuth clients and refresh tokens stay valid. */
    public void reset() {
        records.clear();
        faults.clear();
    }

    /** What it holds now; callers outside the control classes read it as {@code EmulatorControl.state()}. */
    public EmulatorState snapshot() {
        return new EmulatorState(
                profile.name(),
                records.recordCount(),
                records.relationCount(),
                identity.userCount(),
                identity.accessTokenCount(),
                identity.clientCount(),
                identity.refreshTokenCount(),
                identity.tokensFromRefreshTokens(),
                unexpectedFailures.get());
    }
}
