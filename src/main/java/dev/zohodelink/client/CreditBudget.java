package dev.zohodelink.client;

import java.util.OptionalLong;

/** {@code ZOHO_MAX_CREDITS}: calls that would go beyond it are not made. Cleanup is exempt, so nothing is left behind. */
public final class CreditBudget {

    private final OptionalLong maximum;
    private long spent;

    public CreditBudget(OptionalLong maximum) {
        this.maximum = maximum;
    }

    public static CreditBudget unlimited() {
        return new CreditBudget(OptionalLong.empty());
    }

    synchronized void spend(long credits) {
        if (maximum.isPresent() && spent + credits > maximum.getAsLong()) {
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

    /** Thrown instead of a call that would exceed the budget. */
    public static final class Exhausted extends RuntimeException {
        Exhausted(String message) {
            super(message, null, false, false);
        }
    }
}
