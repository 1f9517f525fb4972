package dev.zohodelink.live;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunMarkerTest {

    @Test
    void names_records_after_the_run() {
        // GIVEN
        RunMarker marker = new RunMarker("a1B2c3");

        // WHEN
        String name = marker.recordName("Lead 1");

        // THEN
        then(name).isEqualTo("zdc-a1B2c3 Lead 1").startsWith(marker.prefix());
        then(marker.prefix()).isEqualTo("zdc-a1B2c3");
    }

    @Test
    void makes_a_fresh_run_id_of_twelve_letters_and_digits() {
        // WHEN
        RunMarker one = RunMarker.fresh();
        RunMarker other = RunMarker.fresh();

        // THEN
        then(one.runId()).matches("[0-9a-f]{12}");
        then(one.runId()).isNotEqualTo(other.runId());
        then(one.recordName("x")).startsWith("zdc-" + one.runId() + " ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Z9", "0123456789abcdef0123456789ABCDEF"})
    void accepts_one_to_thirty_two_letters_and_digits(String runId) {
        // WHEN / THEN
        then(new RunMarker(runId).prefix()).isEqualTo("zdc-" + runId);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "with-dash",
                "with space",
                "under_score",
                "0123456789abcdef0123456789ABCDEF0",
                "zdc*",
                "ünï",
                "run\nid"
            })
    void rejects_a_run_id_that_is_not_one_to_thirty_two_letters_and_digits(String runId) {
        // WHEN / THEN
        thenIllegalArgumentException()
                .isThrownBy(() -> new RunMarker(runId))
                .withMessage("a run id is 1 to 32 letters and digits, not '" + runId + "'");
    }
}
