package dev.zohodelink.client;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.Module;
import java.util.List;
import java.util.Map;

/**
 * The calls of Zoho CRM's REST API that the conformance suite makes, in domain terms. One implementation
 * speaks HTTP; the same calls reach the emulator and a real org.
 */
public interface ZohoCrmApi {

    ApiVersion version();

    /** Insert Records: {@code POST /crm/{v}/{module}} with up to 100 records. */
    ApiResponse insert(Module module, List<Map<String, Object>> records, AccessToken token);

    /** Update Related Records, which links: {@code PUT /crm/{v}/{parent}/{id}/{related_list}} with up to 100 ids. */
    ApiResponse link(Module parent, String parentId, Module related, List<Map<String, Object>> relatedRecords, AccessToken token);

    /** Get Related Records, one page: {@code GET /crm/{v}/{parent}/{id}/{related_list}?fields=id&page=n}; 204 when none. */
    ApiResponse relatedRecords(Module parent, String parentId, Module related, int page, AccessToken token);

    /** Get a record: {@code GET /crm/{v}/{module}/{id}}. */
    ApiResponse record(Module module, String id, AccessToken token);

    /** Delete Records: {@code DELETE /crm/{v}/{module}?ids=...} with up to 100 ids. */
    ApiResponse deleteRecords(Module module, List<String> ids, AccessToken token);

    /** Search Records, one page: {@code GET /crm/{v}/{module}/search?criteria=(Field:starts_with:value)}; 204 when none. */
    ApiResponse search(Module module, String criteria, int page, AccessToken token);

    /** Fields metadata: {@code GET /crm/{v}/settings/fields?module={module}}; INVALID_MODULE where the org lacks the module. */
    ApiResponse fields(Module module, AccessToken token);

    /** The token's user: {@code GET /crm/{v}/users?type=CurrentUser}. */
    ApiResponse currentUser(AccessToken token);

    /** Delink Related Records, as the request says. */
    ApiResponse delink(DelinkRequest request, AccessToken token);
}
