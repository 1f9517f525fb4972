package dev.zohodelink.client;

import dev.zohodelink.client.ApiRequest.Endpoint;
import dev.zohodelink.client.ApiRequest.QueryParameter;
import dev.zohodelink.contract.Module;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The calls of Zoho CRM's REST API that the conformance suite makes, in domain terms, all made through one
 * {@link #exchange}. One implementation speaks HTTP; the same calls reach the emulator and a real org. Decorators
 * and fakes implement {@link #exchange} alone.
 */
public interface ZohoCrmApi {

    /** Sends the request and answers Zoho's response. */
    ApiResponse exchange(ApiRequest request);

    /** Insert Records: {@code POST /crm/{v}/{module}} with up to 100 records. */
    default ApiResponse insert(Module module, List<Map<String, Object>> records, AccessToken token) {
        return exchange(new ApiRequest(
                Endpoint.INSERT_RECORDS, "POST", List.of(module.urlName()), List.of(), Optional.of(records), token));
    }

    /** Update Related Records, which links: {@code PUT /crm/{v}/{parent}/{id}/{related_list}} with up to 100 ids. */
    default ApiResponse link(
            Module parent,
            String parentId,
            Module related,
            List<Map<String, Object>> relatedRecords,
            AccessToken token) {
        return exchange(new ApiRequest(
                Endpoint.UPDATE_RELATED_RECORDS,
                "PUT",
                List.of(parent.urlName(), parentId, related.urlName()),
                List.of(),
                Optional.of(relatedRecords),
                token));
    }

    /** Get Related Records, one page: {@code GET /crm/{v}/{parent}/{id}/{related_list}?fields=id&page=n}; 204 when none. */
    default ApiResponse relatedRecords(Module parent, String parentId, Module related, int page, AccessToken token) {
        return exchange(new ApiRequest(
                Endpoint.GET_RELATED_RECORDS,
                "GET",
                List.of(parent.urlName(), parentId, related.urlName()),
                List.of(
                        new QueryParameter("fields", "id"),
                        new QueryParameter("per_page", "200"),
                        new QueryParameter("page", Integer.toString(page))),
                Optional.empty(),
                token));
    }

    /** Get a record: {@code GET /crm/{v}/{module}/{id}}. */
    default ApiResponse record(Module module, String id, AccessToken token) {
        return exchange(new ApiRequest(
                Endpoint.GET_RECORD, "GET", List.of(module.urlName(), id), List.of(), Optional.empty(), token));
    }

    /** Delete Records: {@code DELETE /crm/{v}/{module}?ids=...} with up to 100 ids. */
    default ApiResponse deleteRecords(Module module, List<String> ids, AccessToken token) {
        return exchange(new ApiRequest(
                Endpoint.DELETE_RECORDS,
                "DELETE",
                List.of(module.urlName()),
                List.of(new QueryParameter("ids", IdsEncoding.LITERAL_COMMAS.value(String.join(",", ids)))),
                Optional.empty(),
                token));
    }

    /** Search Records, one page: {@code GET /crm/{v}/{module}/search?criteria=(Field:starts_with:value)}; 204 when none. */
    default ApiResponse search(Module module, String criteria, int page, AccessToken token) {
        return exchange(new ApiRequest(
                Endpoint.SEARCH_RECORDS,
                "GET",
                List.of(module.urlName(), "search"),
                List.of(
                        new QueryParameter("criteria", URLEncoder.encode(criteria, StandardCharsets.UTF_8)),
                        new QueryParameter("per_page", "200"),
                        new QueryParameter("page", Integer.toString(page))),
                Optional.empty(),
                token));
    }

    /** Fields metadata: {@code GET /crm/{v}/settings/fields?module={module}}; INVALID_MODULE where the org lacks the module. */
    default ApiResponse fields(Module module, AccessToken token) {
        return exchange(new ApiRequest(
                Endpoint.FIELDS_METADATA,
                "GET",
                List.of("settings", "fields"),
                List.of(new QueryParameter("module", URLEncoder.encode(module.urlName(), StandardCharsets.UTF_8))),
                Optional.empty(),
                token));
    }

    /** The token's user: {@code GET /crm/{v}/users?type=CurrentUser}. */
    default ApiResponse currentUser(AccessToken token) {
        return exchange(new ApiRequest(
                Endpoint.CURRENT_USER,
                "GET",
                List.of("users"),
                List.of(new QueryParameter("type", "CurrentUser")),
                Optional.empty(),
                token));
    }

    /** Delink Related Records, as the request says. */
    default ApiResponse delink(DelinkRequest request, AccessToken token) {
        List<QueryParameter> ids = request.idsParameter()
                .map(raw ->
                        List.of(new QueryParameter("ids", request.idsEncoding().value(raw))))
                .orElse(List.of());
        return exchange(new ApiRequest(
                Endpoint.DELINK_RELATED_RECORDS,
                request.method(),
                request.pathSegments(),
                ids,
                Optional.empty(),
                token));
    }
}
