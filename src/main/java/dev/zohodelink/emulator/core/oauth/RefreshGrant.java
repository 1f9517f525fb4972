package dev.zohodelink.emulator.core.oauth;

import dev.zohodelink.emulator.core.User;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What a refresh token stands for, and when it issued its recent access tokens (guarded by the lock of its
 * {@link Identity}). The token itself is the key it is stored under and is not part of it.
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
