package dev.zohodelink.client;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.ZohoError;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
    public ApiVersion version() {
        return delegate.version();
    }

    @Override
    public ApiResponse insert(Module module, List<Map<String, Object>> records, AccessToken token) {
        return withRenewal(token, t -> delegate.insert(module, records, t));
    }

    @Override
    public ApiResponse link(Module parent, String parentId, Module related, List<Map<String, Object>> relatedRecords, AccessToken token) {
        return withRenewal(token, t -> delegate.link(parent, parentId, related, relatedRecords, t));
    }

    @Override
    public ApiResponse relatedRecords(Module parent, String parentId, Module related, int page, AccessToken token) {
        return withRenewal(token, t -> delegate.relatedRecords(parent, parentId, related, page, t));
    }

    @Override
    public ApiResponse record(Module module, String id, AccessToken token) {
        return withRenewal(token, t -> delegate.record(module, id, t));
    }

    @Override
    public ApiResponse deleteRecords(Module module, List<String> ids, AccessToken token) {
        return withRenewal(token, t -> delegate.deleteRecords(module, ids, t));
    }

    @Override
    public ApiResponse search(Module module, String criteria, int page, AccessToken token) {
        return withRenewal(token, t -> delegate.search(module, criteria, page, t));
    }

    @Override
    public ApiResponse fields(Module module, AccessToken token) {
        return withRenewal(token, t -> delegate.fields(module, t));
    }

    @Override
    public ApiResponse currentUser(AccessToken token) {
        return withRenewal(token, t -> delegate.currentUser(t));
    }

    @Override
    public ApiResponse delink(DelinkRequest request, AccessToken token) {
        return withRenewal(token, t -> delegate.delink(request, t));
    }

    private ApiResponse withRenewal(AccessToken token, Function<AccessToken, ApiResponse> call) {
        ApiResponse response = call.apply(token);
        if (response.status() != ZohoError.INVALID_TOKEN.httpStatus() || !response.code().equals(Optional.of(ZohoError.INVALID_TOKEN.code()))) {
            return response;
        }
        Optional<RefreshTokenGrant> issuer = grants.stream().filter(grant -> grant.issued(token)).findFirst();
        return issuer.map(grant -> call.apply(grant.renewAfterRejection(token))).orElse(response);
    }
}
