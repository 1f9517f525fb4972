package dev.zohodelink.live;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveRunSummaryTest {

    private static final LiveRunSummary SUMMARY = new LiveRunSummary(
            "0a72ab056854",
            "v7",
            "http://127.0.0.1:8080",
            53,
            55,
            new java.util.TreeMap<>(Map.of("delinks", 25L, "fixture inserts", 30L)),
            1,
            4,
            0,
            3,
            "on",
            18,
            17,
            1,
            Map.of("Leads", 12L, "Campaigns", 6L),
            Map.of("Leads", 11L, "Campaigns", 6L),
            Map.of("Leads", List.of("111")),
            "sandbox",
            false,
            false,
            "NO BASELINE 'sandbox' for v7",
            "");

    @Test
    void is_written_with_the_field_names_the_reports_and_the_ci_scripts_read_and_read_back() throws Exception {
        // GIVEN the writer of reports/live/<version>.json
        JsonMapper mapper =
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

        // WHEN
        String json = mapper.writeValueAsString(SUMMARY);

        // THEN the snake-case names, in order, as .ci/token-reuse greps them, and the same summary read back
        then(json)
                .contains(
                        "\"run_id\" : \"0a72ab056854\",",
                        "\"token_refreshes\" : 0,",
                        "\"tokens_reused_from_cache\" : 3,",
                        "\"records_created_by_module\" : {",
                        "\"records_cleaned_up_by_module\" : {",
                        "\"left_behind\" : {",
                        "\"baseline_recorded\" : false,",
                        "\"baseline_note\" : \"NO BASELINE 'sandbox' for v7\"");
        then(json.indexOf("\"api_calls\"")).isLessThan(json.indexOf("\"records_left\""));
        then(mapper.readValue(json, LiveRunSummary.class)).isEqualTo(SUMMARY);
    }

    @Test
    void says_in_one_line_what_the_run_spent_and_left() {
        // WHEN / THEN
        then(SUMMARY.line())
                .isEqualTo(
                        "Live run 0a72ab056854 on v7: 53 API calls, 55 credits (delinks 25, fixture inserts 30), 1 retries; fixtures: 18 records created, 17 deleted, 1 left;"
                                + " tokens: 0 refreshed, 3 reused from the cache (on); baseline: NO BASELINE 'sandbox' for v7");
    }

    @Test
    void says_when_the_credit_budget_ran_out() {
        // GIVEN a run whose budget stopped calls
        LiveRunSummary stopped = new LiveRunSummary(
                "0a72ab056854",
                "v7",
                "http://127.0.0.1:8080",
                1,
                1,
                Map.of(),
                0,
                0,
                0,
                0,
                "off",
                0,
                0,
                0,
                Map.of(),
                Map.of(),
                Map.of(),
                "sandbox",
                false,
                false,
                "NO BASELINE 'sandbox' for v7",
                "ZOHO_MAX_CREDITS=1 ran out: 2 calls were not made");

        // WHEN / THEN
        then(stopped.line()).endsWith("; budget: ZOHO_MAX_CREDITS=1 ran out: 2 calls were not made");
    }
}
