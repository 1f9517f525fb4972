package dev.zohodelink.report;

import java.util.List;

/** Every scenario of one run against one target and API version. */
public record RunOutcome(String version, String target, String profile, List<ScenarioOutcome> scenarios) {}
