package dev.zohodelink.assertions;

/** What the failure messages of {@link ApiResponseAssert} are expected to hold, line by line. */
final class FailureMessage {

    private FailureMessage() {}

    /** The whole "but Zoho answered ..." line, so that "HTTP 400 INVALID_DATA" does not match "HTTP 400 INVALID_DATA_X". */
    static String answered(String summary) {
        return "but Zoho answered " + summary + System.lineSeparator();
    }

    /** The "Expecting DELETE /crm/... <expectation>" line, up to the end of the expectation. */
    static String expecting(String call, String expectation) {
        return "Expecting " + call + " " + expectation + System.lineSeparator();
    }
}
