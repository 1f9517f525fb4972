package dev.zohodelink.live;

import dev.zohodelink.client.ApiUsage;
import dev.zohodelink.client.CreditBudget;
import dev.zohodelink.client.GovernedZohoCrmApi;
import dev.zohodelink.client.Progress;
import dev.zohodelink.client.RecordingMarks;
import dev.zohodelink.client.RefreshTokenGrant;
import dev.zohodelink.client.RestAssuredZohoCrmApi;
import dev.zohodelink.client.TokenCache;
import dev.zohodelink.client.TokenRefreshingZohoCrmApi;
import dev.zohodelink.client.Waiting;
import dev.zohodelink.client.ZohoCrmApi;
import dev.zohodelink.config.BaselineSelection;
import dev.zohodelink.config.LiveConfiguration;
import dev.zohodelink.config.Secret;
import dev.zohodelink.config.ZohoEnvironment;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Persona;
import dev.zohodelink.fixtures.FieldMetadata;
import io.restassured.filter.Filter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * What all scenarios of a live run share, by necessity: the OAuth grants and their cached tokens, one concurrency
 * limiter for every thread, the credit count and budget, and the ledger of created records. Closing it deletes
 * whatever the run still has outstanding; a shutdown hook does the same when the run is interrupted.
 */
public final class LiveSession implements AutoCloseable {

    private final LiveConfiguration configuration;
    private final ApiVersion version;
    private final RunMarker marker;
    private final RefreshTokenGrant administrator;
    private final Map<Persona, RefreshTokenGrant> personaGrants = new EnumMap<>(Persona.class);
    private final Map<String, RefreshTokenGrant> scopeGrants = new LinkedHashMap<>();
    private final Semaphore concurrency;
    private final ApiUsage usage = new ApiUsage();
    private final CreditBudget budget;
    private final FixtureLedger ledger = new FixtureLedger();
    private final Map<Module, Long> handedToCleanup = new EnumMap<>(Module.class);
    private final FieldMetadata fieldMetadata = new FieldMetadata();
    private final Thread shutdownHook;
    private final URI apiDomain;
    private final Optional<TokenCache> tokenCache;
    private final Waiting waiting;
    private boolean closed;

    /** @param progress where every wait is reported, one line each */
    public LiveSession(
            LiveConfiguration configuration, ApiVersion version, RunMarker marker, Clock clock, Progress progress) {
        this(configuration, version, marker, clock, Waiting.sleeping(progress));
    }

    /** @param waiting how the session waits before a retry, and where it reports every wait */
    public LiveSession(
            LiveConfiguration configuration, ApiVersion version, RunMarker marker, Clock clock, Waiting waiting) {
        this.configuration = configuration;
        this.version = version;
        this.marker = marker;
        this.waiting = waiting;
        this.tokenCache = configuration.tokenCache().map(TokenCache::new);
        for (Persona persona : Persona.values()) {
            configuration.refreshToken(persona).ifPresent(token -> personaGrants.put(persona, grant(token, clock)));
        }
        this.administrator = personaGrants.get(Persona.ADMINISTRATOR);
        configuration.scopeRefreshTokens().forEach((scope, token) -> scopeGrants.put(scope, grant(token, clock)));
        this.concurrency = new Semaphore(configuration.concurrency(), true);
        this.budget = new CreditBudget(configuration.maxCredits());
        this.apiDomain = chooseApiDomain();
        this.shutdownHook = new Thread(this::cleanUpQuietly, "zoho-live-cleanup");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    private RefreshTokenGrant grant(Secret refreshToken, Clock clock) {
        return new RefreshTokenGrant(
                configuration.accountsUrl(),
                configuration.clientId(),
                configuration.clientSecret(),
                refreshToken,
                clock,
                tokenCache,
                waiting);
    }

    /**
     * {@code ZOHO_API_DOMAIN} when given; for production orgs the {@code api_domain} Zoho returns with the token;
     * otherwise the sandbox or developer domain of the data centre (what a sandbox token returns is unknown).
     */
    private URI chooseApiDomain() {
        if (configuration.apiDomainOverridden() || configuration.environment() != ZohoEnvironment.PRODUCTION) {
            return configuration.apiDomain();
        }
        return administrator.apiDomain().orElse(configuration.apiDomain());
    }

    public URI apiDomain() {
        return apiDomain;
    }

    public RunMarker marker() {
        return marker;
    }

    public ApiVersion version() {
        return version;
    }

    public RefreshTokenGrant administrator() {
        return administrator;
    }

    /** The grant of the persona's refresh token, when one is configured. */
    public Optional<RefreshTokenGrant> grant(Persona persona) {
        return Optional.ofNullable(personaGrants.get(persona));
    }

    /** The grant of the refresh token whose only scope is {@code scope}, when one is configured. */
    public Optional<RefreshTokenGrant> scopeGrant(String scope) {
        return Optional.ofNullable(scopeGrants.get(scope));
    }

    public FixtureLedger ledger() {
        return ledger;
    }

    public ApiUsage usage() {
        return usage;
    }

    /** The org's fields metadata, read once per run and module: every read costs a credit. */
    public FieldMetadata fieldMetadata() {
        return fieldMetadata;
    }

    /**
     * The API as scenarios use it, counting into {@code scenarioUsage} (a child of the run's usage); {@code marks} is
     * told of every attempt a retry superseded, so that it leaves the recording the filters make.
     */
    public ZohoCrmApi api(ApiUsage scenarioUsage, List<Filter> filters, RecordingMarks marks) {
        return governed(scenarioUsage, filters, marks, false);
    }

    /** The API for deleting fixtures: exempt from the credit budget, so a run never leaves records because it ran out. */
    public ZohoCrmApi cleanupApi() {
        return governed(usage, List.of(), RecordingMarks.none(), true);
    }

    private ZohoCrmApi governed(ApiUsage counter, List<Filter> filters, RecordingMarks marks, boolean cleanup) {
        ZohoCrmApi transport = new RestAssuredZohoCrmApi(apiDomain, version, filters);
        ZohoCrmApi limited = new GovernedZohoCrmApi(transport, concurrency, counter, budget, cleanup, waiting, marks);
        return new TokenRefreshingZohoCrmApi(limited, grants(), counter, marks);
    }

    /** Every refresh token's grant: the administrator's, then the other callers' and the one-scope tokens that are set. */
    public List<RefreshTokenGrant> grants() {
        List<RefreshTokenGrant> grants = new ArrayList<>(personaGrants.values());
        grants.addAll(scopeGrants.values());
        return grants;
    }

    /** How long cleanup waits for the inserts in flight when the run is stopped, before deleting what it knows. */
    private static final Duration INSERTS_IN_FLIGHT = Duration.ofSeconds(30);

    /**
     * Deletes every record the run still has, once the inserts in flight have answered (new ones are refused from
     * then on); returns how many are left after trying.
     */
    public synchronized long cleanUp() {
        if (!ledger.closeAndAwaitInserts(INSERTS_IN_FLIGHT)) {
            waiting.line("An insert had no answer after " + Progress.describe(INSERTS_IN_FLIGHT)
                    + ": whatever it created is left to `sweep`");
        }
        if (ledger.outstandingCount() == 0) {
            return 0;
        }
        Map<Module, List<String>> outstanding = ledger.outstanding();
        outstanding.forEach((module, ids) -> handedToCleanup.merge(module, (long) ids.size(), Long::sum));
        new FixtureCleaner(cleanupApi(), administrator.accessToken(), ledger).delete(outstanding);
        return ledger.outstandingCount();
    }

    private void cleanUpQuietly() {
        try {
            cleanUp();
        } catch (RuntimeException ignored) {
            // the JVM is going down; `sweep` finds what is left by the run marker
        }
    }

    private Map<String, Long> creditsByPurpose() {
        Map<String, Long> byPurpose = new LinkedHashMap<>();
        usage.creditsByPurpose().forEach((purpose, credits) -> byPurpose.put(purpose.label(), credits));
        return byPurpose;
    }

    private static Map<String, Long> byModuleName(Map<Module, Long> counts) {
        Map<String, Long> named = new LinkedHashMap<>();
        counts.forEach((module, count) -> named.put(module.urlName(), count));
        return named;
    }

    /** What the run spent and left, and what became of its drift check against {@code baseline}. */
    public LiveRunSummary summary(BaselineSelection baseline) {
        List<RefreshTokenGrant> grants = grants();
        return new LiveRunSummary(
                marker.runId(),
                version.pathSegment(),
                apiDomain.toString(),
                usage.calls(),
                usage.credits(),
                creditsByPurpose(),
                usage.retries(),
                fieldMetadata.reads(),
                grants.stream().mapToInt(RefreshTokenGrant::refreshes).sum(),
                grants.stream().filter(RefreshTokenGrant::reusedFromCache).count(),
                tokenCache.isPresent() ? "on" : "off",
                ledger.createdCount(),
                ledger.deletedCount(),
                ledger.outstandingCount(),
                byModuleName(ledger.createdByModule()),
                byModuleName(handedToCleanup),
                ledger.outstanding().entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                e -> e.getKey().urlName(), Map.Entry::getValue)),
                baseline.name(),
                baseline.isRecordedFor(version),
                baseline.required(),
                baseline.describeFor(version),
                budget.note());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        cleanUp();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // already running: nothing to remove
        }
    }
}
