package dev.zohodelink.assertions;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An expectation after the check: held, failed, or observed (failed, but relaxed because nothing documents it). */
public record CheckedExpectation(String step, Expectation expectation, Result result, String actual) {

    public enum Result {
        @JsonProperty("held")
        HELD,
        @JsonProperty("failed")
        FAILED,
        @JsonProperty("observed")
        OBSERVED
    }

    /** "held [delink page] every delink succeeds: HTTP status 200", and what was seen when it did not hold. */
    public String asLine() {
        return result.name().toLowerCase(java.util.Locale.ROOT) + " ["
                + expectation.basis().evidence().label() + "] " + step + ": " + expectation.aspect() + " "
                + expectation.expected() + (result == Result.HELD ? "" : "; but " + actual);
    }

    public RecordedExpectation recorded() {
        return new RecordedExpectation(
                step,
                expectation.aspect(),
                expectation.expected(),
                expectation.basis().evidence().label(),
                expectation.basis().isDocumented(),
                expectation.basis().source(),
                result,
                result == Result.HELD ? null : actual);
    }
}
