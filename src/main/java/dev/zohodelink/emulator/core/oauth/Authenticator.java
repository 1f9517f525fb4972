package dev.zohodelink.emulator.core.oauth;

import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.EmulatorRequest;
import dev.zohodelink.emulator.core.Rejection;
import java.util.Locale;

/** Checks {@code Authorization: Zoho-oauthtoken <token>}: missing is AUTHENTICATION_FAILURE, unknown or expired is INVALID_TOKEN. */
public final class Authenticator {

    private static final String SCHEME = "zoho-oauthtoken ";

    private final Identity identity;

    public Authenticator(Identity identity) {
        this.identity = identity;
    }

    public AccessGrant authenticate(EmulatorRequest request) {
        String header = request.header("Authorization").map(String::strip).orElse("");
        if (header.isEmpty()) {
            throw new Rejection(ZohoError.AUTHENTICATION_FAILURE);
        }
        if (!header.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            throw new Rejection(ZohoError.INVALID_TOKEN);
        }
        String token = header.substring(SCHEME.length()).strip();
        return identity.grant(token)
                .filter(grant -> !grant.isExpiredAt(identity.clock().instant()))
                .orElseThrow(() -> new Rejection(ZohoError.INVALID_TOKEN));
    }
}
