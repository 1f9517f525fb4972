package dev.zohodelink.emulator.core;

import dev.zohodelink.emulator.core.codecs.UrlCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as the emulator core sees it: no socket, no server types.
 *
 * @param rawPath the path as sent, still percent-encoded
 * @param rawQuery the query as sent, still percent-encoded, or null
 * @param headers header names in lower case
 */
public record EmulatorRequest(
        String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {

    public EmulatorRequest {
        method = method == null ? "" : method.toUpperCase(Locale.ROOT);
        rawPath = rawPath == null ? "" : rawPath;
        Map<String, List<String>> lowered = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, values) -> {
                if (name != null) {
                    lowered.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .addAll(values == null ? List.of() : values);
                }
            });
        }
        headers = Map.copyOf(lowered);
        body = body == null ? new byte[0] : body;
    }

    public static EmulatorRequest of(
            String method, String pathAndQuery, Map<String, List<String>> headers, String body) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? null : pathAndQuery.substring(q + 1);
        return new EmulatorRequest(
                method, path, query, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    /** The path split into decoded segments; empty when the path is not well-formed. */
    public Optional<List<String>> pathSegments() {
        return UrlCodec.segments(rawPath);
    }

    /** Query parameters, decoded; a trailing or doubled {@code &} is tolerated as official SDKs send one. */
    public Optional<Map<String, String>> queryParameters() {
        return UrlCodec.queryParameters(rawQuery);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
