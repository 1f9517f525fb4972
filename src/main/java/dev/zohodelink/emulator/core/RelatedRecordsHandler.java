package dev.zohodelink.emulator.core;

import dev.zohodelink.contract.Limits;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Operation;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.codecs.Json;
import java.util.List;
import java.util.Map;

/** Get Related Records: {@code GET .../{related_list}} (paged, 204 when none) and {@code GET .../{related_list}/{id}}. */
final class RelatedRecordsHandler {

    private final Records records;

    RelatedRecordsHandler(Records records) {
        this.records = records;
    }

    EmulatorResponse list(ApiCall call) {
        Module related = RelatedLists.relatedModule(call);
        call.requireScope(call.module(), Operation.READ);
        FieldSelection fields = FieldSelection.from(call);
        Paging paging = Paging.from(call.query());
        return records.atomically(() -> {
            StoredRecord parent = RelatedLists.parentRecord(records, call);
            return paging.respond(records.linked(parent.id(), related), fields);
        });
    }

    EmulatorResponse one(ApiCall call) {
        Module related = RelatedLists.relatedModule(call);
        call.requireScope(call.module(), Operation.READ);
        FieldSelection fields = FieldSelection.from(call);
        String relatedId = RecordIds.fromPath(call.relatedIdSegment());
        return records.atomically(() -> {
            StoredRecord parent = RelatedLists.parentRecord(records, call);
            List<StoredRecord> match = records.linked(parent.id(), related).stream()
                    .filter(r -> r.id().equals(relatedId))
                    .toList();
            return match.isEmpty()
                    ? EmulatorResponse.noContent()
                    : EmulatorResponse.json(200, Map.of("data", List.of(fields.render(match.get(0)))));
        });
    }

    /** Zoho pages related records at most {@value Limits#MAX_PER_PAGE} per page. */
    record Paging(int page, int perPage) {

        static Paging from(Map<String, String> query) {
            return new Paging(
                    positive(query.get("page"), 1, Integer.MAX_VALUE),
                    positive(query.get("per_page"), Limits.MAX_PER_PAGE, Limits.MAX_PER_PAGE));
        }

        private static int positive(String value, int fallback, int max) {
            if (value == null || !value.matches("[0-9]{1,9}") || Integer.parseInt(value) < 1) {
                if (value != null) {
                    throw new Rejection(ZohoError.UNABLE_TO_PARSE_DATA_TYPE);
                }
                return fallback;
            }
            return Math.min(Integer.parseInt(value), max);
        }

        EmulatorResponse respond(List<StoredRecord> all, FieldSelection fields) {
            long from = (long) (page - 1) * perPage;
            if (all.isEmpty() || from >= all.size()) {
                return EmulatorResponse.noContent();
            }
            List<StoredRecord> slice = all.subList((int) from, (int) Math.min(all.size(), from + perPage));
            Map<String, Object> info = new java.util.LinkedHashMap<>();
            info.put("per_page", perPage);
            info.put("next_page_token", null);
            info.put("count", slice.size());
            info.put("page", page);
            info.put("previous_page_token", null);
            info.put("page_token_expiry", null);
            info.put("more_records", from + perPage < all.size());
            return EmulatorResponse.json(
                    200, Json.object("data", slice.stream().map(fields::render).toList(), "info", info));
        }
    }
}
