package dev.zohodelink.emulator.core;

import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Relation;
import dev.zohodelink.contract.SupportedRelations;
import dev.zohodelink.contract.ZohoError;

/** Resolves the {@code related_list} segment of a call against the relations its version supports. */
final class RelatedLists {

    private RelatedLists() {}

    /** The related module; a name that is no related list is INVALID_DATA "the relation name given seems to be invalid". */
    static Module relatedModule(ApiCall call) {
        return Module.fromUrlName(call.version(), call.relatedListSegment())
                .orElseThrow(() -> new Rejection(ZohoError.INVALID_DATA_RELATION_NAME));
    }

    /**
     * The relation for link and delink; a related list that exists but is not supported (Accounts to Contacts)
     * is INVALID_MODULE, as seen on the wire (rikas/zoho_hub#77).
     */
    static Relation supportedRelation(ApiCall call) {
        Module related = relatedModule(call);
        return SupportedRelations.find(call.version(), call.module(), related)
                .orElseThrow(() -> new Rejection(ZohoError.INVALID_MODULE));
    }

    static StoredRecord parentRecord(Records records, ApiCall call) {
        String id = RecordIds.fromPath(call.recordIdSegment());
        return records.record(call.module(), id).orElseThrow(() -> new Rejection(ZohoError.INVALID_DATA_RECORD_ID));
    }
}
