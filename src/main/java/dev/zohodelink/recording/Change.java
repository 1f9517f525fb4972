package dev.zohodelink.recording;

/**
 * One difference between two recordings of the same scenario.
 *
 * @param exchange the label of the exchange, or the scenario when the difference is about the whole recording
 * @param pointer where in the response (in the request's body for {@link Kind#REQUEST_BODY}), as a JSON pointer; empty
 *     for status and request differences
 */
public record Change(String scenario, String exchange, Kind kind, String pointer, String before, String after) {

    /** What changed, and whether a client could break on it. */
    public enum Kind {
        STATUS(true),
        CODE(true),
        MESSAGE(true),
        OUTCOME(true),
        FIELD_REMOVED(true),
        FIELD_ADDED(false),
        TYPE(true),
        ITEM_COUNT(true),
        REQUEST(true),
        /** The request's body has another shape: the suite asked something else (new fixture fields, a layout's). */
        REQUEST_BODY(true),
        EXCHANGE_COUNT(true),
        UNKNOWN_ERROR_CODE(true),
        SCENARIO_GONE(false),
        SCENARIO_NEW(false);

        private final boolean breaking;

        Kind(boolean breaking) {
            this.breaking = breaking;
        }

        public boolean isBreaking() {
            return breaking;
        }
    }

    public boolean isBreaking() {
        return kind.isBreaking();
    }

    public String describe() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (pointer.isEmpty() ? "" : " at " + pointer) + ": " + before + " -> " + after;
    }
}
