package dev.zohodelink.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.config.Secret;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Access tokens from one refresh token: Zoho's refresh-token grant against {@code {accounts}/oauth/v2/token}.
 * The token is kept (in memory, and in the {@link TokenCache} across runs when there is one) and renewed a minute
 * before {@code expires_in} runs out, or at once after Zoho rejects it. Its traffic goes through the JDK client,
 * never through REST Assured or a report, because its bodies carry secrets.
 */
public final class RefreshTokenGrant {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);
    private static final int THROTTLE_RETRIES = 3;

    private final URI tokenEndpoint;
    private final String clientId;
    private final Secret clientSecret;
    private final Secret refreshToken;
    private final Clock clock;
    private final Optional<TokenCache> cache;
    private final Waiting waiting;
    private final HttpClient http;
    private AccessToken current;
    private Instant renewAt = Instant.MIN;
    private URI apiDomain;
    private Optional<String> scope = Optional.empty();
    private int refreshes;
    private boolean fromCache;

    /** @param cache where access tokens are kept across runs; empty to refresh at least once per run */
    public RefreshTokenGrant(
            URI accountsUrl,
            String clientId,
            Secret clientSecret,
            Secret refreshToken,
            Clock clock,
            Optional<TokenCache> cache,
            Waiting waiting) {
        this.tokenEndpoint = accountsUrl.resolve("/oauth/v2/token");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.refreshToken = refreshToken;
        this.clock = clock;
        this.cache = cache;
        this.waiting = waiting;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A valid access token: the one held, else a still valid one of an earlier run, else a new one. */
    public synchronized AccessToken accessToken() {
        if (current == null) {
            cache.flatMap(c -> c.read(cacheKey()))
                    .filter(entry -> clock.instant().isBefore(entry.expiresAt().minus(RENEW_BEFORE_EXPIRY)))
                    .ifPresent(this::reuse);
        }
        if (current == null || !clock.instant().isBefore(renewAt)) {
            refresh();
        }
        return current;
    }

    private void reuse(TokenCache.Entry entry) {
        current = AccessToken.of(entry.accessToken());
        renewAt = entry.expiresAt().minus(RENEW_BEFORE_EXPIRY);
        apiDomain = entry.apiDomain().orElse(null);
        scope = entry.scope();
        fromCache = true;
    }

    private String cacheKey() {
        return TokenCache.key(tokenEndpoint, clientId, clientSecret, refreshToken);
    }

    /** After Zoho answered INVALID_TOKEN for {@code rejected}: a new token, unless another thread already renewed it. */
    public synchronized AccessToken renewAfterRejection(AccessToken rejected) {
        if (rejected == current) {
            refresh();
        }
        return current;
    }

    public synchronized boolean issued(AccessToken token) {
        return token == current;
    }

    /** The {@code api_domain} of the last token response. */
    public synchronized Optional<URI> apiDomain() {
        accessToken();
        return Optional.ofNullable(apiDomain);
    }

    /**
     * The scopes of the token, when the accounts server named them ({@code scope}: some of Zoho's pages show it in the
     * answer, others do not); separated by spaces or commas.
     */
    public synchronized Optional<Set<String>> grantedScopes() {
        accessToken();
        return scope.map(text -> Arrays.stream(text.strip().split("[\\s,]+")).collect(Collectors.toUnmodifiableSet()));
    }

    /** How many access tokens this run asked the accounts server for. */
    public synchronized int refreshes() {
        return refreshes;
    }

    /** Whether this run started with the token an earlier run kept. */
    public synchronized boolean reusedFromCache() {
        return fromCache;
    }

    public String variable() {
        return refreshToken.variable();
    }

    private void refresh() {
        for (int attempt = 0; ; attempt++) {
            JsonNode answer = post();
            if (answer.hasNonNull("access_token")) {
                current = AccessToken.of(answer.get("access_token").asText());
                long expiresIn = answer.hasNonNull("expires_in_sec")
                        ? answer.get("expires_in_sec").asLong()
                        : answer.path("expires_in").asLong(3600);
                Instant expiresAt = clock.instant().plusSeconds(expiresIn);
                renewAt = expiresAt.minus(RENEW_BEFORE_EXPIRY);
                apiDomain = answer.hasNonNull("api_domain")
                        ? URI.create(answer.get("api_domain").asText())
                        : null;
                scope = answer.path("scope").isTextual()
                        ? Optional.of(answer.get("scope").asText())
                        : Optional.empty();
                refreshes++;
                cache.ifPresent(c -> keep(
                        c,
                        new TokenCache.Entry(
                                answer.get("access_token").asText(),
                                expiresAt,
                                Optional.ofNullable(apiDomain),
                                scope)));
                return;
            }
            String error = answer.path("error").asText("no access_token in the answer");
            if ("Access Denied".equals(error) && attempt < THROTTLE_RETRIES) {
                waiting.pause(
                        Duration.ofSeconds(5L << attempt),
                        "Zoho's accounts server throttles " + refreshToken.variable()
                                + " (at most ten access tokens in ten minutes), attempt " + (attempt + 1) + " of "
                                + THROTTLE_RETRIES);
                continue;
            }
            throw new OAuthException(
                    "Zoho's accounts server at " + tokenEndpoint + " refused to issue an access token from "
                            + refreshToken.variable() + " for client " + clientId + ": " + error + hint(error));
        }
    }

    /** A cache that cannot be written costs the next run a refresh, never this run its token. */
    private void keep(TokenCache cache, TokenCache.Entry entry) {
        try {
            cache.write(cacheKey(), entry);
        } catch (java.io.UncheckedIOException e) {
            waiting.line("The access token of " + refreshToken.variable() + " is not kept for the next run: "
                    + e.getMessage() + " (" + e.getCause().getClass().getSimpleName() + ")");
        }
    }

    private static String hint(String error) {
        return switch (error) {
            case "invalid_client" ->
                " (wrong ZOHO_CLIENT_ID or ZOHO_CLIENT_SECRET, or the client belongs to another data centre: check ZOHO_DC)";
            case "invalid_code" ->
                " (the refresh token is unknown, revoked or of another client: generate a new one with this client)";
            case "Access Denied" -> " (throttled: at most ten access tokens per refresh token in ten minutes)";
            default -> "";
        };
    }

    private JsonNode post() {
        String form = "grant_type=refresh_token&client_id=" + encode(clientId) + "&client_secret="
                + encode(clientSecret.reveal()) + "&refresh_token=" + encode(refreshToken.reveal());
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            try {
                return MAPPER.readTree(response.body());
            } catch (IOException notJson) {
                throw new OAuthException("Zoho's accounts server at " + tokenEndpoint + " answered HTTP "
                        + response.statusCode() + " without JSON");
            }
        } catch (IOException e) {
            throw OAuthException.unreachable(
                    "cannot reach Zoho's accounts server at " + tokenEndpoint + ": " + NoAnswer.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OAuthException("interrupted while asking " + tokenEndpoint + " for an access token");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "RefreshTokenGrant[" + refreshToken.variable() + " via " + tokenEndpoint + "]";
    }
}
