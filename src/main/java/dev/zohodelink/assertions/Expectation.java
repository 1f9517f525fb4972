package dev.zohodelink.assertions;

import dev.zohodelink.contract.Provenance;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One thing a Then step expects, graded by the evidence it rests on. A Then step checks several; each fails or
 * holds on its own, so one scenario can hold Zoho to its documentation and observe a guess at the same time.
 *
 * @param aspect   what is looked at ("HTTP status", "relation state: the contacts linked to campaign C")
 * @param expected what Zoho should answer, in words
 * @param basis    the evidence for it
 * @param holds    whether the answer meets it
 * @param actual   what the answer was, for the failure message
 */
public record Expectation(
        String aspect, String expected, Provenance basis, BooleanSupplier holds, Supplier<String> actual) {

    /** The expectation as a scenario that rests on a guess must weaken it: never stronger than {@code cap}. */
    public Expectation cappedAt(Provenance cap) {
        return basis.evidence().compareTo(cap.evidence()) >= 0
                ? this
                : new Expectation(aspect, expected, cap, holds, actual);
    }

    public String describe() {
        return "[" + basis.evidence().label() + "] " + aspect + ": " + expected;
    }
}
