package dev.zohodelink.emulator.core;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zohodelink.contract.Limits;
import dev.zohodelink.contract.Operation;
import dev.zohodelink.contract.SuccessMessage;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.codecs.Timestamps;
import dev.zohodelink.emulator.core.oauth.Identity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The record APIs the fixtures need: insert, get (one or a page) and delete. */
final class RecordsHandler {

    private final Records records;
    private final InsertValidator validator;

    RecordsHandler(Records records, Identity identity) {
        this.records = records;
        this.validator = new InsertValidator(records, identity);
    }

    /**
     * Insert Records: 201 when all are added, 207 when mixed, 400 when none is (insert-records and status-codes pages);
     * each record is checked by {@link InsertValidator} first.
     */
    EmulatorResponse insert(ApiCall call) {
        call.requireScope(call.module(), Operation.CREATE);
        List<JsonNode> items = RequestBodies.dataArray(call.request(), Limits.MAX_RECORDS_PER_INSERT);
        return records.atomically(() -> {
            ItemResults results = new ItemResults();
            for (int index = 0; index < items.size(); index++) {
                Map<String, Object> fields = RequestBodies.recordFields(items.get(index));
                java.util.Optional<InsertValidator.Problem> problem =
                        validator.problem(call.version(), call.module(), index, fields);
                if (problem.isPresent()) {
                    results.failure(problem.get().error(), problem.get().details());
                } else {
                    results.success(
                            SuccessMessage.RECORD_ADDED,
                            creationDetails(records.insert(call.module(), fields, call.user())));
                }
            }
            return results.toResponse(RecordsHandler::insertStatus);
        });
    }

    EmulatorResponse list(ApiCall call) {
        call.requireScope(call.module(), Operation.READ);
        FieldSelection fields = FieldSelection.from(call);
        RelatedRecordsHandler.Paging paging = RelatedRecordsHandler.Paging.from(call.query());
        return records.atomically(() -> paging.respond(records.inModule(call.module()), fields));
    }

    /** Get one record; an id that names no record of the module answers 204 (assumed: not documented for this case). */
    EmulatorResponse get(ApiCall call) {
        call.requireScope(call.module(), Operation.READ);
        String id = RecordIds.fromPath(call.recordIdSegment());
        return records.record(call.module(), id)
                .map(record -> EmulatorResponse.json(200, Map.of("data", List.of(record.asJson()))))
                .orElseGet(EmulatorResponse::noContent);
    }

    EmulatorResponse deleteMany(ApiCall call) {
        call.requireScope(call.module(), Operation.DELETE_RECORD);
        return delete(
                call,
                RecordIds.fromIdsParameter(call.query(), Limits.MAX_IDS_PER_DELETE, ZohoError.REQUIRED_PARAM_MISSING));
    }

    EmulatorResponse deleteOne(ApiCall call) {
        call.requireScope(call.module(), Operation.DELETE_RECORD);
        return delete(call, List.of(RecordIds.fromPath(call.recordIdSegment())));
    }

    private EmulatorResponse delete(ApiCall call, List<String> ids) {
        return records.atomically(() -> {
            ItemResults results = new ItemResults();
            for (String id : ids) {
                if (records.record(call.module(), id).isPresent() && records.delete(id)) {
                    results.success(SuccessMessage.RECORD_DELETED, id);
                } else {
                    results.failure(ZohoError.INVALID_DATA_RECORD_NOT_DELETED, id);
                }
            }
            return results.toResponse(RecordsHandler::multiStatus);
        });
    }

    private static Map<String, Object> creationDetails(StoredRecord record) {
        Map<String, Object> details = new LinkedHashMap<>();
        String time = Timestamps.format(record.createdTime());
        details.put("Modified_Time", time);
        details.put("Modified_By", record.createdBy().reference());
        details.put("Created_Time", time);
        details.put("id", record.id());
        details.put("Created_By", record.createdBy().reference());
        return details;
    }

    private static int insertStatus(int added, int failed) {
        return failed == 0 ? 201 : multiStatus(added, failed);
    }

    private static int multiStatus(int succeeded, int failed) {
        if (failed == 0) {
            return 200;
        }
        return succeeded == 0 ? 400 : 207;
    }
}
