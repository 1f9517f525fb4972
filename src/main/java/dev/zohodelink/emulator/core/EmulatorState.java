package dev.zohodelink.emulator.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one emulator holds at a moment: counts of its data and identities, its profile, and the requests that ended
 * in an unplanned exception (always zero unless the emulator has a bug).
 *
 * @param tokenRefreshes access tokens the token endpoint issued for refresh tokens
 */
public record EmulatorState(
        String profile,
        int records,
        int relations,
        int users,
        int accessTokens,
        int oauthClients,
        int refreshTokens,
        int tokenRefreshes,
        long unexpectedFailures) {

    /** As {@code GET /__emulator/state} answers it. */
    public Map<String, Object> asMap() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("records", records);
        state.put("relations", relations);
        state.put("users", users);
        state.put("tokens", accessTokens);
        state.put("oauth_clients", oauthClients);
        state.put("refresh_tokens", refreshTokens);
        state.put("token_refreshes", tokenRefreshes);
        state.put("profile", profile);
        state.put("unexpected_failures", unexpectedFailures);
        return state;
    }
}
