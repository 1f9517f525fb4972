package dev.zohodelink.assertions;

import java.util.LinkedHashMap;
import java.util.Map;

/** An expectation after the check: held, failed, or observed (failed, but relaxed because nothing documents it). */
public record CheckedExpectation(String step, Expectation expectation, Result result, String actual) {

    public enum Result {
        HELD,
        FAILED,
        OBSERVED
    }

    /** "held [delink page] every delink succeeds: HTTP status 200", and what was seen when it did not hold. */
    public String asLine() {
        return result.name().toLowerCase(java.util.Locale.ROOT) + " ["
                + expectation.basis().evidence().label() + "] " + step + ": " + expectation.aspect() + " "
                + expectation.expected() + (result == Result.HELD ? "" : "; but " + actual);
    }

    public Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("step", step);
        json.put("aspect", expectation.aspect());
        json.put("expected", expectation.expected());
        json.put("evidence", expectation.basis().evidence().label());
        json.put("documented", expectation.basis().isDocumented());
        json.put("source", expectation.basis().source());
        json.put("result", result.name().toLowerCase(java.util.Locale.ROOT));
        if (result != Result.HELD) {
            json.put("actual", actual);
        }
        return json;
    }
}
