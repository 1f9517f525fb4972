package dev.zohodelink.contract;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The answers to what Zoho does not document (docs/evidence.md, "Open questions"), chosen once and shared by the
 * emulator (which behaves so) and the steps (which expect so). Every choice here is an assumption; the
 * {@code best-evidence} profile follows the strongest evidence available, and each choice can be switched
 * where the evidence is split.
 *
 * <p>Spec syntax: a profile name, optionally followed by overrides, e.g.
 * {@code best-evidence,mixed=200,not-related=success}.
 */
public record BehaviourProfile(
        String name,
        int mixedResultStatus,
        int allFailedStatus,
        NotRelated notRelated,
        Duplicates duplicates,
        MissingIds missingIds,
        NotSupported notSupported) {

    /** The code of a bulk call without ids (contested: docs/evidence.md §9.1). */
    public enum MissingIds {
        /** Zoho's official OpenAPI example for delink. */
        MANDATORY_NOT_FOUND(ZohoError.MANDATORY_NOT_FOUND_IDS),
        /** The delete-records page, by analogy. */
        REQUIRED_PARAM_MISSING(ZohoError.REQUIRED_PARAM_MISSING);

        private final ZohoError error;

        MissingIds(ZohoError error) {
            this.error = error;
        }

        public ZohoError error() {
            return error;
        }
    }

    /** The code for a module the API does not support, such as Documents (contested: docs/evidence.md §9.1). */
    public enum NotSupported {
        /** The delink page's Possible Errors. */
        INVALID_MODULE(ZohoError.INVALID_MODULE_NOT_SUPPORTED),
        /** Zoho's official OpenAPI example. */
        NOT_SUPPORTED(ZohoError.NOT_SUPPORTED);

        private final ZohoError error;

        NotSupported(ZohoError error) {
            this.error = error;
        }

        public ZohoError error() {
            return error;
        }
    }

    /** What delinking an id that exists but is not related yields (docs/evidence.md, open question 2). */
    public enum NotRelated {
        /** Item INVALID_DATA "relation not found": generated delink examples (third-party). */
        RELATION_NOT_FOUND,
        /** Idempotent SUCCESS "relation removed": no evidence, the usual REST convention. */
        SUCCESS
    }

    /** How an id listed twice is answered (docs/evidence.md, open question 3). */
    public enum Duplicates {
        /** One result per id as listed; the second finds the relation already gone. */
        ONE_RESULT_PER_LISTED_ID,
        /** Duplicates are answered once. */
        DEDUPLICATED
    }

    public static final String DEFAULT_SPEC = "best-evidence";

    public static final Map<String, String> EVIDENCE = java.util.Collections.unmodifiableMap(evidence());

    /**
     * 207 for mixed and 400 when all fail (the official OpenAPI examples), "relation not found" for an unrelated id
     * (the same examples), MANDATORY_NOT_FOUND for missing ids (the same examples), and INVALID_MODULE for an
     * unsupported module (the delink page, which outranks an example).
     */
    public static BehaviourProfile bestEvidence() {
        return new BehaviourProfile(
                "best-evidence",
                207,
                400,
                NotRelated.RELATION_NOT_FOUND,
                Duplicates.ONE_RESULT_PER_LISTED_ID,
                MissingIds.MANDATORY_NOT_FOUND,
                NotSupported.INVALID_MODULE);
    }

    /** The older official OpenAPI file declares only HTTP 200 for both delink operations, whatever the items say. */
    public static BehaviourProfile oasStatusOnly() {
        return new BehaviourProfile(
                "oas-200",
                200,
                200,
                NotRelated.RELATION_NOT_FOUND,
                Duplicates.ONE_RESULT_PER_LISTED_ID,
                MissingIds.MANDATORY_NOT_FOUND,
                NotSupported.INVALID_MODULE);
    }

    public static BehaviourProfile parse(String spec) {
        String text = spec == null || spec.isBlank() ? DEFAULT_SPEC : spec.trim();
        String[] parts = text.split(",", -1);
        BehaviourProfile profile = switch (parts[0].trim()) {
            case "best-evidence" -> bestEvidence();
            case "oas-200" -> oasStatusOnly();
            default ->
                throw new IllegalArgumentException(
                        "unknown behaviour profile '" + parts[0].trim()
                                + "': expected best-evidence or oas-200, optionally followed by ,mixed=200|207 ,all-failed=200|207|400 ,not-related=relation-not-found|success ,duplicates=one-result-per-listed-id|deduplicated ,missing-ids=mandatory-not-found|required-param-missing ,not-supported=invalid-module|not-supported");
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
            case "mixed" ->
                new BehaviourProfile(
                        renamed,
                        status(value, key, "200", "207"),
                        allFailedStatus,
                        notRelated,
                        duplicates,
                        missingIds,
                        notSupported);
            case "all-failed" ->
                new BehaviourProfile(
                        renamed,
                        mixedResultStatus,
                        status(value, key, "200", "207", "400"),
                        notRelated,
                        duplicates,
                        missingIds,
                        notSupported);
            case "not-related" ->
                new BehaviourProfile(
                        renamed,
                        mixedResultStatus,
                        allFailedStatus,
                        enumValue(NotRelated.class, value, key),
                        duplicates,
                        missingIds,
                        notSupported);
            case "duplicates" ->
                new BehaviourProfile(
                        renamed,
                        mixedResultStatus,
                        allFailedStatus,
                        notRelated,
                        enumValue(Duplicates.class, value, key),
                        missingIds,
                        notSupported);
            case "missing-ids" ->
                new BehaviourProfile(
                        renamed,
                        mixedResultStatus,
                        allFailedStatus,
                        notRelated,
                        duplicates,
                        enumValue(MissingIds.class, value, key),
                        notSupported);
            case "not-supported" ->
                new BehaviourProfile(
                        renamed,
                        mixedResultStatus,
                        allFailedStatus,
                        notRelated,
                        duplicates,
                        missingIds,
                        enumValue(NotSupported.class, value, key));
            default ->
                throw new IllegalArgumentException("unknown behaviour profile key '" + key
                        + "': expected mixed, all-failed, not-related, duplicates, missing-ids or not-supported");
        };
    }

    private static int status(String value, String key, String... allowed) {
        if (!java.util.List.of(allowed).contains(value)) {
            throw new IllegalArgumentException(
                    "behaviour profile " + key + "=" + value + ": expected one of " + String.join(", ", allowed));
        }
        return Integer.parseInt(value);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String key) {
        String constant = value.toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(constant))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("behaviour profile " + key + "=" + value
                        + ": expected one of "
                        + Arrays.stream(type.getEnumConstants())
                                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                                .toList()));
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
        evidence.put(
                "mixed",
                "open question 1: the newer official OpenAPI file declares 207 with an example; the older one declares only 200; a user saw 200 from a sandbox for inserts");
        evidence.put(
                "all-failed",
                "open question 1: the official OpenAPI example answers 400 with data[]; the older file declares only 200");
        evidence.put(
                "not-related",
                "open question 2: the official OpenAPI examples answer INVALID_DATA \"relation not found\"; no real capture");
        evidence.put("duplicates", "open question 3: no evidence at all");
        evidence.put(
                "missing-ids",
                "open question 3: the official OpenAPI example says MANDATORY_NOT_FOUND; delete-records documents REQUIRED_PARAM_MISSING");
        evidence.put(
                "not-supported",
                "open question 11: the delink page says INVALID_MODULE; the official OpenAPI example says NOT_SUPPORTED");
        return evidence;
    }
}
