package dev.zohodelink.emulator.core.oauth;

import dev.zohodelink.emulator.core.User;
import java.time.Instant;
import java.util.Set;

/** What an access token stands for: a user, the scopes the OAuth client was granted, and an expiry. */
public record AccessGrant(User user, Set<String> scopes, Instant expiresAt) {

    public AccessGrant {
        scopes = Set.copyOf(scopes);
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "AccessGrant[user=" + user.id() + ", scopes=" + scopes + "]";
    }
}
