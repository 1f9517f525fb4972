package dev.zohodelink.support;

import dev.zohodelink.client.AccessToken;
import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.client.ZohoCrmApi;
import dev.zohodelink.contract.Limits;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Relation;
import dev.zohodelink.contract.SupportedRelations;
import dev.zohodelink.live.FixtureLedger;
import dev.zohodelink.live.RunMarker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts an org in a known state and observes it, through Zoho's public API only, as the administrator.
 * Batches to the documented per-call limits so a scenario costs as few calls as possible.
 */
public final class OrgFixtures {

    private final ZohoCrmApi api;
    private final AccessToken administrator;
    private final RunMarker marker;
    private final FixtureLedger ledger;

    public OrgFixtures(ZohoCrmApi api, AccessToken administrator, RunMarker marker, FixtureLedger ledger) {
        this.api = api;
        this.administrator = administrator;
        this.marker = marker;
        this.ledger = ledger;
    }

    /** Creates one record per alias, returning their ids in alias order. */
    public List<String> create(Module module, List<String> aliases) {
        List<String> ids = new ArrayList<>();
        for (List<String> batch : batches(aliases, Limits.MAX_RECORDS_PER_INSERT)) {
            List<Map<String, Object>> records = batch.stream().map(alias -> recordNamed(module, alias)).toList();
            ApiResponse response = api.insert(module, records, administrator);
            require(response, response.status() == 201 && response.items().size() == batch.size(), "insert " + batch.size() + " " + module.plural());
            response.items().forEach(item -> {
                ids.add(item.detailsId());
                ledger.created(module, item.detailsId());
            });
        }
        return ids;
    }

    public void link(RecordRef parent, Module related, List<String> relatedIds) {
        Map<String, Object> linkFields = SupportedRelations.find(api.version(), parent.module(), related).map(Relation::linkFields).orElse(Map.of());
        for (List<String> batch : batches(relatedIds, Limits.MAX_RECORDS_PER_LINK)) {
            List<Map<String, Object>> relations = batch.stream().map(id -> {
                Map<String, Object> relation = new LinkedHashMap<>(linkFields);
                relation.put("id", id);
                return (Map<String, Object>) relation;
            }).toList();
            ApiResponse response = api.link(parent.module(), parent.id(), related, relations, administrator);
            require(response, response.status() == 200, "link " + batch.size() + " " + related.plural() + " to " + parent.label());
        }
    }

    /** The ids of the related module's records linked to the parent, read through Get Related Records. */
    public List<String> relatedIds(RecordRef parent, Module related) {
        List<String> ids = new ArrayList<>();
        for (int page = 1; ; page++) {
            ApiResponse response = api.relatedRecords(parent.module(), parent.id(), related, page, administrator);
            if (response.status() == 204) {
                return ids;
            }
            require(response, response.status() == 200, "read the " + related.plural() + " of " + parent.label());
            ids.addAll(response.dataIds());
            if (!response.hasMoreRecords()) {
                return ids;
            }
        }
    }

    public boolean exists(RecordRef record) {
        ApiResponse response = api.record(record.module(), record.id(), administrator);
        return response.status() == 200 && response.dataIds().equals(List.of(record.id()));
    }

    public void delete(RecordRef record) {
        ApiResponse response = api.deleteRecords(record.module(), List.of(record.id()), administrator);
        require(response, response.status() == 200, "delete " + record.label());
        ledger.deleted(record.module(), record.id());
    }

    private Map<String, Object> recordNamed(Module module, String alias) {
        Map<String, Object> record = new LinkedHashMap<>(module.fixtureFields());
        record.put(module.nameField(), marker.recordName(module.singular() + " " + alias));
        return record;
    }

    private static void require(ApiResponse response, boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("fixture step failed: could not " + what + ": " + response.summary() + " " + response.body());
        }
    }

    private static <T> List<List<T>> batches(List<T> all, int size) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            batches.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return batches;
    }
}
