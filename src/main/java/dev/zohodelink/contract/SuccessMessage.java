package dev.zohodelink.contract;

/** The per-record success messages of the related-records and records APIs (OAS Success_Response enum and docs). */
public enum SuccessMessage {
    RELATION_REMOVED("relation removed"),
    RELATION_ADDED("relation added"),
    RECORD_ADDED("record added"),
    RECORD_DELETED("record deleted");

    public static final String CODE = "SUCCESS";
    public static final String STATUS = "success";

    private final String text;

    SuccessMessage(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
