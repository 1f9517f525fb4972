package dev.zohodelink.emulator.core.oauth;

import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.EmulatorRequest;
import dev.zohodelink.emulator.core.EmulatorResponse;
import dev.zohodelink.emulator.core.Rejection;
import dev.zohodelink.emulator.core.codecs.FormParameters;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Zoho's accounts server, the part the refresh-token grant uses: {@code POST /oauth/v2/token} with
 * {@code grant_type=refresh_token, client_id, client_secret, refresh_token} (docs/evidence.md §5). The parameters may
 * come as query parameters (Zoho's docs), an url-encoded body (Java SDK) or a multipart body (Node SDK); when a
 * parameter comes both ways, the query wins.
 *
 * <p>Errors are answered as Zoho's accounts server answers them: HTTP 200 with {@code {"error":"..."}}, except the
 * throttle, HTTP 400. Checks run in this order (not documented): grant type, parameters present, client, refresh
 * token, throttle.
 */
public final class TokenEndpoint {

    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofSeconds(3600);
    /** "Using a refresh token, your app can create up to ten access tokens in a span of ten minutes" (accounts docs). */
    static final int MAX_TOKENS_PER_WINDOW = 10;

    static final Duration THROTTLE_WINDOW = Duration.ofMinutes(10);
    static final String THROTTLED_DESCRIPTION =
            "You have made too many requests continuously. Please try again after some time.";

    /** A Host header the answer can safely name as {@code api_domain}: a host name or address and an optional port. */
    private static final Pattern HOST =
            Pattern.compile("(?:[A-Za-z0-9._-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\])(?::[0-9]{1,5})?");
    /** Without a usable Host header (HTTP/1.0, a direct call of the core) the api_domain is loopback (assumed). */
    private static final String FALLBACK_HOST = "127.0.0.1";

    private final Identity identity;

    public TokenEndpoint(Identity identity) {
        this.identity = identity;
    }

    public EmulatorResponse handle(EmulatorRequest request) {
        if (!request.method().equals("POST")) {
            throw new Rejection(ZohoError.INVALID_REQUEST_METHOD);
        }
        Optional<Map<String, String>> parameters = parameters(request);
        if (parameters.isEmpty()) {
            return error("invalid_request"); // assumed: an undecodable query or body is not documented
        }
        Map<String, String> p = parameters.get();
        if (!"refresh_token".equals(p.get("grant_type"))) {
            // assumed: the answer to a missing or other grant type is not documented; OAuth 2.0 names this error
            return error("unsupported_grant_type");
        }
        String clientId = p.get("client_id");
        String clientSecret = p.get("client_secret");
        String refreshToken = p.get("refresh_token");
        if (isBlank(clientId) || isBlank(clientSecret) || isBlank(refreshToken)) {
            // assumed: the answer to a missing parameter is not documented; OAuth 2.0 names this error
            return error("invalid_request");
        }
        return identity.atomically(() -> {
            if (!identity.authenticatesClient(clientId, clientSecret)) {
                return error("invalid_client");
            }
            // a refresh token of another client is unknown to this one (assumed)
            Optional<RefreshGrant> grant = identity.refreshGrant(clientId, refreshToken);
            if (grant.isEmpty()) {
                return error("invalid_code");
            }
            return identity.issueFromRefreshToken(
                            grant.get(), ACCESS_TOKEN_LIFETIME, MAX_TOKENS_PER_WINDOW, THROTTLE_WINDOW)
                    .map(token -> issued(token, grant.get(), request))
                    .orElseGet(TokenEndpoint::throttled);
        });
    }

    private static Optional<Map<String, String>> parameters(EmulatorRequest request) {
        Optional<Map<String, String>> query = request.queryParameters();
        Optional<Map<String, String>> body = FormParameters.fromBody(request);
        if (query.isEmpty() || body.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> merged = new LinkedHashMap<>(query.get());
        body.get().forEach(merged::putIfAbsent);
        return Optional.of(merged);
    }

    private static EmulatorResponse issued(String token, RefreshGrant grant, EmulatorRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token);
        body.put("expires_in", ACCESS_TOKEN_LIFETIME.toSeconds());
        body.put("api_domain", "http://" + host(request));
        body.put("token_type", "Bearer");
        body.put("scope", String.join(" ", grant.scopes()));
        return EmulatorResponse.json(200, body);
    }

    private static String host(EmulatorRequest request) {
        return request.header("Host")
                .map(String::strip)
                .filter(h -> HOST.matcher(h).matches())
                .orElse(FALLBACK_HOST);
    }

    private static EmulatorResponse throttled() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error_description", THROTTLED_DESCRIPTION);
        body.put("error", "Access Denied");
        body.put("status", "failure");
        return EmulatorResponse.json(400, body);
    }

    private static EmulatorResponse error(String error) {
        return EmulatorResponse.json(200, Map.of("error", error));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
