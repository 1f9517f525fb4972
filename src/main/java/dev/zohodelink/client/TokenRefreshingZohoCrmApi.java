package dev.zohodelink.client;

import dev.zohodelink.contract.ZohoError;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Retries a call once with a renewed token when Zoho answers INVALID_TOKEN for a token one of the grants issued.
 * Tokens a scenario presents on purpose (none, unknown) are not the grants', so their rejection stands.
 */
public final class TokenRefreshingZohoCrmApi implements ZohoCrmApi {

    private final ZohoCrmApi delegate;
    private final Collection<RefreshTokenGrant> grants;

    public TokenRefreshingZohoCrmApi(ZohoCrmApi delegate, Collection<RefreshTokenGrant> grants) {
        this.delegate = delegate;
        this.grants = List.copyOf(grants);
    }

    @Override
    public ApiResponse exchange(ApiRequest request) {
        ApiResponse response = delegate.exchange(request);
        if (response.status() != ZohoError.INVALID_TOKEN.httpStatus()
                || !response.code().equals(Optional.of(ZohoError.INVALID_TOKEN.code()))) {
            return response;
        }
        Optional<RefreshTokenGrant> issuer =
                grants.stream().filter(grant -> grant.issued(request.token())).findFirst();
        return issuer.map(grant -> delegate.exchange(request.withToken(grant.renewAfterRejection(request.token()))))
                .orElse(response);
    }
}
