package dev.zohodelink.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How the {@code ids} query of a delink is written on the wire. The delink page's sample keeps the commas literal;
 * Zoho's official SDKs send two other shapes of the same list (docs/evidence.md §9.3). Only the query is shaped:
 * tokens travel in the Authorization header, never in the URL.
 */
public enum IdsEncoding {
    /** {@code ids=1,2}, as the delink page's sample: commas literal, anything else percent-encoded, a space as {@code %20}. */
    LITERAL_COMMAS,
    /** {@code ids=1%2C2}, as Zoho's Java and TypeScript SDKs send it: form encoding, commas as {@code %2C}, a space as {@code +}. */
    ENCODED_COMMAS,
    /** {@code ids=1,2&}, as Zoho's Node SDKs send it: literal commas and a trailing separator. */
    TRAILING_SEPARATOR;

    /** What follows {@code ids=} on the wire for the raw text of the ids parameter. */
    public String value(String rawIds) {
        return switch (this) {
            case LITERAL_COMMAS -> literalCommas(rawIds);
            case ENCODED_COMMAS -> URLEncoder.encode(rawIds, StandardCharsets.UTF_8);
            case TRAILING_SEPARATOR -> literalCommas(rawIds) + "&";
        };
    }

    private static String literalCommas(String rawIds) {
        return Arrays.stream(rawIds.split(",", -1))
                .map(id -> URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining(","));
    }
}
