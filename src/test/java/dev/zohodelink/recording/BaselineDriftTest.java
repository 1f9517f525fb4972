package dev.zohodelink.recording;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.config.BaselineSelection;
import dev.zohodelink.config.Settings;
import dev.zohodelink.contract.ApiVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineDriftTest {

    @TempDir
    Path work;

    private RecordingStore thisRun() {
        return new RecordingStore(work.resolve("recordings"));
    }

    private BaselineSelection baseline(String... settings) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "ZOHO_TARGET",
                "live",
                BaselineSelection.BASELINES_DIR,
                work.resolve("baselines").toString()));
        for (int i = 0; i < settings.length; i += 2) {
            environment.put(settings[i], settings[i + 1]);
        }
        return BaselineSelection.from(Settings.of(environment));
    }

    private void recordDelink(RecordingStore store, int status, String message) throws IOException {
        store.write(new Recording(
                "delink",
                "one contact",
                "v7",
                "live",
                List.of(new Exchange(
                        Exchange.DELINK,
                        "DELETE",
                        "/crm/{version}/Campaigns/<campaign C>/Contacts/<contact A>",
                        null,
                        null,
                        status,
                        JsonMapper.builder()
                                .build()
                                .readTree(
                                        "{\"data\":[{\"code\":\"SUCCESS\",\"details\":{\"id\":\"<contact A>\"},\"message\":\""
                                                + message + "\",\"status\":\"success\"}]}")))));
    }

    private String summary() throws IOException {
        return Files.readString(work.resolve("drift").resolve("summary.md"));
    }

    @Test
    void a_run_without_its_baseline_says_so_in_the_summary_and_passes_when_the_baseline_is_not_required()
            throws IOException {
        recordDelink(thisRun(), 200, "relation removed");

        List<String> violations = new BaselineDrift(baseline(), thisRun(), work.resolve("drift"), "breaking")
                .check(List.of(ApiVersion.V7));

        then(violations).isEmpty();
        then(summary())
                .contains("### Drift against baseline 'sandbox'")
                .contains("| v7 | live | **no baseline**: drift not checked |");
    }

    @Test
    void a_run_without_its_baseline_fails_when_the_baseline_is_required() throws IOException {
        recordDelink(thisRun(), 200, "relation removed");

        List<String> violations = new BaselineDrift(
                        baseline(BaselineSelection.REQUIRED, "true"), thisRun(), work.resolve("drift"), "breaking")
                .check(List.of(ApiVersion.V7));

        then(violations)
                .singleElement()
                .asString()
                .startsWith("v7: NO BASELINE 'sandbox' for v7")
                .contains("-Dzoho.baseline.update=true");
        then(summary()).contains("**no baseline**: drift not checked (required: FAILED)");
    }

    @Test
    void one_run_records_the_baseline_and_the_next_is_compared_with_it() throws IOException {
        // GIVEN a run recorded as the baseline
        recordDelink(thisRun(), 200, "relation removed");
        new BaselineDrift(baseline(BaselineSelection.UPDATE, "true"), thisRun(), work.resolve("drift"), "breaking")
                .check(List.of(ApiVersion.V7));
        then(summary()).contains("| v7 | live | recorded as the baseline (1 scenarios) |");
        then(baseline().isRecordedFor(ApiVersion.V7)).isTrue();

        // WHEN the next run answers with another message
        recordDelink(thisRun(), 200, "relation deleted");
        List<String> violations = new BaselineDrift(
                        baseline(BaselineSelection.REQUIRED, "true"), thisRun(), work.resolve("drift"), "breaking")
                .check(List.of(ApiVersion.V7));

        // THEN the change is breaking drift, in the summary and the violations
        then(violations).singleElement().asString().contains("relation removed").contains("relation deleted");
        then(summary())
                .contains(
                        "| v7 | live | 1 scenarios compared: 1 breaking, 0 additive; 0 only in the baseline, 0 only in this run |");
        then(work.resolve("drift").resolve("sandbox-v7.md")).exists();
    }

    @Test
    void refuses_an_unknown_policy() {
        thenThrownBy(() -> new BaselineDrift(baseline(), thisRun(), work, "sometimes"))
                .hasMessageContaining("zoho.drift.fail-on");
    }
}
