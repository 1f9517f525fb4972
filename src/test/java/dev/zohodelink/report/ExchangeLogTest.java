package dev.zohodelink.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zohodelink.recording.ExchangeRecorder.RawExchange;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeLogTest {

    private static final RawExchange INSERT = new RawExchange(
            "POST",
            "/crm/v7/Contacts",
            null,
            "{\"data\":[{\"Last_Name\":\"zdc A\"}]}",
            201,
            "{\"data\":[{\"code\":\"SUCCESS\",\"details\":{\"id\":\"1\"}}]}");
    private static final RawExchange DELINK = new RawExchange(
            "DELETE",
            "/crm/v7/Campaigns/9/Contacts",
            "ids=1,2",
            null,
            400,
            "{\"code\":\"LIMIT_EXCEEDED\",\"details\":{\"limit\":100}}");

    @Test
    void a_passed_scenarios_log_has_one_line_per_call_with_its_status_and_zoho_code_and_no_body() {
        assertThat(ExchangeLog.compact(List.of(INSERT, DELINK))).isEqualTo("""
                POST /crm/v7/Contacts -> 201 SUCCESS
                DELETE /crm/v7/Campaigns/9/Contacts?ids=1,2 -> 400 LIMIT_EXCEEDED
                """);
    }

    @Test
    void a_failed_scenarios_log_holds_every_request_and_response_body() {
        String log = ExchangeLog.full(List.of(INSERT, DELINK));

        assertThat(log)
                .contains(
                        "request:  {\"data\":[{\"Last_Name\":\"zdc A\"}]}",
                        "response: {\"code\":\"LIMIT_EXCEEDED\",\"details\":{\"limit\":100}}");
    }

    @Test
    void a_body_is_cut_so_that_no_attachment_grows_without_bound() {
        RawExchange huge = new RawExchange("GET", "/crm/v7/Contacts", null, null, 200, "x".repeat(50_000));

        assertThat(ExchangeLog.full(List.of(huge))).hasSizeLessThan(21_000).contains("(30000 more characters)");
    }

    @Test
    void an_answer_that_is_not_json_is_logged_with_its_status_only() {
        RawExchange html = new RawExchange("GET", "/crm/v7/nowhere", null, null, 404, "<html>not found</html>");

        assertThat(ExchangeLog.compact(List.of(html))).isEqualTo("GET /crm/v7/nowhere -> 404\n");
    }
}
