package dev.zohodelink.assertions;

/**
 * The words by which a failure message says what failed. The steps and assertions write them; the report's failure
 * categories match them, so the two cannot drift apart.
 */
public enum FailureMarker {
    /** Followed by the status and the code or per-record codes: "Zoho answered HTTP 400 INVALID_DATA". */
    ZOHO_ANSWERED("Zoho answered HTTP "),
    /** Begins the aspect of a relation-state expectation: "relation state: the contacts linked to campaign C ...". */
    RELATION_STATE("relation state: "),
    /** Ends the aspect of an expectation that a record was not deleted with its relation. */
    RECORD_STILL_EXISTS(" still exists, read through Get Records"),
    /** Begins the message of a fixture the scenario could not set up. */
    FIXTURE_STEP_FAILED("fixture step failed: ");

    private final String text;

    FailureMarker(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
