package dev.zohodelink.emulator.core;

import dev.zohodelink.contract.Module;
import dev.zohodelink.emulator.core.oauth.AccessGrant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The state of one emulated CRM organisation: records, the relations between them, users, access tokens, and
 * the OAuth clients and refresh tokens its accounts server knows. Client secrets and refresh tokens are never
 * put in a string representation or an exception message.
 * Every method is atomic; {@link #atomically} groups several into one step, as one API call does.
 */
public final class Org {

    private static final long ID_BASE = 5_725_767_000_000_400_000L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final AtomicLong nextId = new AtomicLong(ID_BASE + 1);
    private final Map<String, StoredRecord> records = new HashMap<>();
    private final Map<String, Map<String, Map<String, Object>>> relations = new HashMap<>();
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, AccessGrant> grants = new HashMap<>();
    private final Map<String, OAuthClient> clients = new HashMap<>();
    private final Map<String, RefreshGrant> refreshGrants = new HashMap<>();
    private int tokensFromRefreshTokens;
    private final User administrator;

    public Org(Clock clock) {
        this.clock = clock;
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
        User user = new User(newId(), name, mayDeleteRelatedRecords, withoutAccessTo);
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
        grants.put(token, new AccessGrant(user, Set.copyOf(scopes), clock.instant().plus(lifetime)));
        return token;
    }

    /** Registers an access token chosen by the caller, e.g. a fixed one from a seed file. */
    public synchronized void registerToken(String token, User user, Collection<String> scopes, Duration lifetime) {
        requireText(token, "access_token");
        requireUser(user);
        grants.put(token, new AccessGrant(user, Set.copyOf(scopes), clock.instant().plus(lifetime)));
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
    public synchronized void registerRefreshToken(String clientId, String refreshToken, User user, Collection<String> scopes) {
        requireText(clientId, "client_id");
        requireText(refreshToken, "refresh_token");
        if (!clients.containsKey(clientId)) {
            throw new IllegalArgumentException("no OAuth client is registered with that client_id");
        }
        requireUser(user);
        if (scopes == null || scopes.stream().anyMatch(scope -> scope == null || scope.isBlank())) {
            throw new IllegalArgumentException("scopes must be non-blank strings");
        }
        refreshGrants.put(refreshToken, new RefreshGrant(clientId, user, List.copyOf(new java.util.LinkedHashSet<>(scopes))));
    }

    /** Revokes a refresh token: the token endpoint answers {@code invalid_code} for it from now on. */
    public synchronized boolean revokeRefreshToken(String refreshToken) {
        return refreshToken != null && refreshGrants.remove(refreshToken) != null;
    }

    /** Whether the client is registered with this secret; compared in constant time. */
    public synchronized boolean authenticatesClient(String clientId, String clientSecret) {
        OAuthClient client = clients.get(clientId);
        return client != null && MessageDigest.isEqual(client.secret().getBytes(StandardCharsets.UTF_8), clientSecret.getBytes(StandardCharsets.UTF_8));
    }

    /** The grant of a refresh token, only when the token was issued to that client. */
    public synchronized Optional<RefreshGrant> refreshGrant(String clientId, String refreshToken) {
        return Optional.ofNullable(refreshGrants.get(refreshToken)).filter(grant -> grant.clientId().equals(clientId));
    }

    /**
     * Issues an access token from a refresh token unless it already issued {@code maxTokens} within {@code window}
     * before now (Zoho: "up to ten access tokens in a span of ten minutes"); empty when throttled.
     */
    public synchronized Optional<String> issueFromRefreshToken(RefreshGrant grant, Duration lifetime, int maxTokens, Duration window) {
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

    synchronized StoredRecord insert(Module module, Map<String, Object> fields, User createdBy) {
        StoredRecord record = new StoredRecord(newId(), module, fields, clock.instant(), createdBy);
        records.put(record.id(), record);
        return record;
    }

    /** Inserts a record under an id chosen by the caller; false when the id is taken. */
    synchronized boolean insert(String id, Module module, Map<String, Object> fields, User createdBy) {
        if (records.containsKey(id) || users.containsKey(id)) {
            return false;
        }
        records.put(id, new StoredRecord(id, module, fields, clock.instant(), createdBy));
        return true;
    }

    synchronized Optional<StoredRecord> record(String id) {
        return Optional.ofNullable(records.get(id));
    }

    synchronized Optional<StoredRecord> record(Module module, String id) {
        return record(id).filter(r -> r.module() == module);
    }

    synchronized List<StoredRecord> records(Module module) {
        return records.values().stream().filter(r -> r.module() == module)
                .sorted(java.util.Comparator.comparing(StoredRecord::id)).toList();
    }

    synchronized boolean delete(String id) {
        if (records.remove(id) == null) {
            return false;
        }
        Map<String, Map<String, Object>> links = relations.remove(id);
        if (links != null) {
            links.keySet().forEach(other -> relations.getOrDefault(other, Map.of()).remove(id));
        }
        return true;
    }

    synchronized void link(String a, String b, Map<String, Object> relationFields) {
        relations.computeIfAbsent(a, k -> new LinkedHashMap<>()).put(b, Map.copyOf(relationFields));
        relations.computeIfAbsent(b, k -> new LinkedHashMap<>()).put(a, Map.copyOf(relationFields));
    }

    synchronized boolean unlink(String a, String b) {
        Map<String, Map<String, Object>> fromA = relations.get(a);
        Map<String, Map<String, Object>> fromB = relations.get(b);
        boolean removed = fromA != null && fromA.remove(b) != null;
        if (fromB != null) {
            fromB.remove(a);
        }
        return removed;
    }

    /** Every relation once, sorted by the lower record id, then the higher. */
    synchronized List<LinkedPair> relations() {
        List<LinkedPair> pairs = new ArrayList<>();
        relations.forEach((id, others) -> others.keySet().stream()
                .filter(other -> LinkedPair.BY_ID.compare(id, other) < 0)
                .forEach(other -> pairs.add(LinkedPair.of(records.get(id), records.get(other)))));
        pairs.sort(java.util.Comparator.comparing(LinkedPair::firstId, LinkedPair.BY_ID).thenComparing(LinkedPair::secondId, LinkedPair.BY_ID));
        return pairs;
    }

    synchronized boolean areLinked(String a, String b) {
        return relations.getOrDefault(a, Map.of()).containsKey(b);
    }

    /** The records of a module linked to a record, in the order they were linked. */
    synchronized List<StoredRecord> linked(String id, Module module) {
        List<StoredRecord> linked = new ArrayList<>();
        for (String other : relations.getOrDefault(id, Map.of()).keySet()) {
            StoredRecord record = records.get(other);
            if (record != null && record.module() == module) {
                linked.add(record);
            }
        }
        return linked;
    }

    /** Forgets all records and relations; users and tokens stay valid. */
    public synchronized void clearData() {
        records.clear();
        relations.clear();
    }

    public synchronized Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("records", records.size());
        counts.put("relations", relations.values().stream().mapToInt(Map::size).sum() / 2);
        counts.put("users", users.size());
        counts.put("tokens", grants.size());
        counts.put("oauth_clients", clients.size());
        counts.put("refresh_tokens", refreshGrants.size());
        counts.put("token_refreshes", tokensFromRefreshTokens);
        return counts;
    }

    private void requireUser(User user) {
        if (user == null || !user.equals(users.get(user.id()))) {
            throw new IllegalArgumentException("the user is not a user of this org");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** An OAuth client of the accounts server; its secret stays out of {@link #toString()}. */
    private record OAuthClient(String id, String secret) {
        @Override
        public String toString() {
            return "OAuthClient[id=" + id + "]";
        }
    }

    /**
     * What a refresh token stands for, and when it issued its recent access tokens (guarded by the org's lock).
     * The token itself is the key it is stored under and is not part of it.
     */
    public record RefreshGrant(String clientId, User user, List<String> scopes, Deque<Instant> issued) {

        RefreshGrant(String clientId, User user, List<String> scopes) {
            this(clientId, user, List.copyOf(scopes), new ArrayDeque<>());
        }

        @Override
        public String toString() {
            return "RefreshGrant[client=" + clientId + ", user=" + user.id() + ", scopes=" + scopes + "]";
        }
    }

    /** The next free id; ids chosen by callers are skipped. */
    private String newId() {
        String id;
        do {
            id = Long.toString(nextId.getAndIncrement());
        } while (records.containsKey(id) || users.containsKey(id));
        return id;
    }

    private static String randomHex() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
