package dev.zohodelink.emulator.core;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Limits;
import dev.zohodelink.contract.Operation;
import dev.zohodelink.contract.Relation;
import dev.zohodelink.contract.SuccessMessage;
import dev.zohodelink.contract.ZohoError;
import java.util.List;
import java.util.Map;

/** Update Related Records, which links: {@code PUT .../{related_list}/{id}} and {@code PUT .../{related_list}} with a data array. */
final class LinkHandler {

    private final Records records;
    private final BehaviourProfile profile;

    LinkHandler(Records records, BehaviourProfile profile) {
        this.records = records;
        this.profile = profile;
    }

    EmulatorResponse linkOne(ApiCall call) {
        Relation relation = RelatedLists.supportedRelation(call);
        call.requireScope(call.module(), Operation.LINK);
        String relatedId = RecordIds.fromPath(call.relatedIdSegment());
        List<JsonNode> items = RequestBodies.dataArray(call.request(), 1);
        return link(call, relation, List.of(new Link(relatedId, RequestBodies.fields(items.get(0)))));
    }

    EmulatorResponse linkMany(ApiCall call) {
        Relation relation = RelatedLists.supportedRelation(call);
        call.requireScope(call.module(), Operation.LINK);
        List<Link> links = RequestBodies.dataArray(call.request(), Limits.MAX_RECORDS_PER_LINK).stream()
                .map(item -> new Link(RequestBodies.idOf(item), RequestBodies.fields(item)))
                .toList();
        return link(call, relation, links);
    }

    private record Link(String relatedId, Map<String, Object> fields) {}

    private EmulatorResponse link(ApiCall call, Relation relation, List<Link> links) {
        String parentId = RecordIds.fromPath(call.recordIdSegment());
        ItemResults answered = records.atomically(() -> {
            StoredRecord parent = records.record(relation.parent(), parentId)
                    .orElseThrow(() -> new Rejection(ZohoError.INVALID_DATA_RECORD_ID));
            ItemResults results = new ItemResults();
            for (Link link : links) {
                if (link.relatedId() == null) {
                    results.failure(ZohoError.MANDATORY_NOT_FOUND, Map.of("api_name", "id"));
                } else if (!RecordIds.isNumeric(link.relatedId())
                        || records.record(relation.related(), link.relatedId()).isEmpty()) {
                    results.failure(ZohoError.INVALID_DATA, link.relatedId());
                } else {
                    records.link(parent.id(), link.relatedId(), link.fields());
                    results.success(SuccessMessage.RELATION_ADDED, link.relatedId());
                }
            }
            return results;
        });
        return answered.toResponse(profile::statusFor);
    }
}
