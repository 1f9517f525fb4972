package dev.zohodelink.support;

import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.core.EmulatorRequest;
import dev.zohodelink.emulator.core.EmulatorResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Deliberately broken APIs, wrapped around a correct emulator, to prove the features fail when Zoho misbehaves.
 * Selected by the system property {@value #PROPERTY}; {@link #NONE} by default.
 */
public enum Misbehaviour {
    NONE,
    /** Answers every delink with success without removing anything. */
    REPORTS_SUCCESS_WITHOUT_DELINKING,
    /** Says "relation deleted" where Zoho says "relation removed". */
    WRONG_SUCCESS_MESSAGE,
    /** Answers every error with HTTP 200. */
    ERRORS_AS_200,
    /** Accepts more than 100 ids by delinking them 100 at a time. */
    IGNORES_THE_ID_LIMIT,
    /** Refuses more than 100 ids, delinking nothing, but with another code, message and details than the official example. */
    REFUSES_101_IDS_WITH_ANOTHER_CODE,
    /** Words "The given module is not supported in API" in lower case, as Zoho's wire does for other messages. */
    LOWER_CASE_NOT_SUPPORTED;

    public static final String PROPERTY = "zoho.test.misbehaviour";

    public static Misbehaviour fromSystemProperty() {
        return valueOf(System.getProperty(PROPERTY, "NONE").toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public Function<EmulatorRequest, EmulatorResponse> wrap(Emulator emulator) {
        return switch (this) {
            case NONE -> emulator;
            case REPORTS_SUCCESS_WITHOUT_DELINKING -> request -> isDelink(request) ? fakeSuccess(request) : emulator.apply(request);
            case WRONG_SUCCESS_MESSAGE -> request -> rewrite(emulator.apply(request), "\"relation removed\"", "\"relation deleted\"");
            case ERRORS_AS_200 -> request -> {
                EmulatorResponse response = emulator.apply(request);
                return response.status() >= 400 ? new EmulatorResponse(200, response.headers(), response.body()) : response;
            };
            case IGNORES_THE_ID_LIMIT -> request -> isDelink(request) ? inChunks(emulator, request) : emulator.apply(request);
            case REFUSES_101_IDS_WITH_ANOTHER_CODE -> request -> rewrite(emulator.apply(request),
                    "{\"code\":\"LIMIT_EXCEEDED\",\"details\":{\"limit\":\"100\",\"param_name\":\"ids\"},\"message\":\"Limit Exceeded, You cannot give more than 100 record ids\"",
                    "{\"code\":\"INVALID_DATA\",\"details\":{\"max\":100},\"message\":\"too many ids\"");
            case LOWER_CASE_NOT_SUPPORTED -> request -> rewrite(emulator.apply(request), "The given module is not supported in API", "the given module is not supported in API");
        };
    }

    private static boolean isDelink(EmulatorRequest request) {
        return request.method().equals("DELETE") && request.pathSegments().map(s -> s.size() >= 5).orElse(false);
    }

    private static EmulatorResponse fakeSuccess(EmulatorRequest request) {
        List<String> segments = request.pathSegments().orElseThrow();
        List<String> ids = segments.size() == 6 ? List.of(segments.get(5))
                : List.of(request.queryParameters().orElse(Map.of()).getOrDefault("ids", "").split(","));
        List<Map<String, Object>> items = ids.stream().map(String::strip)
                .map(id -> Map.<String, Object>of("code", "SUCCESS", "details", Map.of("id", id), "message", "relation removed", "status", "success"))
                .toList();
        return EmulatorResponse.json(200, Map.of("data", items));
    }

    private static EmulatorResponse inChunks(Emulator emulator, EmulatorRequest request) {
        String ids = request.queryParameters().orElse(Map.of()).get("ids");
        if (ids == null || ids.split(",").length <= 100) {
            return emulator.apply(request);
        }
        List<String> all = List.of(ids.split(","));
        StringBuilder data = new StringBuilder();
        int status = 200;
        for (int from = 0; from < all.size(); from += 100) {
            String chunk = String.join(",", all.subList(from, Math.min(all.size(), from + 100)));
            EmulatorResponse part = emulator.apply(new EmulatorRequest(request.method(), request.rawPath(), "ids=" + chunk, request.headers(), request.body()));
            status = Math.max(status, part.status());
            String body = part.bodyText();
            String items = body.substring(body.indexOf('[') + 1, body.lastIndexOf(']'));
            data.append(data.length() == 0 ? "" : ",").append(items);
        }
        return new EmulatorResponse(status, Map.of("Content-Type", EmulatorResponse.JSON), ("{\"data\":[" + data + "]}").getBytes(StandardCharsets.UTF_8));
    }

    private static EmulatorResponse rewrite(EmulatorResponse response, String from, String to) {
        return new EmulatorResponse(response.status(), response.headers(), response.bodyText().replace(from, to).getBytes(StandardCharsets.UTF_8));
    }
}
