package dev.zohodelink.contract;

/**
 * How we know a fact about Zoho's API, graded as in {@code shared/reference/zoho-api.md}.
 * Anything below {@link #OFFICIAL_SDK} is an assumption and is shown as such in features and reports.
 */
public enum Evidence {
    DOCUMENTED("documented on Zoho's developer pages or official OpenAPI file"),
    SEEN_ON_WIRE("a real Zoho response, observed or pasted by a user"),
    OFFICIAL_SDK("read from Zoho's official SDK source"),
    THIRD_PARTY("third-party or generated material"),
    INFERRED("inferred from analogous Zoho APIs"),
    UNKNOWN("not found anywhere; the emulator's choice");

    private final String meaning;

    Evidence(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    public boolean isAssumed() {
        return ordinal() > OFFICIAL_SDK.ordinal();
    }
}
