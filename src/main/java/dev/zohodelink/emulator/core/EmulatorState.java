package dev.zohodelink.emulator.core;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What one emulator holds at a moment: counts of its data and identities, its profile, and the requests that ended
 * in an unplanned exception (always zero unless the emulator has a bug). Bound to JSON as {@code GET
 * /__emulator/state} answers it: snake case, the profile after the counts; a client reads past a count it does not know.
 *
 * @param tokenRefreshes access tokens the token endpoint issued for refresh tokens
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({
    "records",
    "relations",
    "users",
    "tokens",
    "oauth_clients",
    "refresh_tokens",
    "token_refreshes",
    "profile",
    "unexpected_failures"
})
public record EmulatorState(
        String profile,
        int records,
        int relations,
        int users,
        @JsonProperty("tokens") int accessTokens,
        int oauthClients,
        int refreshTokens,
        int tokenRefreshes,
        long unexpectedFailures) {}
