package dev.zohodelink.contract;

/** Per-call limits. */
public final class Limits {

    /** "You can delete a maximum of 100 related records through an API call" (delink page, Note). */
    public static final int MAX_IDS_PER_DELINK = 100;

    /** "You can update a maximum of 100 related records per API call" (update related records page). */
    public static final int MAX_RECORDS_PER_LINK = 100;

    /** "You can insert up to 100 records in a single API call" (insert records page). */
    public static final int MAX_RECORDS_PER_INSERT = 100;

    /** "A maximum of 100 records can be deleted per API call" (delete records page). */
    public static final int MAX_IDS_PER_DELETE = 100;

    /** Get Related Records pages at most 200 records. */
    public static final int MAX_PER_PAGE = 200;

    private Limits() {}
}
