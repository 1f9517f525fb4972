package dev.zohodelink.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.recording.ExchangeRecorder.RawExchange;
import java.util.List;
import java.util.Optional;

/**
 * A scenario's calls as its report attachment: one line per call for a scenario that passed, every request and
 * response body for one that failed. Built from the recorder's exchanges, which keep no header, so no token.
 */
public final class ExchangeLog {

    /** The attachment's name. */
    public static final String NAME = "exchanges";

    public static final String MEDIA_TYPE = "text/plain";

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final int MAX_BODY = 20_000;

    private ExchangeLog() {}

    /**
     * "DELETE /crm/v7/Campaigns/1/Contacts?ids=2 -> 200 SUCCESS", one line per call; a call the recording leaves out
     * says why, e.g. "(not recorded: HTTP 429 with Retry-After, attempt 1 of 5, made again after 2 s)".
     */
    public static String compact(List<RawExchange> exchanges) {
        StringBuilder log = new StringBuilder();
        exchanges.forEach(e -> log.append(line(e)).append('\n'));
        return log.toString();
    }

    /** Every call with its request and response bodies, each body cut at 20,000 characters. */
    public static String full(List<RawExchange> exchanges) {
        StringBuilder log = new StringBuilder();
        for (RawExchange e : exchanges) {
            log.append(line(e)).append('\n');
            if (e.requestBody() != null) {
                log.append("  request:  ").append(bounded(e.requestBody())).append('\n');
            }
            log.append("  response: ").append(bounded(e.responseBody())).append("\n\n");
        }
        return log.toString();
    }

    private static String line(RawExchange e) {
        return e.method() + " " + e.rawPath() + (e.rawQuery() == null ? "" : "?" + e.rawQuery()) + " -> " + e.status()
                + firstCode(e.responseBody()).map(code -> " " + code).orElse("")
                + e.leftOutBecause().map(why -> " (not recorded: " + why + ")").orElse("");
    }

    /** The top-level {@code code}, or the first item's of {@code data}, of a JSON answer. */
    private static Optional<String> firstCode(String body) {
        try {
            JsonNode json = body == null || body.isBlank() ? MAPPER.missingNode() : MAPPER.readTree(body);
            JsonNode code = json.path("code").isTextual()
                    ? json.path("code")
                    : json.path("data").path(0).path("code");
            return code.isTextual() ? Optional.of(code.asText()) : Optional.empty();
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }

    private static String bounded(String body) {
        if (body == null || body.isEmpty()) {
            return "(empty)";
        }
        return body.length() <= MAX_BODY
                ? body
                : body.substring(0, MAX_BODY) + " ... (" + (body.length() - MAX_BODY) + " more characters)";
    }
}
