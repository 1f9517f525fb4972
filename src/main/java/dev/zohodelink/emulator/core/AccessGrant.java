package dev.zohodelink.emulator.core;

import java.time.Instant;
import java.util.Set;

/** What an access token stands for: a user, the scopes the OAuth client was granted, and an expiry. */
record AccessGrant(User user, Set<String> scopes, Instant expiresAt) {

    AccessGrant {
        scopes = Set.copyOf(scopes);
    }

    boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "AccessGrant[user=" + user.id() + ", scopes=" + scopes + "]";
    }
}
