package dev.zohodelink.recording;

/**
 * One way a recorded response departs from its version's JSON schema.
 *
 * @param exchange the exchange's {@link Exchange#label()}, e.g. {@code DELETE /crm/{version}/Campaigns/<campaign C>/Contacts?ids=<contact A>}
 * @param pointer a JSON Pointer into the response body ({@code ""} for the body itself); for a missing or an undeclared
 *     key it points at that key, e.g. {@code /data/0/msg}
 * @param message what the schema says, prefixed with the schema that said it, e.g. {@code [v7/delink] ...}
 * @param undeclaredField true when the body carries a field the schema does not declare ({@code additionalProperties}):
 *     additive drift, a warning by default; every other violation (missing key, wrong type, value outside an enum) is breaking
 */
public record SchemaViolation(String exchange, String pointer, String message, boolean undeclaredField) {

    public boolean isBreaking() {
        return !undeclaredField;
    }
}
