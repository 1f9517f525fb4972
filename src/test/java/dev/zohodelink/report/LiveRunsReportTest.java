package dev.zohodelink.report;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveRunsReportTest {

    @TempDir
    Path live;

    private void summary(String version, long calls, long credits, String creditsByPurpose) throws IOException {
        Files.writeString(
                live.resolve(version + ".json"),
                "{\"api_version\":\"" + version + "\",\"api_calls\":" + calls + ",\"credits\":" + credits
                        + ",\"credits_by_purpose\":" + creditsByPurpose
                        + ",\"records_created\":4,\"records_deleted\":4,\"records_left\":0}");
    }

    @Test
    void sums_what_every_live_run_spent_and_says_where_each_spent_it() throws IOException {
        // GIVEN two live runs' summaries
        summary("v7", 10, 12, "{\"fixture inserts\":3,\"links\":2,\"delinks\":4,\"cleanup\":3}");
        summary("v8", 5, 6, "{\"delinks\":5,\"cleanup\":1}");

        // WHEN
        LiveRunsReport report = LiveRunsReport.read(live);

        // THEN
        then(report.spending()).contains(new ApiSpending(15, 18));
        then(report.markdown())
                .contains("| 10 | 12 | fixture inserts 3, links 2, delinks 4, cleanup 3 |")
                .contains("| 5 | 6 | delinks 5, cleanup 1 |");
    }

    @Test
    void without_a_live_run_there_is_no_live_spending() throws IOException {
        then(LiveRunsReport.read(live.resolve("absent")).spending()).isEmpty();
    }
}
