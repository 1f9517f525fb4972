package dev.zohodelink.client;

import java.util.Optional;

/** An OAuth access token, or the deliberate absence of one. Never printed: {@link #toString()} is redacted. */
public final class AccessToken {

    private static final AccessToken NONE = new AccessToken(null);

    private final String value;

    private AccessToken(String value) {
        this.value = value;
    }

    public static AccessToken of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an access token cannot be blank");
        }
        return new AccessToken(value.strip());
    }

    public static AccessToken none() {
        return NONE;
    }

    /** The header value {@code Zoho-oauthtoken <token>}, empty for {@link #none()}. */
    public Optional<String> authorizationHeader() {
        return value == null ? Optional.empty() : Optional.of("Zoho-oauthtoken " + value);
    }

    /** The raw value, for secret scanning and redaction only. */
    public Optional<String> secretValue() {
        return Optional.ofNullable(value);
    }

    @Override
    public String toString() {
        return value == null ? "AccessToken[none]" : "AccessToken[redacted]";
    }
}
