package dev.zohodelink.client;

import java.util.OptionalLong;

/** {@code ZOHO_MAX_CREDITS}: calls that would go beyond it are not made. Cleanup is exempt, so nothing is left behind. */
public final class CreditBudget {

    private final OptionalLong maximum;
    private long spent;
    private long refusals;

    public CreditBudget(OptionalLong maximum) {
        this.maximum = maximum;
    }

    public static CreditBudget unlimited() {
        return new CreditBudget(OptionalLong.empty());
    }

    synchronized void spend(long credits) {
        if (maximum.isPresent() && spent + credits > maximum.getAsLong()) {
            refusals++;
            throw new Exhausted("the credit budget ZOHO_MAX_CREDITS=" + maximum.getAsLong() + " would be exceeded: "
                    + spent + " spent, this call needs " + credits);
        }
        spent += credits;
    }

    synchronized void spendForCleanup(long credits) {
        spent += credits;
    }

    public synchronized long spent() {
        return spent;
    }

    /** How many calls were not made because they would have gone beyond the budget. */
    public synchronized long refusals() {
        return refusals;
    }

    /** What a run's summary says of the budget: nothing while it held, else that it ran out and what it cost. */
    public synchronized String note() {
        return refusals == 0
                ? ""
                : "ZOHO_MAX_CREDITS=" + maximum.getAsLong() + " ran out: " + refusals + " call"
                        + (refusals == 1 ? " was" : "s were")
                        + " not made and their scenarios failed, cleanup exempt (`estimate` says what a selection needs)";
    }

    /** Thrown instead of a call that would exceed the budget. */
    public static final class Exhausted extends RuntimeException {
        Exhausted(String message) {
            super(message, null, false, false);
        }
    }
}
