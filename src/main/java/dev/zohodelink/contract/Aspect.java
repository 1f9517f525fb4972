package dev.zohodelink.contract;

/** What one expectation about an error answer looks at. The labels are the first column of the features' tables. */
public enum Aspect {
    REFUSED("refused"),
    CODE_DOCUMENTED("code documented for the cause"),
    CODE("code"),
    HTTP_STATUS("HTTP status"),
    MESSAGE_ANY_CASE("message, any case"),
    MESSAGE("exact message"),
    DETAILS("details"),
    DETAILS_KEYS("details keys"),
    REPORTED_AS("reported as");

    private final String label;

    Aspect(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
