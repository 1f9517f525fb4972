package dev.zohodelink.emulator.core.oauth;

import dev.zohodelink.contract.Module;
import dev.zohodelink.emulator.core.IdSequence;
import dev.zohodelink.emulator.core.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Who may call one emulated organisation: its users, the access tokens issued to them with their scopes, and the
 * OAuth clients and refresh tokens its accounts server knows. Client secrets and refresh tokens are never put in
 * a string representation or an exception message. Every method is atomic.
 */
public final class Identity {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final IdSequence ids;
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, AccessGrant> grants = new HashMap<>();
    private final Map<String, OAuthClient> clients = new HashMap<>();
    private final Map<String, RefreshGrant> refreshGrants = new HashMap<>();
    private final User administrator;
    private int tokensFromRefreshTokens;

    public Identity(Clock clock, IdSequence ids) {
        this.clock = clock;
        this.ids = ids;
        this.administrator = addUser("Emulator Administrator", true, Set.of());
    }

    public synchronized <T> T atomically(Supplier<T> work) {
        return work.get();
    }

    public Clock clock() {
        return clock;
    }

    public User administrator() {
        return administrator;
    }

    public synchronized User addUser(String name, boolean mayDeleteRelatedRecords, Set<Module> withoutAccessTo) {
        User user = new User(ids.next(), name, mayDeleteRelatedRecords, withoutAccessTo);
        users.put(user.id(), user);
        return user;
    }

    /** Every user, the administrator first, in the order they were added. */
    public synchronized List<User> users() {
        return List.copyOf(users.values());
    }

    public synchronized Optional<User> user(String id) {
        return Optional.ofNullable(users.get(id));
    }

    /** Issues an access token shaped like Zoho's ({@code 1000.<32 hex>.<32 hex>}). */
    public synchronized String issueToken(User user, Collection<String> scopes, Duration lifetime) {
        String token = "1000." + randomHex() + "." + randomHex();
        grants.put(
                token, new AccessGrant(user, Set.copyOf(scopes), clock.instant().plus(lifetime)));
        return token;
    }

    /** Registers an access token chosen by the caller, e.g. a fixed one from a seed file. */
    public synchronized void registerToken(String token, User user, Collection<String> scopes, Duration lifetime) {
        requireText(token, "access_token");
        requireUser(user);
        grants.put(
                token, new AccessGrant(user, Set.copyOf(scopes), clock.instant().plus(lifetime)));
    }

    /** Revokes an access token; false when it was not issued. */
    public synchronized boolean revokeToken(String token) {
        return token != null && grants.remove(token) != null;
    }

    /** Makes an access token expire now; false when it was not issued. */
    public synchronized boolean expireToken(String token) {
        AccessGrant grant = token == null ? null : grants.get(token);
        if (grant == null) {
            return false;
        }
        grants.put(token, new AccessGrant(grant.user(), grant.scopes(), clock.instant()));
        return true;
    }

    /** Registers an OAuth client, or replaces the secret of one already registered. */
    public synchronized void registerClient(String clientId, String clientSecret) {
        requireText(clientId, "client_id");
        requireText(clientSecret, "client_secret");
        clients.put(clientId, new OAuthClient(clientId, clientSecret));
    }

    /**
     * Registers a refresh token of a registered client for a user of this org, with the scopes its access tokens
     * carry. Registering a token again replaces its user and scopes and forgets its throttling history.
     */
    public synchronized void registerRefreshToken(
            String clientId, String refreshToken, User user, Collection<String> scopes) {
        requireText(clientId, "client_id");
        requireText(refreshToken, "refresh_token");
        if (!clients.containsKey(clientId)) {
            throw new IllegalArgumentException("no OAuth client is registered with that client_id");
        }
        requireUser(user);
        if (scopes == null || scopes.stream().anyMatch(scope -> scope == null || scope.isBlank())) {
            throw new IllegalArgumentException("scopes must be non-blank strings");
        }
        refreshGrants.put(refreshToken, new RefreshGrant(clientId, user, List.copyOf(new LinkedHashSet<>(scopes))));
    }

    /** Revokes a refresh token: the token endpoint answers {@code invalid_code} for it from now on. */
    public synchronized boolean revokeRefreshToken(String refreshToken) {
        return refreshToken != null && refreshGrants.remove(refreshToken) != null;
    }

    /** Whether the client is registered with this secret; compared in constant time. */
    public synchronized boolean authenticatesClient(String clientId, String clientSecret) {
        OAuthClient client = clients.get(clientId);
        return client != null
                && MessageDigest.isEqual(
                        client.secret().getBytes(StandardCharsets.UTF_8),
                        clientSecret.getBytes(StandardCharsets.UTF_8));
    }

    /** The grant of a refresh token, only when the token was issued to that client. */
    public synchronized Optional<RefreshGrant> refreshGrant(String clientId, String refreshToken) {
        return Optional.ofNullable(refreshGrants.get(refreshToken))
                .filter(grant -> grant.clientId().equals(clientId));
    }

    /**
     * Issues an access token from a refresh token unless it already issued {@code maxTokens} within {@code window}
     * before now (Zoho: "up to ten access tokens in a span of ten minutes"); empty when throttled.
     */
    public synchronized Optional<String> issueFromRefreshToken(
            RefreshGrant grant, Duration lifetime, int maxTokens, Duration window) {
        Instant now = clock.instant();
        Deque<Instant> issued = grant.issued();
        while (!issued.isEmpty() && !issued.peekFirst().isAfter(now.minus(window))) {
            issued.removeFirst();
        }
        if (issued.size() >= maxTokens) {
            return Optional.empty();
        }
        issued.addLast(now);
        tokensFromRefreshTokens++;
        return Optional.of(issueToken(grant.user(), grant.scopes(), lifetime));
    }

    public synchronized Optional<AccessGrant> grant(String token) {
        return Optional.ofNullable(grants.get(token));
    }

    public synchronized int userCount() {
        return users.size();
    }

    public synchronized int accessTokenCount() {
        return grants.size();
    }

    public synchronized int clientCount() {
        return clients.size();
    }

    public synchronized int refreshTokenCount() {
        return refreshGrants.size();
    }

    /** Access tokens the token endpoint issued for refresh tokens. */
    public synchronized int tokensFromRefreshTokens() {
        return tokensFromRefreshTokens;
    }

    private void requireUser(User user) {
        if (user == null || !user.equals(users.get(user.id()))) {
            throw new IllegalArgumentException("the user is not a user of this org");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required and must be a non-blank string");
        }
    }

    private static String randomHex() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** An OAuth client of the accounts server; its secret stays out of {@link #toString()}. */
    private record OAuthClient(String id, String secret) {
        @Override
        public String toString() {
            return "OAuthClient[id=" + id + "]";
        }
    }
}
