package dev.zohodelink.emulator.core.faults;

/**
 * Which calls of its route a fault applies to: every call, or each call with probability {@code fraction} drawn
 * from {@code new java.util.Random(seed)} so that the same calls fault on every run; at most {@code times} calls,
 * or until the faults are cleared when {@code times} is {@link #UNLIMITED}.
 */
public record FaultSchedule(int times, double fraction, long seed) {

    public static final int UNLIMITED = 0;

    public FaultSchedule {
        if (times < 0) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        if (!(fraction > 0.0 && fraction <= 1.0)) {
            throw new IllegalArgumentException("fraction must be greater than 0 and at most 1");
        }
    }

    /** The next {@code times} calls. */
    public static FaultSchedule next(int times) {
        if (times < 1) {
            throw new IllegalArgumentException("a fault must apply to at least one call");
        }
        return new FaultSchedule(times, 1.0, 0L);
    }

    /** A seeded fraction of the calls, until the faults are cleared. */
    public static FaultSchedule fraction(double fraction, long seed) {
        return new FaultSchedule(UNLIMITED, fraction, seed);
    }

    public boolean isLimited() {
        return times != UNLIMITED;
    }

    public boolean isFractional() {
        return fraction < 1.0;
    }
}
