package dev.zohodelink.regressions;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.support.Misbehaviour;
import java.util.List;
import java.util.Optional;

/**
 * One change Zoho could ship, the features that concern it, and whether it breaks a documented promise. One that
 * does must be caught by a documented expectation in every mode; one that does not is caught, by default, only by
 * expectations that rest on less, and {@code whyOnlyUndocumented} says why.
 */
public record SimulatedRegression(
        Misbehaviour misbehaviour,
        ApiVersion version,
        List<String> features,
        Optional<String> scenarios,
        Optional<String> whyOnlyUndocumented) {

    public SimulatedRegression {
        features = List.copyOf(features);
    }

    static SimulatedRegression breaksDocumentation(Misbehaviour misbehaviour, String... features) {
        return new SimulatedRegression(
                misbehaviour, ApiVersion.V7, List.of(features), Optional.empty(), Optional.empty());
    }

    static SimulatedRegression breaksOnlyUndocumented(Misbehaviour misbehaviour, String why, String... features) {
        return new SimulatedRegression(
                misbehaviour, ApiVersion.V7, List.of(features), Optional.empty(), Optional.of(why));
    }

    /** Only the scenarios of the features whose names match {@code names}, a regular expression (Cucumber's name filter). */
    SimulatedRegression onlyScenarios(String names) {
        return new SimulatedRegression(misbehaviour, version, features, Optional.of(names), whyOnlyUndocumented);
    }

    SimulatedRegression on(ApiVersion otherVersion) {
        return new SimulatedRegression(misbehaviour, otherVersion, features, scenarios, whyOnlyUndocumented);
    }

    public boolean breaksDocumentedPromise() {
        return whyOnlyUndocumented.isEmpty();
    }

    public String name() {
        return misbehaviour.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
