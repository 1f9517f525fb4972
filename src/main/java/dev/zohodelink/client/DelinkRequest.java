package dev.zohodelink.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One call to Delink Related Records, in either URL form, including the malformed ones a conformance suite sends
 * on purpose (another method, an extra path segment, a raw {@code ids} text).
 *
 * @param pathSegments {@code module, record_id, related_list[, related_record_id]} before URL encoding
 * @param idsParameter the raw {@code ids} value, or empty to send no {@code ids} parameter
 * @param idsEncoding  how the {@code ids} query is written on the wire
 */
public record DelinkRequest(
        String method,
        List<String> pathSegments,
        Optional<String> idsParameter,
        int listedIds,
        IdsEncoding idsEncoding) {

    public DelinkRequest {
        pathSegments = List.copyOf(pathSegments);
    }

    public DelinkRequest(String method, List<String> pathSegments, Optional<String> idsParameter, int listedIds) {
        this(method, pathSegments, idsParameter, listedIds, IdsEncoding.LITERAL_COMMAS);
    }

    /** {@code DELETE /{module}/{record_id}/{related_list}/{related_record_id}} */
    public static DelinkRequest single(String module, String recordId, String relatedList, String relatedId) {
        return new DelinkRequest("DELETE", List.of(module, recordId, relatedList, relatedId), Optional.empty(), 1);
    }

    /** {@code DELETE /{module}/{record_id}/{related_list}?ids=a,b,c} */
    public static DelinkRequest bulk(String module, String recordId, String relatedList, List<String> ids) {
        return new DelinkRequest(
                "DELETE", List.of(module, recordId, relatedList), Optional.of(String.join(",", ids)), ids.size());
    }

    public DelinkRequest withMethod(String otherMethod) {
        return new DelinkRequest(otherMethod, pathSegments, idsParameter, listedIds, idsEncoding);
    }

    public DelinkRequest withIdsParameter(String rawIds, int listed) {
        return new DelinkRequest(method, pathSegments, Optional.of(rawIds), listed, idsEncoding);
    }

    /** The same call with its ids written as {@code encoding} says, as one of Zoho's SDKs would send it. */
    public DelinkRequest encodedAs(IdsEncoding encoding) {
        return new DelinkRequest(method, pathSegments, idsParameter, listedIds, encoding);
    }

    public DelinkRequest withoutIdsParameter() {
        return new DelinkRequest(method, pathSegments, Optional.empty(), 0, idsEncoding);
    }

    public DelinkRequest withExtraSegment(String segment) {
        List<String> longer = new ArrayList<>(pathSegments);
        longer.add(segment);
        return new DelinkRequest(method, longer, idsParameter, listedIds, idsEncoding);
    }

    public boolean isBulkForm() {
        return pathSegments.size() == 3;
    }
}
