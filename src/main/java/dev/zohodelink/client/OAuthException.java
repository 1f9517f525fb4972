package dev.zohodelink.client;

/** Zoho's accounts server refused to issue an access token. The message names the variable, never a secret. */
public final class OAuthException extends RuntimeException {

    public OAuthException(String message) {
        super(message, null, false, false);
    }
}
