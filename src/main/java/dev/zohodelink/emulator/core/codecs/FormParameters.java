package dev.zohodelink.emulator.core.codecs;

import dev.zohodelink.emulator.core.EmulatorRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parameters of a form post: {@code application/x-www-form-urlencoded} (Zoho's Java SDK) or
 * {@code multipart/form-data} (Zoho's Node SDK, via the form-data package). Parsing is minimal and defensive:
 * a part it cannot read is skipped, malformed input yields empty or fewer parameters, never an exception.
 */
public final class FormParameters {

    private static final Pattern BOUNDARY =
            Pattern.compile("(?i)(?:^|;)\\s*boundary\\s*=\\s*(?:\"([^\"]{1,200})\"|([^;\\s]{1,200}))");
    private static final Pattern NAME = Pattern.compile("(?i)(?:^|;)\\s*name\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]*))");

    private FormParameters() {}

    /**
     * The body's parameters, by the request's Content-Type; a body without a Content-Type is read as url-encoded
     * (assumed: lenient). Empty when the body is a form that cannot be decoded.
     */
    public static Optional<Map<String, String>> fromBody(EmulatorRequest request) {
        if (request.body().length == 0) {
            return Optional.of(Map.of());
        }
        String contentType = request.header("Content-Type").orElse("").strip();
        String mime = contentType.toLowerCase(Locale.ROOT);
        if (mime.startsWith("multipart/form-data")) {
            return multipart(request.body(), contentType);
        }
        if (mime.isEmpty() || mime.startsWith("application/x-www-form-urlencoded")) {
            return UrlCodec.queryParameters(request.bodyText().strip());
        }
        return Optional.of(Map.of());
    }

    /** RFC 7578 form data: parts separated by {@code --boundary}, each with headers, a blank line and a value. */
    public static Optional<Map<String, String>> multipart(byte[] body, String contentType) {
        Matcher boundaryMatch = BOUNDARY.matcher(contentType);
        if (!boundaryMatch.find()) {
            return Optional.empty();
        }
        String boundary = boundaryMatch.group(1) != null ? boundaryMatch.group(1) : boundaryMatch.group(2);
        // ISO-8859-1 maps every byte to one char, so indexes are byte offsets and values can be re-read as UTF-8
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        Map<String, String> parameters = new LinkedHashMap<>();
        int start = text.indexOf(delimiter);
        if (start < 0) {
            return Optional.empty();
        }
        while (start >= 0) {
            int partStart = start + delimiter.length();
            if (text.startsWith("--", partStart)) {
                break; // the close delimiter
            }
            int next = text.indexOf(delimiter, partStart);
            if (next < 0) {
                break; // a truncated last part is ignored
            }
            readPart(text.substring(partStart, next), parameters);
            start = next;
        }
        return Optional.of(parameters);
    }

    private static void readPart(String part, Map<String, String> parameters) {
        String content = stripLeadingLineBreak(part);
        int headersEnd = content.indexOf("\r\n\r\n");
        int separator = 4;
        int lfOnly = content.indexOf("\n\n");
        if (headersEnd < 0 || (lfOnly >= 0 && lfOnly < headersEnd)) {
            headersEnd = lfOnly;
            separator = 2;
        }
        if (headersEnd < 0) {
            return;
        }
        String name = null;
        for (String header : content.substring(0, headersEnd).split("\r?\n")) {
            int colon = header.indexOf(':');
            if (colon > 0 && header.substring(0, colon).strip().equalsIgnoreCase("Content-Disposition")) {
                Matcher nameMatch = NAME.matcher(header.substring(colon + 1));
                if (nameMatch.find()) {
                    name = nameMatch.group(1) != null ? nameMatch.group(1) : nameMatch.group(2);
                }
            }
        }
        if (name == null || name.isEmpty()) {
            return;
        }
        String value = content.substring(headersEnd + separator);
        // the line break before the next delimiter belongs to the delimiter, not to the value
        if (value.endsWith("\r\n")) {
            value = value.substring(0, value.length() - 2);
        } else if (value.endsWith("\n")) {
            value = value.substring(0, value.length() - 1);
        }
        parameters.putIfAbsent(
                new String(name.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8),
                new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    private static String stripLeadingLineBreak(String part) {
        if (part.startsWith("\r\n")) {
            return part.substring(2);
        }
        return part.startsWith("\n") ? part.substring(1) : part;
    }
}
