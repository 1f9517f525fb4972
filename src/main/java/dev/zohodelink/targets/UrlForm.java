package dev.zohodelink.targets;

/** The two documented URL forms of Delink Related Records. */
public enum UrlForm {
    /** {@code .../{related_list}/{related_record_id}} */
    SINGLE("single id"),
    /** {@code .../{related_list}?ids=a,b,c} */
    BULK("ids parameter");

    private final String label;

    UrlForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
