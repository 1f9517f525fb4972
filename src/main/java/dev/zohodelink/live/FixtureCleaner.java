package dev.zohodelink.live;

import dev.zohodelink.client.AccessToken;
import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.client.ItemResult;
import dev.zohodelink.client.ZohoCrmApi;
import dev.zohodelink.contract.Limits;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.SuccessMessage;
import dev.zohodelink.contract.ZohoError;
import java.util.List;
import java.util.Map;

/** Deletes records in bulk, 100 per call, and marks them gone in the ledger. Never throws: what it cannot delete stays outstanding. */
public final class FixtureCleaner {

    private final ZohoCrmApi api;
    private final AccessToken token;
    private final FixtureLedger ledger;

    public FixtureCleaner(ZohoCrmApi api, AccessToken token, FixtureLedger ledger) {
        this.api = api;
        this.token = token;
        this.ledger = ledger;
    }

    /** The calls that delete {@code records} records of one module: {@value Limits#MAX_IDS_PER_DELETE} ids per call. */
    public static long callsToDelete(long records) {
        return (records + Limits.MAX_IDS_PER_DELETE - 1) / Limits.MAX_IDS_PER_DELETE;
    }

    /** @return how many records were deleted */
    public long delete(Map<Module, List<String>> records) {
        long deleted = 0;
        for (Map.Entry<Module, List<String>> entry : records.entrySet()) {
            List<String> ids = entry.getValue();
            for (int from = 0; from < ids.size(); from += Limits.MAX_IDS_PER_DELETE) {
                deleted += deleteBatch(
                        entry.getKey(), ids.subList(from, Math.min(ids.size(), from + Limits.MAX_IDS_PER_DELETE)));
            }
        }
        return deleted;
    }

    private long deleteBatch(Module module, List<String> ids) {
        ApiResponse response;
        try {
            response = api.deleteRecords(module, ids, token);
        } catch (RuntimeException unreachable) {
            return 0;
        }
        long deleted = 0;
        for (ItemResult item : response.items()) {
            boolean gone = SuccessMessage.CODE.equals(item.code())
                    || ZohoError.INVALID_DATA_RECORD_NOT_DELETED.message().equals(item.message());
            if (gone && item.detailsId() != null) {
                ledger.deleted(module, item.detailsId());
                deleted++;
            }
        }
        return deleted;
    }
}
