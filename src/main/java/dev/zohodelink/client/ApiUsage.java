package dev.zohodelink.client;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Calls, API credits (also per {@link CallPurpose}) and retries, counted for a run and, through {@link #child()}, for each
 * scenario of it.
 * Zoho's rule: one credit per call, one per ten records on insert and update (api-limits page).
 * A retry is an attempt made again that its caller never sees: after a 429, a 5xx to a fixture call or a lost
 * connection ({@link GovernedZohoCrmApi}), or after INVALID_TOKEN for a token the run renews
 * ({@link TokenRefreshingZohoCrmApi}). Every attempt is a call with its credits, so calls less retries are the calls
 * the scenarios made.
 */
public final class ApiUsage {

    private final ApiUsage parent;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong credits = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final Map<CallPurpose, AtomicLong> creditsByPurpose = new EnumMap<>(CallPurpose.class);
    private final AtomicLong clientNanos = new AtomicLong();

    public ApiUsage() {
        this(null);
    }

    private ApiUsage(ApiUsage parent) {
        this.parent = parent;
        for (CallPurpose purpose : CallPurpose.values()) {
            creditsByPurpose.put(purpose, new AtomicLong());
        }
    }

    /** Usage that also counts towards this one. */
    public ApiUsage child() {
        return new ApiUsage(this);
    }

    public static long creditsFor(int records) {
        return Math.max(1, (records + 9) / 10);
    }

    void call(CallPurpose purpose, long callCredits) {
        calls.incrementAndGet();
        credits.addAndGet(callCredits);
        creditsByPurpose.get(purpose).addAndGet(callCredits);
        if (parent != null) {
            parent.call(purpose, callCredits);
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

    /** The credits spent per purpose, in the order of {@link CallPurpose}, purposes without a call left out. */
    public Map<CallPurpose, Long> creditsByPurpose() {
        Map<CallPurpose, Long> spent = new EnumMap<>(CallPurpose.class);
        creditsByPurpose.forEach((purpose, credits) -> {
            if (credits.get() > 0) {
                spent.put(purpose, credits.get());
            }
        });
        return Collections.unmodifiableMap(spent);
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
