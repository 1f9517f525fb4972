package dev.zohodelink.estimate;

import dev.zohodelink.client.ApiUsage;
import dev.zohodelink.client.CallPurpose;
import dev.zohodelink.contract.Limits;
import dev.zohodelink.contract.Module;
import dev.zohodelink.live.FixtureCleaner;
import java.util.List;
import java.util.Map;

/**
 * The credits per scenario that no change to the suite can remove while every scenario keeps its own records: the
 * calls the features' steps make (each link, delink, state read, record read and record delete checks or sets up
 * something of that scenario alone), plus every fixture record inserted and deleted at Zoho's bulk rates, as if all
 * the records of a module were inserted 100 per call (1 credit per 10 records) and deleted 100 ids per call
 * (1 credit per call). The fields metadata is left out: it is read once per run and module, however many scenarios.
 *
 * @param scenarios   the scenarios that ran
 * @param stepCredits what the run spent on the calls the features' steps make
 * @param insertCredits every record the run created, inserted at the bulk rate, module by module
 * @param deleteCredits every record the scenarios left to cleanup, deleted at the bulk rate, module by module
 */
public record IsolationFloor(long scenarios, long stepCredits, long insertCredits, long deleteCredits) {

    /** The purposes of the calls the features' steps make. */
    static final List<CallPurpose> STEP_CALLS = List.of(
            CallPurpose.LINK,
            CallPurpose.DELINK,
            CallPurpose.STATE_READ,
            CallPurpose.RECORD_READ,
            CallPurpose.RECORD_DELETE,
            CallPurpose.SEARCH);

    /**
     * @param creditsByPurpose the run's credits by purpose
     * @param recordsCreated   the records the run created, by module
     * @param recordsCleanedUp the records the scenarios left to cleanup, by module
     */
    public static IsolationFloor of(
            long scenarios,
            Map<CallPurpose, Long> creditsByPurpose,
            Map<Module, Long> recordsCreated,
            Map<Module, Long> recordsCleanedUp) {
        return new IsolationFloor(
                scenarios,
                STEP_CALLS.stream()
                        .mapToLong(purpose -> creditsByPurpose.getOrDefault(purpose, 0L))
                        .sum(),
                recordsCreated.values().stream()
                        .mapToLong(IsolationFloor::bulkInsertCredits)
                        .sum(),
                recordsCleanedUp.values().stream()
                        .mapToLong(FixtureCleaner::callsToDelete)
                        .sum());
    }

    /** Zoho's rate for {@code records} records of one module inserted {@value Limits#MAX_RECORDS_PER_INSERT} per call. */
    static long bulkInsertCredits(long records) {
        long fullCalls = records / Limits.MAX_RECORDS_PER_INSERT;
        int rest = (int) (records % Limits.MAX_RECORDS_PER_INSERT);
        return fullCalls * ApiUsage.creditsFor(Limits.MAX_RECORDS_PER_INSERT)
                + (rest == 0 ? 0 : ApiUsage.creditsFor(rest));
    }

    public long credits() {
        return stepCredits + insertCredits + deleteCredits;
    }

    public double perScenario() {
        return scenarios == 0 ? 0 : (double) credits() / scenarios;
    }

    IsolationFloor plus(IsolationFloor other) {
        return new IsolationFloor(
                scenarios + other.scenarios,
                stepCredits + other.stepCredits,
                insertCredits + other.insertCredits,
                deleteCredits + other.deleteCredits);
    }
}
