package dev.zohodelink.client;

import dev.zohodelink.contract.ZohoError;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Retries a call once with a renewed token when Zoho answers INVALID_TOKEN for a token one of the grants issued.
 * Tokens a scenario presents on purpose (none, unknown) are not the grants', so their rejection stands and is
 * recorded. A rejection this class retries is one no scenario sees: it leaves the recording (its
 * {@link RecordingMarks}) and stays in the report's log; like a retry of {@link GovernedZohoCrmApi}, it is counted as
 * a retry, and the governed client under it counts both attempts as calls with their credits.
 */
public final class TokenRefreshingZohoCrmApi implements ZohoCrmApi {

    private final ZohoCrmApi delegate;
    private final Collection<RefreshTokenGrant> grants;
    private final ApiUsage usage;
    private final RecordingMarks marks;

    /** @param usage where the retry is counted: the usage the governed client under it counts the calls in */
    public TokenRefreshingZohoCrmApi(
            ZohoCrmApi delegate, Collection<RefreshTokenGrant> grants, ApiUsage usage, RecordingMarks marks) {
        this.delegate = delegate;
        this.grants = List.copyOf(grants);
        this.usage = usage;
        this.marks = marks;
    }

    @Override
    public ApiResponse exchange(ApiRequest request) {
        int mark = marks.mark();
        ApiResponse response = delegate.exchange(request);
        if (response.status() != ZohoError.INVALID_TOKEN.httpStatus()
                || !response.code().equals(Optional.of(ZohoError.INVALID_TOKEN.code()))) {
            return response;
        }
        Optional<RefreshTokenGrant> issuer =
                grants.stream().filter(grant -> grant.issued(request.token())).findFirst();
        if (issuer.isEmpty()) {
            return response;
        }
        AccessToken renewed = issuer.get().renewAfterRejection(request.token());
        marks.leaveOutOfRecordingFrom(mark, "INVALID_TOKEN for a token the run renewed, made again with the new one");
        usage.retry();
        return delegate.exchange(request.withToken(renewed));
    }
}
