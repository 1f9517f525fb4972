package dev.zohodelink.report;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleFileAllureReportTest {

    private static final String RESULT = """
            {"uuid":"%1$s","historyId":"history-%1$s","name":"%2$s","fullName":"features/limits/ids-per-call.feature:%3$d","status":"%4$s",
             "statusDetails":{"message":"%5$s"},"start":1000,"stop":2000,
             "labels":[{"name":"epic","value":"Limits"},{"name":"feature","value":"At most 100 related records can be delinked in one call"},
                       {"name":"story","value":"%2$s"},{"name":"parentSuite","value":"API v7"},{"name":"suite","value":"Limits"}],
             "parameters":[{"name":"API version","value":"v7"}],
             "steps":[{"name":"Then the call is rejected with LIMIT_EXCEEDED","status":"%4$s","start":1000,"stop":2000,
                       "attachments":[{"name":"exchanges","source":"%1$s-attachment.txt","type":"text/plain"}]}]}""";

    @TempDir
    Path temp;

    @Test
    void renders_every_result_with_its_behaviors_and_attachments_into_one_html_file() throws IOException {
        Path results = results(
                "passed-one",
                "101 contacts in one call are refused",
                21,
                "passed",
                "",
                "failed-one",
                "100 contacts delinked in one call",
                13,
                "failed",
                "Expecting every delink to succeed");

        Path index = SingleFileAllureReport.render(results, temp.resolve("allure-report"));

        then(index).isEqualTo(temp.resolve("allure-report/index.html"));
        then(index.getParent().toFile().list()).containsExactly("index.html");
        EmbeddedReportData data = EmbeddedReportData.read(index);
        List<JsonNode> testCases = data.testCases();
        then(testCases)
                .extracting(
                        t -> t.path("name").asText() + ": " + t.path("status").asText())
                .containsExactlyInAnyOrder(
                        "101 contacts in one call are refused: passed", "100 contacts delinked in one call: failed");
        JsonNode failed = testCases.stream()
                .filter(t -> t.path("status").asText().equals("failed"))
                .findFirst()
                .orElseThrow();
        then(failed.path("statusMessage").asText()).isEqualTo("Expecting every delink to succeed");
        then(failed.path("testStage")
                        .path("steps")
                        .path(0)
                        .path("attachments")
                        .path(0)
                        .path("name")
                        .asText())
                .isEqualTo("exchanges");
        then(data.json("data/behaviors.json").toString())
                .contains("Limits", "At most 100 related records can be delinked in one call");
    }

    @Test
    void the_report_loads_nothing_from_the_network_and_replaces_an_earlier_one() throws IOException {
        Path report = temp.resolve("allure-report");
        Files.createDirectories(report.resolve("data"));
        Files.writeString(report.resolve("data/stale.json"), "{}");

        Path index = SingleFileAllureReport.render(
                results(
                        "only",
                        "1 contact delinked in one call",
                        13,
                        "passed",
                        "",
                        "other",
                        "2 contacts delinked in one call",
                        14,
                        "passed",
                        ""),
                report);

        then(report.resolve("data")).doesNotExist();
        String html = Files.readString(index);
        then(html).doesNotContain("googletagmanager", "application/vnd.ms-fontobject");
        then(html).doesNotContainPattern("(src|href)=\"https?:");
    }

    private Path results(
            String uuid1,
            String name1,
            int line1,
            String status1,
            String message1,
            String uuid2,
            String name2,
            int line2,
            String status2,
            String message2)
            throws IOException {
        Path results = temp.resolve("allure-results");
        Files.createDirectories(results);
        Files.writeString(
                results.resolve(uuid1 + "-result.json"), RESULT.formatted(uuid1, name1, line1, status1, message1));
        Files.writeString(
                results.resolve(uuid2 + "-result.json"), RESULT.formatted(uuid2, name2, line2, status2, message2));
        Files.writeString(
                results.resolve(uuid1 + "-attachment.txt"),
                "DELETE /crm/v7/Campaigns/1/Contacts?ids=2 -> 200 SUCCESS\n");
        Files.writeString(
                results.resolve(uuid2 + "-attachment.txt"),
                "DELETE /crm/v7/Campaigns/1/Contacts?ids=3 -> 200 SUCCESS\n");
        return results;
    }
}
