package dev.zohodelink.runner;

import dev.zohodelink.report.ApiSpending;
import dev.zohodelink.report.RunOutcome;
import dev.zohodelink.report.ScenarioOutcome;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * How a conformance run ended: each version's scenarios, the calls and credits they spent, the cleanup, and what
 * keeps the verdict from green (a failed scenario, a documented promise nothing proved, drift beyond the policy, ...).
 *
 * @param liveSpending what the live runs spent in all, cleanup and metadata included (a scenario's own count has
 *                     neither); empty on the emulator, where the scenarios' counts are the whole
 */
public record RunVerdict(
        List<VersionCount> versions,
        List<RunOutcome> runs,
        Optional<ApiSpending> liveSpending,
        String cleanup,
        List<String> problems) {

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
        return "Conformance " + (green() ? "GREEN" : "FAILED") + ": "
                + versions.stream().map(VersionCount::toString).collect(Collectors.joining("; ")) + "; "
                + counted(failures(), "failure") + "; " + spending() + "; " + cleanup
                + (problems.isEmpty() ? "" : "; " + counted(problems.size(), "problem"));
    }

    private static String counted(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** "1530 API calls, 1638 credits (6.6 per scenario, cleanup included)": per scenario that ran, not per skipped one. */
    private String spending() {
        ApiSpending spent = liveSpending.orElseGet(
                () -> new ApiSpending(sum(ScenarioOutcome::calls), sum(ScenarioOutcome::credits)));
        long ran = versions.stream().mapToLong(v -> v.passed() + v.failed()).sum();
        String perScenario = ran == 0
                ? ""
                : String.format(
                        Locale.ROOT,
                        " (%.1f per scenario%s)",
                        (double) spent.credits() / ran,
                        liveSpending.isPresent() ? ", cleanup included" : "");
        return spent.calls() + " API calls, " + spent.credits() + " credits" + perScenario;
    }

    private long sum(ToLongFunction<ScenarioOutcome> field) {
        return runs.stream()
                .flatMap(run -> run.scenarios().stream())
                .mapToLong(field)
                .sum();
    }
}
