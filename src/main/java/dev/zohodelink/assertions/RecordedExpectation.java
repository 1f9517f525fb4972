package dev.zohodelink.assertions;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A checked expectation as the results record it, in {@code results/<version>.json} and the scenario facts.
 *
 * @param evidence   the grade's label ("delink page")
 * @param documented whether the grade is documented, so the expectation fails the build in every mode
 * @param actual     what was seen, when the expectation did not hold
 */
public record RecordedExpectation(
        String step,
        String aspect,
        String expected,
        String evidence,
        boolean documented,
        String source,
        CheckedExpectation.Result result,
        @JsonInclude(JsonInclude.Include.NON_NULL) String actual) {}
