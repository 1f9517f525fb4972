package dev.zohodelink.targets;

import dev.zohodelink.client.AccessToken;
import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.client.ItemResult;
import dev.zohodelink.client.RecordingMarks;
import dev.zohodelink.client.ZohoCrmApi;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.Limits;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Relation;
import dev.zohodelink.contract.SuccessMessage;
import dev.zohodelink.contract.SupportedRelations;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.fixtures.FieldMetadata;
import dev.zohodelink.fixtures.FieldSpec;
import dev.zohodelink.fixtures.FixtureStepFailed;
import dev.zohodelink.fixtures.FixtureUnavailable;
import dev.zohodelink.fixtures.RecordPlanner;
import dev.zohodelink.live.FixtureLedger;
import dev.zohodelink.live.RunMarker;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opentest4j.TestAbortedException;

/**
 * Puts an org in a known state and observes it, through Zoho's public API only, as the administrator.
 * Batches to the documented per-call limits so a scenario costs as few calls as possible.
 *
 * <p>Records carry every field the org's fields metadata marks mandatory ({@link RecordPlanner}); the records their
 * lookups need (an appointment's service and customer) are created once per scenario, named with the run marker like
 * every fixture, and deleted with them. Where the org cannot hold a record (no such module, a field fixtures cannot
 * fill) the scenario is skipped with the reason: not proven.
 */
public final class OrgFixtures {

    private final ZohoCrmApi api;
    private final ApiVersion version;
    private final AccessToken administrator;
    private final RunMarker marker;
    private final FixtureLedger ledger;
    private final FieldMetadata metadata;
    private final RecordingMarks recording;
    private final RecordPlanner planner = new RecordPlanner(Clock.systemUTC());
    private final Map<Module, RecordPlanner.Reference> lookupTargets = new EnumMap<>(Module.class);
    private final RecordPlanner.Dependencies dependencies = new RecordPlanner.Dependencies() {
        @Override
        public String currentUserId() {
            return metadata.currentUserId(api, administrator);
        }

        @Override
        public RecordPlanner.Reference recordOf(Module module) {
            RecordPlanner.Reference known = lookupTargets.get(module);
            if (known == null) {
                String name = marker.recordName(module.singular() + " for lookups");
                known = new RecordPlanner.Reference(
                        insert(module, List.of(name)).get(0), name);
                lookupTargets.put(module, known);
            }
            return known;
        }
    };

    public OrgFixtures(
            ZohoCrmApi api,
            ApiVersion version,
            AccessToken administrator,
            RunMarker marker,
            FixtureLedger ledger,
            FieldMetadata metadata,
            RecordingMarks recording) {
        this.api = api;
        this.version = version;
        this.administrator = administrator;
        this.marker = marker;
        this.ledger = ledger;
        this.metadata = metadata;
        this.recording = recording;
    }

    /**
     * Creates one record per alias, returning their ids in alias order.
     *
     * @throws TestAbortedException when the org cannot hold such a record, with the reason
     */
    public List<String> create(Module module, List<String> aliases) {
        try {
            return insert(
                    module,
                    aliases.stream()
                            .map(alias -> marker.recordName(module.singular() + " " + alias))
                            .toList());
        } catch (FixtureUnavailable unavailable) {
            throw new TestAbortedException("not proven: " + unavailable.getMessage());
        }
    }

    private List<String> insert(Module module, List<String> names) {
        List<String> ids = new ArrayList<>();
        for (List<String> batch : batches(names, Limits.MAX_RECORDS_PER_INSERT)) {
            ids.addAll(insertBatch(module, batch, true));
        }
        return ids;
    }

    /**
     * Inserts one batch. Where Zoho answers MANDATORY_NOT_FOUND for a field the metadata lists but does not flag (a
     * layout's requirement), the field is filled from then on and the refused records are sent once more. The run
     * keeps what it learnt, so a refusal of the whole batch leaves the recording: whichever scenario runs first makes
     * it, and every scenario records the insert with the field.
     */
    private List<String> insertBatch(Module module, List<String> names, boolean mayLearn) {
        List<FieldSpec> fields = metadata.fields(api, administrator, module);
        List<Map<String, Object>> records = names.stream()
                .map(name -> planner.plan(module, name, fields, dependencies))
                .toList();
        int mark = recording.mark();
        ApiResponse response;
        List<String> ids = new ArrayList<>(Collections.nCopies(names.size(), (String) null));
        List<Integer> refused = new ArrayList<>();
        Set<String> missingFields = new LinkedHashSet<>();
        // the ids enter the ledger before cleanup may start, should the run be stopped meanwhile
        try (FixtureLedger.Insertion insertion = ledger.inserting()) {
            response = api.insert(module, records, administrator);
            if (response.code().equals(Optional.of(ZohoError.INVALID_MODULE.code()))) {
                throw new FixtureUnavailable("this org has no " + module.urlName() + " module: " + response.call()
                        + " answered " + response.summary());
            }
            List<ItemResult> items = response.items();
            require(
                    response,
                    items.size() == names.size() && List.of(201, 207, 400).contains(response.status()),
                    "insert " + names.size() + " " + module.plural());
            for (int i = 0; i < items.size(); i++) {
                ItemResult item = items.get(i);
                if (SuccessMessage.CODE.equals(item.code())) {
                    ids.set(i, item.detailsId());
                    ledger.created(module, item.detailsId());
                } else {
                    refused.add(i);
                    // any other refusal names no field ("") and cannot be learned from
                    missingFields.add(
                            ZohoError.MANDATORY_NOT_FOUND.code().equals(item.code())
                                    ? item.details().path("api_name").asText()
                                    : "");
                }
            }
        }
        if (!refused.isEmpty()) {
            require(
                    response,
                    mayLearn && missingFields.stream().allMatch(field -> metadata.requireAlso(module, field)),
                    "insert " + names.size() + " " + module.plural());
            if (refused.size() == names.size()) {
                recording.leaveOutOfRecordingFrom(
                        mark, "the run learnt from it to fill " + String.join(", ", missingFields));
            }
            List<String> retried =
                    insertBatch(module, refused.stream().map(names::get).toList(), false);
            for (int i = 0; i < refused.size(); i++) {
                ids.set(refused.get(i), retried.get(i));
            }
        }
        return ids;
    }

    public void link(RecordRef parent, Module related, List<String> relatedIds) {
        Map<String, Object> linkFields = SupportedRelations.find(version, parent.module(), related)
                .map(Relation::linkFields)
                .orElse(Map.of());
        for (List<String> batch : batches(relatedIds, Limits.MAX_RECORDS_PER_LINK)) {
            List<Map<String, Object>> relations = batch.stream()
                    .map(id -> {
                        Map<String, Object> relation = new LinkedHashMap<>(linkFields);
                        relation.put("id", id);
                        return (Map<String, Object>) relation;
                    })
                    .toList();
            ApiResponse response = api.link(parent.module(), parent.id(), related, relations, administrator);
            require(
                    response,
                    response.status() == 200,
                    "link " + batch.size() + " " + related.plural() + " to " + parent.label());
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

    private static void require(ApiResponse response, boolean condition, String what) {
        if (!condition) {
            throw new FixtureStepFailed("could not " + what + ": " + response.summary() + " " + response.body());
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
