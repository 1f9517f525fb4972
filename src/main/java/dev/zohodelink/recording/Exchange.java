package dev.zohodelink.recording;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One request and its response, normalised: record ids replaced by the scenario's aliases ({@code <contact A>}),
 * other ids numbered ({@code <id 1>}), times and run markers masked, the API version in the path replaced by
 * {@code {version}}. No header is kept, so no token can be.
 *
 * @param role {@code delink} for the call under test, {@code fixture} for everything that sets up or observes
 * @param query the query string, normalised, or null
 * @param requestBody the request's JSON body, or null
 * @param responseBody the response's JSON body, or null (204, or not JSON)
 */
public record Exchange(
        String role,
        String method,
        String path,
        String query,
        JsonNode requestBody,
        int status,
        JsonNode responseBody) {

    public static final String DELINK = "delink";
    public static final String FIXTURE = "fixture";

    /** "DELETE /crm/{version}/Campaigns/<campaign C>/Contacts?ids=<contact A>" */
    public String label() {
        return method + " " + path + (query == null ? "" : "?" + query);
    }
}
