package dev.zohodelink.estimate;

import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.client.CallPurpose;
import dev.zohodelink.contract.Module;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsolationFloorTest {

    @ParameterizedTest(name = "{0} records of one module cost {1} credits inserted 100 per call")
    @CsvSource({"0, 0", "1, 1", "10, 1", "11, 2", "100, 10", "101, 11", "250, 25"})
    void records_inserted_in_bulk_cost_one_credit_per_ten_in_calls_of_one_hundred(long records, long credits) {
        then(IsolationFloor.bulkInsertCredits(records)).isEqualTo(credits);
    }

    @Test
    void counts_the_steps_calls_and_every_record_at_the_bulk_rates_module_by_module() {
        // GIVEN a run of 10 scenarios: what it spent by purpose, the records it created and left to cleanup
        Map<CallPurpose, Long> creditsByPurpose = Map.of(
                CallPurpose.FIXTURE_INSERT, 40L,
                CallPurpose.LINK, 12L,
                CallPurpose.DELINK, 10L,
                CallPurpose.STATE_READ, 9L,
                CallPurpose.RECORD_READ, 7L,
                CallPurpose.RECORD_DELETE, 1L,
                CallPurpose.CLEANUP, 4L,
                CallPurpose.METADATA, 3L);
        Map<Module, Long> created = Map.of(Module.CAMPAIGNS, 11L, Module.CONTACTS, 205L);
        Map<Module, Long> cleanedUp = Map.of(Module.CAMPAIGNS, 10L, Module.CONTACTS, 205L);

        // WHEN
        IsolationFloor floor = IsolationFloor.of(10, creditsByPurpose, created, cleanedUp);

        // THEN the steps' calls without inserts, cleanup or metadata; 2 + 21 credits of inserts; 1 + 3 deletes
        then(floor.stepCredits()).isEqualTo(12 + 10 + 9 + 7 + 1);
        then(floor.insertCredits()).isEqualTo(2 + 21);
        then(floor.deleteCredits()).isEqualTo(1 + 3);
        then(floor.credits()).isEqualTo(66);
        then(floor.perScenario()).isEqualTo(6.6);
    }

    @Test
    void two_runs_need_the_sum_of_their_floors() {
        IsolationFloor v7 = new IsolationFloor(10, 40, 5, 2);
        IsolationFloor v8 = new IsolationFloor(30, 120, 14, 4);

        IsolationFloor both = v7.plus(v8);

        then(both).isEqualTo(new IsolationFloor(40, 160, 19, 6));
        then(both.perScenario()).isEqualTo(185 / 40.0);
    }

    @Test
    void a_run_without_scenarios_has_a_floor_of_zero_per_scenario() {
        then(IsolationFloor.of(0, Map.of(), Map.of(), Map.of()).perScenario()).isZero();
    }
}
