package dev.zohodelink.emulator.core.codecs;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Decodes paths and queries defensively: malformed input yields empty, never an exception. */
public final class UrlCodec {

    private UrlCodec() {}

    public static Optional<List<String>> segments(String rawPath) {
        if (rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            return Optional.empty();
        }
        String trimmed =
                rawPath.endsWith("/") && rawPath.length() > 1 ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
        List<String> segments = new ArrayList<>();
        for (String raw : trimmed.substring(1).split("/", -1)) {
            Optional<String> decoded = decodePathSegment(raw);
            if (decoded.isEmpty() || decoded.get().isEmpty()) {
                return Optional.empty();
            }
            segments.add(decoded.get());
        }
        return Optional.of(segments);
    }

    public static Optional<Map<String, String>> queryParameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.of(parameters);
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            Optional<String> name = decodeQueryPart(eq < 0 ? pair : pair.substring(0, eq));
            Optional<String> value = decodeQueryPart(eq < 0 ? "" : pair.substring(eq + 1));
            if (name.isEmpty() || value.isEmpty()) {
                return Optional.empty();
            }
            parameters.putIfAbsent(name.get(), value.get());
        }
        return Optional.of(parameters);
    }

    private static Optional<String> decodePathSegment(String raw) {
        return decode(raw.replace("+", "%2B"));
    }

    private static Optional<String> decodeQueryPart(String raw) {
        return decode(raw);
    }

    private static Optional<String> decode(String raw) {
        try {
            String decoded = URLDecoder.decode(raw, StandardCharsets.UTF_8);
            return decoded.indexOf('\uFFFD') >= 0 && raw.indexOf('\uFFFD') < 0
                    ? Optional.empty()
                    : Optional.of(decoded);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
