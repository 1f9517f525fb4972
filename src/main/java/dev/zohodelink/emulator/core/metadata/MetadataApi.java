package dev.zohodelink.emulator.core.metadata;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Relation;
import dev.zohodelink.contract.SupportedRelations;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.EmulatorResponse;
import dev.zohodelink.emulator.core.Rejection;
import dev.zohodelink.emulator.core.User;
import dev.zohodelink.emulator.core.codecs.Json;
import dev.zohodelink.emulator.core.oauth.AccessGrant;
import dev.zohodelink.emulator.core.oauth.Identity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The metadata official SDKs read before record calls (docs/evidence.md §4, §8.2): {@code GET settings/related_lists?module=},
 * {@code GET settings/fields?module=}, {@code GET users?type=CurrentUser} and {@code GET org}. Only the keys the
 * SDKs read, and a few around them, are served; ids are stable numbers derived from the module and field.
 */
public final class MetadataApi {

    private static final List<String> RELATED_LISTS = List.of("settings", "related_lists");
    private static final List<String> FIELDS = List.of("settings", "fields");
    private static final List<String> USERS = List.of("users");
    private static final List<String> ORG = List.of("org");

    private final Identity identity;

    public MetadataApi(Identity identity) {
        this.identity = identity;
    }

    /** @param resource the decoded path segments after the version */
    public static boolean serves(List<String> resource) {
        return resource.equals(RELATED_LISTS)
                || resource.equals(FIELDS)
                || resource.equals(USERS)
                || resource.equals(ORG);
    }

    public EmulatorResponse handle(
            ApiVersion version, List<String> resource, AccessGrant caller, Map<String, String> query) {
        if (resource.equals(RELATED_LISTS)) {
            MetadataScopes.RELATED_LISTS.require(caller.scopes());
            return EmulatorResponse.json(
                    200, Map.of("related_lists", relatedLists(version, moduleParameter(version, query))));
        }
        if (resource.equals(FIELDS)) {
            MetadataScopes.FIELDS.require(caller.scopes());
            return EmulatorResponse.json(200, Map.of("fields", ModuleFields.of(moduleParameter(version, query))));
        }
        if (resource.equals(USERS)) {
            MetadataScopes.USERS.require(caller.scopes());
            return users(caller, query.get("type"));
        }
        MetadataScopes.ORG.require(caller.scopes());
        return EmulatorResponse.json(200, Map.of("org", List.of(orgJson())));
    }

    /** The {@code module} parameter: missing is REQUIRED_PARAM_MISSING, unknown is INVALID_MODULE (both details assumed). */
    private static Module moduleParameter(ApiVersion version, Map<String, String> query) {
        String name = query.get("module");
        if (name == null || name.isBlank()) {
            throw new Rejection(ZohoError.REQUIRED_PARAM_MISSING, Map.of("param_name", "module"));
        }
        return Module.fromUrlName(version, name.strip())
                .orElseThrow(() -> new Rejection(ZohoError.INVALID_MODULE, Map.of("param_name", "module")));
    }

    /** The related lists of the relations the emulator serves with this module as the parent. */
    private static List<Map<String, Object>> relatedLists(ApiVersion version, Module parent) {
        List<Map<String, Object>> lists = new ArrayList<>();
        for (Relation relation : SupportedRelations.forVersion(version)) {
            if (relation.parent() != parent) {
                continue;
            }
            Module related = relation.related();
            Map<String, Object> list = new LinkedHashMap<>();
            list.put("id", MetadataIds.relatedList(parent, related));
            list.put("sequence_number", Integer.toString(lists.size() + 1));
            list.put("display_label", MetadataIds.displayLabel(related));
            list.put("api_name", relation.relatedListName());
            list.put("module", relatedModule(version, related));
            list.put("name", relation.relatedListName());
            list.put("action", null);
            list.put("href", parent.urlName() + "/{ENTITYID}/" + relation.relatedListName());
            list.put("type", "default");
            list.put("connectedmodule", null);
            list.put("linkingmodule", null);
            list.put("status", "visible");
            lists.add(list);
        }
        return lists;
    }

    /**
     * v2.1 names the related module as a plain string (its API name), as Zoho's v2 and v2.1 related-list pages
     * document ("module: string") and the 2.1 SDKs type it; from v3 on it is {@code {"api_name","id"}}. A 2.1 SDK
     * given the object asks for {@code settings/fields?module=[object Object]} (docs/sdk-shapes.md).
     */
    private static Object relatedModule(ApiVersion version, Module related) {
        if (version == ApiVersion.V2_1) {
            return related.urlName();
        }
        return Json.object("api_name", related.urlName(), "id", MetadataIds.module(related));
    }

    /**
     * {@code type=CurrentUser} is the caller; {@code AllUsers}, {@code ActiveUsers} or none is every user; any other
     * type is UNABLE_TO_PARSE_DATA_TYPE (assumed).
     */
    private EmulatorResponse users(AccessGrant caller, String type) {
        List<User> users;
        if ("CurrentUser".equals(type)) {
            users = List.of(caller.user());
        } else if (type == null || type.equals("AllUsers") || type.equals("ActiveUsers")) {
            users = identity.users();
        } else {
            throw new Rejection(ZohoError.UNABLE_TO_PARSE_DATA_TYPE);
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("per_page", 200);
        info.put("count", users.size());
        info.put("page", 1);
        info.put("more_records", false);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("users", users.stream().map(this::userJson).toList());
        body.put("info", info);
        return EmulatorResponse.json(200, body);
    }

    private Map<String, Object> userJson(User user) {
        boolean administrator = user.equals(identity.administrator());
        int space = user.name().indexOf(' ');
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", user.id());
        json.put("full_name", user.name());
        json.put("first_name", space < 0 ? "" : user.name().substring(0, space));
        json.put("last_name", space < 0 ? user.name() : user.name().substring(space + 1));
        json.put("email", emailOf(user));
        json.put(
                "role",
                Json.object(
                        "name",
                        administrator ? "CEO" : "Manager",
                        "id",
                        Long.toString(MetadataIds.ROLE_BASE + (administrator ? 1 : 2))));
        json.put(
                "profile",
                Json.object(
                        "name",
                        administrator ? "Administrator" : "Standard",
                        "id",
                        Long.toString(MetadataIds.PROFILE_BASE + (administrator ? 1 : 2))));
        json.put("status", "active");
        json.put("confirm", true);
        json.put("time_zone", "UTC");
        return json;
    }

    private Map<String, Object> orgJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", MetadataIds.ORG);
        json.put("company_name", "Zoho CRM Emulator");
        json.put("domain_name", "org" + MetadataIds.ORG);
        json.put("primary_email", emailOf(identity.administrator()));
        json.put("primary_zuid", identity.administrator().id());
        json.put("zgid", MetadataIds.ORG);
        json.put("time_zone", "UTC");
        json.put("country_code", "US");
        json.put("iso_code", "USD");
        json.put("currency", "US Dollar");
        json.put("currency_symbol", "$");
        json.put("type", "production");
        json.put("mc_status", false);
        return json;
    }

    /** Users carry no e-mail address in the emulator; this one is derived from the id and cannot reach anyone. */
    public static String emailOf(User user) {
        String local = user.name()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", ".")
                .replaceAll("^\\.|\\.$", "");
        return (local.isEmpty() ? "user" : local) + "." + user.id() + "@emulator.invalid";
    }
}
