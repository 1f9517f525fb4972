package dev.zohodelink.client;

/** What a call was made for, so that a run can say where its credits went. */
public enum CallPurpose {
    FIXTURE_INSERT("fixture inserts"),
    LINK("links"),
    DELINK("delinks"),
    STATE_READ("state reads"),
    RECORD_READ("record reads"),
    RECORD_DELETE("record deletes"),
    CLEANUP("cleanup"),
    METADATA("metadata"),
    SEARCH("searches");

    private final String label;

    CallPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
