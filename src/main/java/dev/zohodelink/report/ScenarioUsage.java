package dev.zohodelink.report;

import dev.zohodelink.client.ApiUsage;

/** What one scenario spent: API calls, credits and retries. */
public record ScenarioUsage(long calls, long credits, long retries) {

    public static final ScenarioUsage NONE = new ScenarioUsage(0, 0, 0);

    public static ScenarioUsage of(ApiUsage usage) {
        return new ScenarioUsage(usage.calls(), usage.credits(), usage.retries());
    }
}
