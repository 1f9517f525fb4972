package dev.zohodelink.assertions;

import dev.zohodelink.client.ApiResponse;
import java.util.Map;

/** Answers as Zoho labels them, for tests of the assertions: JSON in UTF-8 (docs/evidence.md §1.2). */
final class JsonAnswers {

    static final Map<String, String> JSON_HEADERS = Map.of("content-type", "application/json;charset=UTF-8");

    private JsonAnswers() {}

    static ApiResponse of(String method, String path, int status, String body) {
        return new ApiResponse(method, path, status, body, JSON_HEADERS);
    }
}
