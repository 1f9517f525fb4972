package dev.zohodelink.report;

import dev.zohodelink.assertions.RecordedExpectation;
import dev.zohodelink.contract.ZohoError;
import java.util.List;

/**
 * One scenario's result in one run, as written to {@code reports/results/<version>.json}.
 *
 * @param observations where an undocumented expectation saw other behaviour (ZOHO_UNDOCUMENTED=observe)
 * @param expectations every expectation the scenario's Then steps checked, with its grade and result
 */
public record ScenarioOutcome(
        String feature,
        String name,
        String uri,
        int line,
        List<String> tags,
        String status,
        String reason,
        List<ProvenRelation> relations,
        List<ZohoError> errors,
        long calls,
        long credits,
        long retries,
        List<String> observations,
        List<RecordedExpectation> expectations) {

    public boolean passed() {
        return status.equals("PASSED");
    }

    public boolean skipped() {
        return status.equals("SKIPPED");
    }
}
