package dev.zohodelink.estimate;

import java.util.List;
import java.util.OptionalLong;

/**
 * What a live run of the selected scenarios would spend, per API version and in total, as measured by running it
 * against a private emulator.
 *
 * @param versions         one per API version, in the order they ran
 * @param failures         one line per scenario that failed in the estimate's run
 * @param refreshTokens    which optional refresh tokens the run had, in words
 * @param maxCredits       {@code ZOHO_MAX_CREDITS}, when set
 */
public record CreditEstimate(
        List<SpendingEstimate> versions, List<String> failures, String refreshTokens, OptionalLong maxCredits) {

    public CreditEstimate {
        versions = List.copyOf(versions);
        failures = List.copyOf(failures);
    }

    public SpendingEstimate total() {
        return versions.stream()
                .reduce(SpendingEstimate.nothing("total"), (sum, version) -> sum.plus(version, "total"));
    }

    /** Each version's run has its own floor; together they need the sum. */
    public IsolationFloor totalFloor() {
        return versions.stream()
                .map(SpendingEstimate::isolationFloor)
                .reduce(new IsolationFloor(0, 0, 0, 0), IsolationFloor::plus);
    }
}
