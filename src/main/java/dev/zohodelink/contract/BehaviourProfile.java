package dev.zohodelink.contract;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The answers to what Zoho does not document (zoho-api.md, "Open unknowns"), chosen once and shared by the
 * emulator (which behaves so) and the steps (which expect so). Every choice here is an assumption; the
 * {@code best-evidence} profile follows the strongest evidence available, and each choice can be switched
 * where the evidence is split.
 *
 * <p>Spec syntax: a profile name, optionally followed by overrides, e.g.
 * {@code best-evidence,mixed=200,not-related=success}.
 */
public record BehaviourProfile(String name, int mixedResultStatus, int allFailedStatus,
                               NotRelated notRelated, Duplicates duplicates) {

    /** What delinking an id that exists but is not related yields (unknown 2). */
    public enum NotRelated {
        /** Item INVALID_DATA "relation not found": generated delink examples (third-party). */
        RELATION_NOT_FOUND,
        /** Idempotent SUCCESS "relation removed": no evidence, the usual REST convention. */
        SUCCESS
    }

    /** How an id listed twice is answered (unknown 3). */
    public enum Duplicates {
        /** One result per id as listed; the second finds the relation already gone. */
        ONE_RESULT_PER_LISTED_ID,
        /** Duplicates are answered once. */
        DEDUPLICATED
    }

    public static final String DEFAULT_SPEC = "best-evidence";

    public static final Map<String, String> EVIDENCE = java.util.Collections.unmodifiableMap(evidence());

    /** 207 for mixed (Zoho's multi-record convention, v8 status-codes page), 400 when all fail (the page's INVALID_DATA HTTP 400). */
    public static BehaviourProfile bestEvidence() {
        return new BehaviourProfile("best-evidence", 207, 400, NotRelated.RELATION_NOT_FOUND, Duplicates.ONE_RESULT_PER_LISTED_ID);
    }

    /** The official OAS v8 declares only HTTP 200 for both delink operations, whatever the items say. */
    public static BehaviourProfile oasStatusOnly() {
        return new BehaviourProfile("oas-200", 200, 200, NotRelated.RELATION_NOT_FOUND, Duplicates.ONE_RESULT_PER_LISTED_ID);
    }

    public static BehaviourProfile parse(String spec) {
        String text = spec == null || spec.isBlank() ? DEFAULT_SPEC : spec.trim();
        String[] parts = text.split(",", -1);
        BehaviourProfile profile = switch (parts[0].trim()) {
            case "best-evidence" -> bestEvidence();
            case "oas-200" -> oasStatusOnly();
            default -> throw new IllegalArgumentException("unknown behaviour profile '" + parts[0].trim()
                    + "': expected best-evidence or oas-200, optionally followed by ,mixed=200|207 ,all-failed=200|207|400 ,not-related=relation-not-found|success ,duplicates=one-result-per-listed-id|deduplicated");
        };
        for (int i = 1; i < parts.length; i++) {
            profile = profile.with(parts[i].trim());
        }
        return profile;
    }

    private BehaviourProfile with(String override) {
        if (override.isEmpty()) {
            throw new IllegalArgumentException("behaviour profile has an empty override between commas");
        }
        String[] kv = override.split("=", 2);
        if (kv.length != 2) {
            throw new IllegalArgumentException("behaviour profile override '" + override + "' is not key=value");
        }
        String key = kv[0].trim();
        String value = kv[1].trim();
        String renamed = name + "," + key + "=" + value;
        return switch (key) {
            case "mixed" -> new BehaviourProfile(renamed, status(value, key, "200", "207"), allFailedStatus, notRelated, duplicates);
            case "all-failed" -> new BehaviourProfile(renamed, mixedResultStatus, status(value, key, "200", "207", "400"), notRelated, duplicates);
            case "not-related" -> new BehaviourProfile(renamed, mixedResultStatus, allFailedStatus, enumValue(NotRelated.class, value, key), duplicates);
            case "duplicates" -> new BehaviourProfile(renamed, mixedResultStatus, allFailedStatus, notRelated, enumValue(Duplicates.class, value, key));
            default -> throw new IllegalArgumentException("unknown behaviour profile key '" + key + "': expected mixed, all-failed, not-related or duplicates");
        };
    }

    private static int status(String value, String key, String... allowed) {
        if (!java.util.List.of(allowed).contains(value)) {
            throw new IllegalArgumentException("behaviour profile " + key + "=" + value + ": expected one of " + String.join(", ", allowed));
        }
        return Integer.parseInt(value);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String key) {
        String constant = value.toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(constant)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("behaviour profile " + key + "=" + value + ": expected one of "
                        + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList()));
    }

    /** The HTTP status of a multi-record answer, from how many records succeeded. */
    public int statusFor(int succeeded, int failed) {
        if (failed == 0) {
            return 200;
        }
        return succeeded == 0 ? allFailedStatus : mixedResultStatus;
    }

    private static Map<String, String> evidence() {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("mixed", "unknown 1: 207 is Zoho's documented multi-record convention (v8 status codes) and appears in generated delink examples; the official OAS declares only 200");
        evidence.put("all-failed", "unknown 1: the delink page gives INVALID_DATA HTTP 400; the official OAS declares only 200");
        evidence.put("not-related", "unknown 2: generated delink examples answer INVALID_DATA \"relation not found\"; no real capture");
        evidence.put("duplicates", "unknown 3: no evidence at all");
        return evidence;
    }
}
