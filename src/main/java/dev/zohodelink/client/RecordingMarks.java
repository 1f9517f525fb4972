package dev.zohodelink.client;

/**
 * Where a retrying decorator says that an attempt was superseded: made again, and replaced by the later attempt of
 * the same call. Whether a call is retried depends on load, threads and token lifetimes, not on Zoho's contract, so
 * the superseded attempt leaves the scenario's recording while its report log and counts keep it. A scenario makes
 * its calls one after another, so the exchanges since a mark are those of the attempts made since.
 */
public interface RecordingMarks {

    /** A mark before an attempt: how many exchanges there are so far. */
    int mark();

    /** The exchanges from {@code mark} on leave the recording; the report's log says {@code why}. */
    void leaveOutOfRecordingFrom(int mark, String why);

    /** For a client whose exchanges nobody records. */
    static RecordingMarks none() {
        return new RecordingMarks() {
            @Override
            public int mark() {
                return 0;
            }

            @Override
            public void leaveOutOfRecordingFrom(int mark, String why) {}
        };
    }
}
