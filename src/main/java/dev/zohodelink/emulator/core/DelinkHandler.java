package dev.zohodelink.emulator.core;

import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Limits;
import dev.zohodelink.contract.Operation;
import dev.zohodelink.contract.Relation;
import dev.zohodelink.contract.SuccessMessage;
import dev.zohodelink.contract.ZohoError;
import java.util.LinkedHashSet;
import java.util.List;

/** Delink Related Records, both URL forms: {@code DELETE .../{related_list}/{id}} and {@code DELETE .../{related_list}?ids=}. */
final class DelinkHandler {

    private final Records records;
    private final BehaviourProfile profile;

    DelinkHandler(Records records, BehaviourProfile profile) {
        this.records = records;
        this.profile = profile;
    }

    EmulatorResponse delinkOne(ApiCall call) {
        return delink(call, () -> List.of(RecordIds.fromPath(call.relatedIdSegment())));
    }

    EmulatorResponse delinkMany(ApiCall call) {
        return delink(
                call,
                () -> RecordIds.fromIdsParameter(
                        call.query(),
                        Limits.MAX_IDS_PER_DELINK,
                        profile.missingIds().error()));
    }

    private EmulatorResponse delink(ApiCall call, java.util.function.Supplier<List<String>> requestedIds) {
        Relation relation = RelatedLists.supportedRelation(call);
        call.requireScope(call.module(), Operation.DELINK);
        checkPermissions(call, relation);
        String parentSegment = RecordIds.fromPath(call.recordIdSegment());
        List<String> ids = answeredIds(requestedIds.get());
        ItemResults answered = records.atomically(() -> {
            StoredRecord parent = records.record(relation.parent(), parentSegment)
                    .orElseThrow(() -> new Rejection(ZohoError.INVALID_DATA_RECORD_ID));
            ItemResults results = new ItemResults();
            for (String id : ids) {
                if (records.record(relation.related(), id).isEmpty()) {
                    results.failure(ZohoError.INVALID_DATA, id);
                } else if (records.unlink(parent.id(), id)
                        || profile.notRelated() == BehaviourProfile.NotRelated.SUCCESS) {
                    results.success(SuccessMessage.RELATION_REMOVED, id);
                } else {
                    results.failure(ZohoError.INVALID_DATA_RELATION_NOT_FOUND, id);
                }
            }
            return results;
        });
        return answered.toResponse(profile::statusFor);
    }

    private List<String> answeredIds(List<String> requested) {
        return profile.duplicates() == BehaviourProfile.Duplicates.DEDUPLICATED
                ? List.copyOf(new LinkedHashSet<>(requested))
                : requested;
    }

    private static void checkPermissions(ApiCall call, Relation relation) {
        if (!call.user().mayDeleteRelatedRecords()) {
            throw new Rejection(ZohoError.NO_PERMISSION);
        }
        if (call.user().withoutAccessTo().contains(relation.related())
                || call.user().withoutAccessTo().contains(relation.parent())) {
            throw new Rejection(ZohoError.AUTHORIZATION_FAILED);
        }
    }
}
