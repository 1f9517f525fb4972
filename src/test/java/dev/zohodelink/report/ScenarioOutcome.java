package dev.zohodelink.report;

import java.util.List;

/**
 * One scenario's result in one run, as written to {@code reports/results/<version>.json}.
 *
 * @param observations where an assumed scenario saw other behaviour than the profile's (ZOHO_UNDOCUMENTED=observe)
 */
public record ScenarioOutcome(String feature, String name, String uri, int line, List<String> tags, String status,
                              String reason, List<String> relations, List<String> errors, long calls, long credits, long retries,
                              List<String> observations) {

    public boolean passed() {
        return status.equals("PASSED");
    }

    public boolean skipped() {
        return status.equals("SKIPPED");
    }
}
