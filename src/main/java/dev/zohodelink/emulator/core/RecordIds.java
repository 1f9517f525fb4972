package dev.zohodelink.emulator.core;

import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.codecs.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Parsing of record ids from paths and from the {@code ids} parameter. */
final class RecordIds {

    private RecordIds() {}

    static boolean isNumeric(String id) {
        if (id.isEmpty() || id.length() > 19) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A record id from the path: a non-numeric one cannot be parsed (inferred; docs/evidence.md, open question 6). */
    static String fromPath(String segment) {
        if (!isNumeric(segment)) {
            throw new Rejection(ZohoError.UNABLE_TO_PARSE_DATA_TYPE_IN_PATH);
        }
        return segment;
    }

    /**
     * The comma-separated {@code ids} parameter: blanks around ids and empty entries are ignored (assumed),
     * a missing or empty list is {@code missing} (contested), more than {@code limit} ids is LIMIT_EXCEEDED and
     * nothing is done, a non-numeric id is UNABLE_TO_PARSE_DATA_TYPE (documented).
     */
    static List<String> fromIdsParameter(Map<String, String> query, int limit, ZohoError missing) {
        String raw = query.get("ids");
        if (raw == null) {
            throw new Rejection(missing);
        }
        List<String> ids = new ArrayList<>();
        for (String part : raw.split(",")) {
            String id = part.strip();
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            throw new Rejection(missing);
        }
        if (ids.size() > limit) {
            throw new Rejection(
                    ZohoError.LIMIT_EXCEEDED, Json.object("limit", Integer.toString(limit), "param_name", "ids"));
        }
        if (!ids.stream().allMatch(RecordIds::isNumeric)) {
            throw new Rejection(ZohoError.UNABLE_TO_PARSE_DATA_TYPE);
        }
        return ids;
    }
}
