package dev.zohodelink.estimate;

import dev.zohodelink.client.CallPurpose;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The estimate as the {@code estimate} command prints it. */
public final class EstimateReport {

    private EstimateReport() {}

    public static List<String> lines(CreditEstimate estimate) {
        List<String> lines = new ArrayList<>();
        lines.add("Refresh tokens: " + estimate.refreshTokens() + ".");
        for (SpendingEstimate version : estimate.versions()) {
            lines.addAll(spending(version, version.isolationFloor()));
        }
        SpendingEstimate total = estimate.total();
        IsolationFloor floor = estimate.totalFloor();
        if (estimate.versions().size() > 1) {
            lines.addAll(spending(total, floor));
        }
        lines.add(String.format(
                Locale.ROOT,
                "Isolation floor: %.2f credits per scenario that no change to the suite removes while each scenario"
                        + " keeps its own records: the calls its steps make (%s: %d), every record inserted 100 per"
                        + " call at 1 credit per 10 (%d) and deleted 100 ids per call (%d), over %d scenarios; the"
                        + " metadata, read once per run, is left out.",
                floor.perScenario(),
                IsolationFloor.STEP_CALLS.stream().map(CallPurpose::label).collect(Collectors.joining(", ")),
                floor.stepCredits(),
                floor.insertCredits(),
                floor.deleteCredits(),
                floor.scenarios()));
        lines.add(String.format(
                Locale.ROOT,
                "Only a live run spends the cleanup: %d credits for %d records the scenarios left, deleted 100 ids per"
                        + " call and module (on the emulator target each scenario's emulator goes with its records);"
                        + " the metadata (%d) is read once per run, version and module on both targets.",
                total.creditsFor(CallPurpose.CLEANUP),
                total.recordsToCleanUp(),
                total.creditsFor(CallPurpose.METADATA)));
        lines.add("A real org may spend more (retries after HTTP 429 or a timeout, inserts sent again for a field its"
                + " layout makes mandatory) or less (scenarios skipped for a module it lacks).");
        lines.add(budget(estimate));
        if (!estimate.failures().isEmpty()) {
            lines.add(estimate.failures().size() + " scenarios failed in the estimate's run; a failed scenario stops"
                    + " early, so the live run may spend more:");
            estimate.failures().forEach(failure -> lines.add("  " + failure));
        }
        return lines;
    }

    private static List<String> spending(SpendingEstimate spent, IsolationFloor floor) {
        return List.of(
                String.format(
                        Locale.ROOT,
                        "%s: %d scenarios run, %d skipped; %d API calls, %d credits, %.2f per scenario; isolation"
                                + " floor %.2f per scenario",
                        spent.label(),
                        spent.scenariosRun(),
                        spent.skipped(),
                        spent.calls(),
                        spent.credits(),
                        spent.creditsPerScenario(),
                        floor.perScenario()),
                "  credits by purpose: "
                        + (spent.creditsByPurpose().isEmpty()
                                ? "none"
                                : spent.creditsByPurpose().entrySet().stream()
                                        .map(e -> e.getKey().label() + " " + e.getValue())
                                        .collect(Collectors.joining(", "))));
    }

    /** Whether each version's run stays under ZOHO_MAX_CREDITS, which holds each run but exempts its cleanup. */
    static String budget(CreditEstimate estimate) {
        if (estimate.maxCredits().isEmpty()) {
            return "ZOHO_MAX_CREDITS is not set: a live run makes every call it needs.";
        }
        long max = estimate.maxCredits().getAsLong();
        List<SpendingEstimate> over = estimate.versions().stream()
                .filter(v -> v.creditsUnderTheBudget() > max)
                .toList();
        String each = estimate.versions().stream()
                .map(v -> v.label() + " " + v.creditsUnderTheBudget())
                .collect(Collectors.joining(", "));
        return "ZOHO_MAX_CREDITS=" + max + " holds each version's run, cleanup exempt (" + each + "): "
                + (over.isEmpty()
                        ? "the estimate fits under it."
                        : "the estimate does NOT fit: "
                                + over.stream().map(SpendingEstimate::label).collect(Collectors.joining(", "))
                                + " would stop making calls at " + max + " credits and fail the scenarios left.");
    }
}
