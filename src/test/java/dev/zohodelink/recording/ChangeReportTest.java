package dev.zohodelink.recording;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each report of change must catch a planted regression: a renamed field, a changed code, a new field, a status change. */
class ChangeReportTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private static final String SUCCESS = """
            {"data":[{"code":"SUCCESS","details":{"id":"<contact A>"},"message":"relation removed","status":"success"}]}""";

    @Test
    void reports_no_change_between_identical_recordings() {
        // WHEN
        ChangeReport report = compare(recording(200, SUCCESS), recording(200, SUCCESS));

        // THEN
        then(report.changes()).isEmpty();
        then(report.compared()).isEqualTo(1);
    }

    @Test
    void catches_a_renamed_field_as_breaking() {
        // WHEN message becomes msg
        ChangeReport report =
                compare(recording(200, SUCCESS), recording(200, SUCCESS.replace("\"message\"", "\"msg\"")));

        // THEN
        then(report.breaking())
                .extracting(Change::kind, Change::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Change.Kind.FIELD_REMOVED, "/data/0/message"));
        then(report.additive())
                .extracting(Change::kind, Change::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Change.Kind.FIELD_ADDED, "/data/0/msg"));
        then(report.markdown()).contains("field_removed (breaking)").contains("/data/0/message");
    }

    @Test
    void catches_a_changed_code_as_breaking_and_an_undocumented_one_as_unknown() {
        // WHEN SUCCESS becomes RELATION_REMOVED, which no catalogue entry has
        ChangeReport report = compare(
                recording(200, SUCCESS), recording(200, SUCCESS.replace("\"SUCCESS\"", "\"RELATION_REMOVED\"")));

        // THEN
        then(report.breaking())
                .extracting(Change::kind)
                .containsExactlyInAnyOrder(Change.Kind.CODE, Change.Kind.UNKNOWN_ERROR_CODE);
        then(report.breaking()).extracting(Change::after).containsOnly("RELATION_REMOVED");
    }

    @Test
    void catches_a_new_field_as_additive_only() {
        // WHEN a field appears in the item
        ChangeReport report = compare(
                recording(200, SUCCESS),
                recording(200, SUCCESS.replace("\"status\":\"success\"", "\"status\":\"success\",\"trace\":\"x\"")));

        // THEN
        then(report.breaking()).isEmpty();
        then(report.additive())
                .extracting(Change::kind, Change::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Change.Kind.FIELD_ADDED, "/data/0/trace"));
    }

    @Test
    void catches_a_status_change_as_breaking() {
        // WHEN 200 becomes 207
        ChangeReport report = compare(recording(200, SUCCESS), recording(207, SUCCESS));

        // THEN
        then(report.breaking())
                .extracting(Change::kind, Change::before, Change::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Change.Kind.STATUS, "200", "207"));
        then(report.html()).contains("class=\"breaking\"").contains("STATUS");
    }

    @Test
    void catches_a_changed_number_of_items_and_a_changed_type() {
        // GIVEN
        String two = "{\"data\":[" + item("<contact A>") + "," + item("<contact B>") + "]}";
        String numericId = SUCCESS.replace("\"<contact A>\"", "12");

        // WHEN / THEN
        then(compare(recording(200, two), recording(200, SUCCESS)).breaking())
                .extracting(Change::kind)
                .containsExactly(Change.Kind.ITEM_COUNT);
        then(compare(recording(200, SUCCESS), recording(200, numericId)).breaking())
                .extracting(Change::kind)
                .containsExactly(Change.Kind.TYPE);
    }

    @Test
    void catches_a_field_the_request_no_longer_sends_as_a_breaking_change_of_the_request_body() {
        // GIVEN a fixture insert whose deals carried a stage, then did not
        String withStage = "{\"data\":[{\"Deal_Name\":\"zdc-<run> deal R\",\"Stage\":\"Qualification\"}]}";
        String withoutStage = "{\"data\":[{\"Deal_Name\":\"zdc-<run> deal R\"}]}";

        // WHEN
        ChangeReport report = compare(insert(withStage), insert(withoutStage));

        // THEN
        then(report.breaking())
                .extracting(Change::kind, Change::pointer, Change::before, Change::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        Change.Kind.REQUEST_BODY, "/data/0/Stage", "string", "absent"));
        then(compare(insert(withStage), insert(withStage.replace("Qualification", "Closed Won")))
                        .changes())
                .isEmpty();
    }

    @Test
    void ignores_values_that_differ_between_runs_without_meaning() {
        // GIVEN the same shape with another record name and id alias
        String before = "{\"data\":[{\"id\":\"<contact A>\",\"Last_Name\":\"zdc-<run> contact A\"}]}";
        String after = "{\"data\":[{\"id\":\"<contact B>\",\"Last_Name\":\"someone else\"}]}";

        // WHEN / THEN
        then(compare(recording(200, before), recording(200, after)).changes()).isEmpty();
    }

    @Test
    void lists_scenarios_recorded_on_one_side_only() {
        // WHEN
        ChangeReport report = ChangeReport.between(
                "t",
                "v2.1",
                Map.of("f/a", recording(200, SUCCESS)),
                "v7",
                Map.of("f/b", recording(200, SUCCESS)),
                List.of());

        // THEN
        then(report.onlyBefore()).containsExactly("f/a");
        then(report.onlyAfter()).containsExactly("f/b");
        then(report.markdown()).contains("## Only in v2.1").contains("## Only in v7");
    }

    private static ChangeReport compare(Recording before, Recording after) {
        return ChangeReport.between("t", "before", Map.of("f/s", before), "after", Map.of("f/s", after), List.of());
    }

    private static String item(String alias) {
        return "{\"code\":\"SUCCESS\",\"details\":{\"id\":\"" + alias
                + "\"},\"message\":\"relation removed\",\"status\":\"success\"}";
    }

    private static Recording insert(String requestBody) {
        try {
            return new Recording(
                    "f",
                    "s",
                    "v7",
                    "emulator",
                    List.of(new Exchange(
                            Exchange.FIXTURE,
                            "POST",
                            "/crm/{version}/Deals",
                            null,
                            MAPPER.readTree(requestBody),
                            201,
                            MAPPER.readTree(SUCCESS))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Recording recording(int status, String body) {
        try {
            JsonNode json = MAPPER.readTree(body);
            return new Recording(
                    "f",
                    "s",
                    "v7",
                    "emulator",
                    List.of(new Exchange(
                            Exchange.DELINK,
                            "DELETE",
                            "/crm/{version}/Campaigns/<campaign C>/Contacts",
                            "ids=<contact A>",
                            null,
                            status,
                            json)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
