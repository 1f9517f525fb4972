package dev.zohodelink.client;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Calls, API credits and retries, counted for a run and, through {@link #child()}, for each scenario of it.
 * Zoho's rule: one credit per call, one per ten records on insert and update (api-limits page).
 */
public final class ApiUsage {

    private final ApiUsage parent;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong credits = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong clientNanos = new AtomicLong();

    public ApiUsage() {
        this(null);
    }

    private ApiUsage(ApiUsage parent) {
        this.parent = parent;
    }

    /** Usage that also counts towards this one. */
    public ApiUsage child() {
        return new ApiUsage(this);
    }

    public static long creditsFor(int records) {
        return Math.max(1, (records + 9) / 10);
    }

    void call(long callCredits) {
        calls.incrementAndGet();
        credits.addAndGet(callCredits);
        if (parent != null) {
            parent.call(callCredits);
        }
    }

    /** Time spent inside a call as its caller sees it, retries and waits included. */
    void timed(long nanos) {
        clientNanos.addAndGet(nanos);
        if (parent != null) {
            parent.timed(nanos);
        }
    }

    void retry() {
        retries.incrementAndGet();
        if (parent != null) {
            parent.retry();
        }
    }

    public long calls() {
        return calls.get();
    }

    public long credits() {
        return credits.get();
    }

    public long retries() {
        return retries.get();
    }

    /** The time callers spent inside their calls, in nanoseconds. */
    public long clientNanos() {
        return clientNanos.get();
    }

    @Override
    public String toString() {
        return calls() + " API calls, " + credits() + " credits, " + retries() + " retries";
    }
}
