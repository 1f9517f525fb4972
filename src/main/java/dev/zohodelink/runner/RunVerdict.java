package dev.zohodelink.runner;

import dev.zohodelink.report.RunOutcome;
import dev.zohodelink.report.ScenarioOutcome;
import java.util.List;
import java.util.stream.Collectors;
import java.util.function.ToLongFunction;

/**
 * How a conformance run ended: each version's scenarios, the calls and credits they spent, the cleanup, and what
 * keeps the verdict from green (a failed scenario, a documented promise nothing proved, drift beyond the policy, ...).
 */
public record RunVerdict(List<VersionCount> versions, List<RunOutcome> runs, String cleanup, List<String> problems) {

    public RunVerdict {
        versions = List.copyOf(versions);
        runs = List.copyOf(runs);
        problems = List.copyOf(problems);
    }

    /** Green: scenarios ran, none failed, and the reports found nothing wrong. */
    public boolean green() {
        return problems.isEmpty() && failures() == 0 && versions.stream().anyMatch(v -> v.scenarios() > 0);
    }

    public int failures() {
        return versions.stream().mapToInt(VersionCount::failed).sum();
    }

    /** The one line a run ends with. */
    public String summaryLine() {
        return "Conformance " + (green() ? "GREEN" : "FAILED") + ": " + versions.stream().map(VersionCount::toString).collect(Collectors.joining("; "))
                + "; " + failures() + " failures; " + sum(ScenarioOutcome::calls) + " API calls, " + sum(ScenarioOutcome::credits) + " credits; "
                + cleanup + (problems.isEmpty() ? "" : "; " + problems.size() + " problems");
    }

    private long sum(ToLongFunction<ScenarioOutcome> field) {
        return runs.stream().flatMap(run -> run.scenarios().stream()).mapToLong(field).sum();
    }
}
