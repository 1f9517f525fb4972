package dev.zohodelink.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One call of Zoho CRM's REST API, as it goes on the wire below {@code /crm/{version}/}.
 *
 * @param endpoint     which of Zoho's documented calls this is
 * @param pathSegments the path after the version, before URL encoding
 * @param query        the query parameters in order, each value exactly as it goes on the wire
 * @param data         the records of a JSON body {@code {"data": [...]}}, or empty for a call without a body
 * @param token        the caller's token
 */
public record ApiRequest(
        Endpoint endpoint,
        String method,
        List<String> pathSegments,
        List<QueryParameter> query,
        Optional<List<Map<String, Object>>> data,
        AccessToken token) {

    public ApiRequest {
        pathSegments = List.copyOf(pathSegments);
        query = List.copyOf(query);
    }

    /** A query parameter whose value is already encoded: it goes on the wire exactly as given. */
    public record QueryParameter(String name, String wireValue) {}

    /** The documented calls this suite makes. */
    public enum Endpoint {
        INSERT_RECORDS,
        UPDATE_RELATED_RECORDS,
        GET_RELATED_RECORDS,
        GET_RECORD,
        DELETE_RECORDS,
        SEARCH_RECORDS,
        FIELDS_METADATA,
        CURRENT_USER,
        DELINK_RELATED_RECORDS
    }

    public ApiRequest withToken(AccessToken otherToken) {
        return new ApiRequest(endpoint, method, pathSegments, query, data, otherToken);
    }

    /**
     * What Zoho charges for the call: a credit per ten records of its body, at least one. Zoho's credit table
     * documents that rate for Insert, Update and Upsert Records and 1 credit for "all other APIs"; counting Update
     * Related Records (a link) as an update is inferred (docs/evidence.md, "Credits").
     */
    public long credits() {
        return ApiUsage.creditsFor(data.map(List::size).orElse(0));
    }
}
