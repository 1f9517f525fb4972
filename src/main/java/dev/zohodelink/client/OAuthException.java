package dev.zohodelink.client;

/** Zoho's accounts server refused to issue an access token. The message names the variable, never a secret. */
public final class OAuthException extends RuntimeException {

    private final boolean unreachable;

    public OAuthException(String message) {
        this(message, false);
    }

    private OAuthException(String message, boolean unreachable) {
        super(message, null, false, false);
        this.unreachable = unreachable;
    }

    /** The accounts server gave no answer at all: a wrong URL, port or scheme rather than a refused grant. */
    static OAuthException unreachable(String message) {
        return new OAuthException(message, true);
    }

    public boolean unreachable() {
        return unreachable;
    }
}
