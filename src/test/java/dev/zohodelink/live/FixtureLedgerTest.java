package dev.zohodelink.live;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.zohodelink.contract.Module;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FixtureLedgerTest {

    private final FixtureLedger ledger = new FixtureLedger();

    @Test
    void lists_what_was_created_per_module_in_creation_order() {
        // WHEN
        ledger.created(Module.LEADS, "3");
        ledger.created(Module.CAMPAIGNS, "9");
        ledger.created(Module.LEADS, "1");

        // THEN
        then(ledger.outstanding()).isEqualTo(Map.of(Module.LEADS, List.of("3", "1"), Module.CAMPAIGNS, List.of("9")));
        then(ledger.createdCount()).isEqualTo(3);
        then(ledger.deletedCount()).isZero();
        then(ledger.outstandingCount()).isEqualTo(3);
    }

    @Test
    void forgets_what_was_deleted_and_omits_modules_with_nothing_left() {
        // GIVEN
        ledger.created(Module.LEADS, "1");
        ledger.created(Module.LEADS, "2");
        ledger.created(Module.CAMPAIGNS, "9");

        // WHEN
        ledger.deleted(Module.LEADS, "1");
        ledger.deleted(Module.CAMPAIGNS, "9");

        // THEN
        then(ledger.outstanding()).isEqualTo(Map.of(Module.LEADS, List.of("2")));
        then(ledger.deletedCount()).isEqualTo(2);
        then(ledger.outstandingCount()).isEqualTo(1);
    }

    @Test
    void counts_a_deletion_only_once_and_only_for_an_outstanding_record() {
        // GIVEN
        ledger.created(Module.LEADS, "1");

        // WHEN the record is reported deleted twice, another module's record of the same id and an unknown record once
        ledger.deleted(Module.LEADS, "1");
        ledger.deleted(Module.LEADS, "1");
        ledger.deleted(Module.CONTACTS, "1");
        ledger.deleted(Module.LEADS, "404");

        // THEN
        then(ledger.deletedCount()).isEqualTo(1);
        then(ledger.outstandingCount()).isZero();
        then(ledger.outstanding()).isEmpty();
    }

    @Test
    void rolls_the_records_of_each_scenario_up_to_the_run() {
        // GIVEN a run's ledger and two scenarios' ledgers
        FixtureLedger first = ledger.child();
        FixtureLedger second = ledger.child();

        // WHEN each scenario creates records and the first deletes one
        first.created(Module.LEADS, "1");
        first.created(Module.LEADS, "2");
        second.created(Module.DEALS, "7");
        first.deleted(Module.LEADS, "1");

        // THEN each scenario sees its own records, the run sees all
        then(first.outstanding()).isEqualTo(Map.of(Module.LEADS, List.of("2")));
        then(second.outstanding()).isEqualTo(Map.of(Module.DEALS, List.of("7")));
        then(ledger.outstanding()).isEqualTo(Map.of(Module.LEADS, List.of("2"), Module.DEALS, List.of("7")));
        then(ledger.createdCount()).isEqualTo(3);
        then(ledger.deletedCount()).isEqualTo(1);
        then(ledger.outstandingCount()).isEqualTo(2);
        then(second.createdCount()).isEqualTo(1);
        then(second.deletedCount()).isZero();
    }

    @Test
    void rolls_up_through_several_generations() {
        // GIVEN
        FixtureLedger grandchild = ledger.child().child();

        // WHEN
        grandchild.created(Module.PRODUCTS, "5");

        // THEN
        then(ledger.outstanding()).isEqualTo(Map.of(Module.PRODUCTS, List.of("5")));
    }

    @Test
    void counts_a_record_the_run_deleted_that_a_scenario_created() {
        // GIVEN a scenario created a record, and the run's cleanup deletes it through the run's ledger
        FixtureLedger scenario = ledger.child();
        scenario.created(Module.LEADS, "1");

        // WHEN
        ledger.deleted(Module.LEADS, "1");

        // THEN the run counts it once
        then(ledger.deletedCount()).isEqualTo(1);
        then(ledger.outstanding()).isEmpty();
    }

    @Test
    void hands_out_a_copy_of_the_outstanding_records() {
        // GIVEN
        ledger.created(Module.LEADS, "1");
        Map<Module, List<String>> snapshot = ledger.outstanding();

        // WHEN the copy is changed and the ledger moves on
        snapshot.get(Module.LEADS).add("intruder");
        snapshot.put(Module.DEALS, List.of("intruder"));
        ledger.created(Module.LEADS, "2");
        ledger.deleted(Module.LEADS, "1");

        // THEN neither affects the other
        then(ledger.outstanding()).isEqualTo(Map.of(Module.LEADS, List.of("2")));
        then(snapshot).isEqualTo(Map.of(Module.LEADS, List.of("1", "intruder"), Module.DEALS, List.of("intruder")));
    }

    @Test
    void closing_waits_for_an_insert_in_flight_so_that_its_records_are_cleaned_up_and_refuses_new_inserts()
            throws Exception {
        // GIVEN a scenario's insert in flight, as when a run is stopped with Ctrl-C
        FixtureLedger scenario = ledger.child();
        FixtureLedger.Insertion insertion = scenario.inserting();
        CompletableFuture<Boolean> closing =
                CompletableFuture.supplyAsync(() -> ledger.closeAndAwaitInserts(Duration.ofSeconds(30)));

        // WHEN its answer arrives after cleanup began
        Thread.sleep(200);
        then(closing).as("cleanup waits for the insert").isNotDone();
        scenario.created(Module.CONTACTS, "7");
        insertion.close();

        // THEN cleanup sees its record, and the scenario may insert no more
        then(closing.get(10, TimeUnit.SECONDS)).isTrue();
        then(ledger.outstanding()).isEqualTo(Map.of(Module.CONTACTS, List.of("7")));
        thenThrownBy(scenario::inserting)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the run is stopping and cleaning up: no more records are created");
    }

    @Test
    void closing_gives_up_on_an_insert_that_does_not_answer_in_time() {
        // GIVEN an insert that never answers
        ledger.inserting();

        // WHEN / THEN
        then(ledger.closeAndAwaitInserts(Duration.ofMillis(50))).isFalse();
    }
}
