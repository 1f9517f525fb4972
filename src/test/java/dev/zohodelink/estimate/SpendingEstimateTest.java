package dev.zohodelink.estimate;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalStateException;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.client.CallPurpose;
import dev.zohodelink.contract.Module;
import dev.zohodelink.live.LiveRunSummary;
import dev.zohodelink.runner.VersionCount;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpendingEstimateTest {

    private static final VersionCount TEN_PASSED = new VersionCount("v7", 10, 0, 1);

    /** A summary as a live run writes it to {@code reports/live/v7.json}, with these keyed counts. */
    private static LiveRunSummary summary(String creditsByPurpose, String recordsCreated, String recordsCleanedUp)
            throws Exception {
        return JsonMapper.builder()
                .build()
                .readValue(
                        "{\"api_calls\":60,\"credits\":66,\"credits_by_purpose\":" + creditsByPurpose
                                + ",\"records_created_by_module\":" + recordsCreated
                                + ",\"records_cleaned_up_by_module\":" + recordsCleanedUp + "}",
                        LiveRunSummary.class);
    }

    @Test
    void reads_the_purpose_labels_and_module_names_of_a_live_runs_summary_as_their_constants() throws Exception {
        LiveRunSummary written = summary(
                "{\"fixture inserts\":40,\"links\":12,\"cleanup\":4}",
                "{\"Contacts\":205,\"Price_Books\":11}",
                "{\"Contacts\":200}");

        SpendingEstimate spent = SpendingEstimate.of(TEN_PASSED, Optional.of(written));

        then(spent.creditsByPurpose())
                .containsExactly(
                        Map.entry(CallPurpose.FIXTURE_INSERT, 40L),
                        Map.entry(CallPurpose.LINK, 12L),
                        Map.entry(CallPurpose.CLEANUP, 4L));
        then(spent.recordsCreated()).containsOnly(Map.entry(Module.CONTACTS, 205L), Map.entry(Module.PRICE_BOOKS, 11L));
        then(spent.recordsCleanedUp()).containsOnly(Map.entry(Module.CONTACTS, 200L));
        then(spent.creditsUnderTheBudget()).isEqualTo(66 - 4);
    }

    @Test
    void refuses_a_summary_that_names_a_purpose_this_build_does_not_know_rather_than_leave_its_credits_out()
            throws Exception {
        LiveRunSummary written = summary("{\"links\":12,\"telepathy\":3}", "{}", "{}");

        thenIllegalStateException()
                .isThrownBy(() -> SpendingEstimate.of(TEN_PASSED, Optional.of(written)))
                .withMessageContaining("CallPurpose")
                .withMessageContaining("telepathy");
    }
}
