package dev.zohodelink.contract;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;

import dev.zohodelink.contract.BehaviourProfile.Duplicates;
import dev.zohodelink.contract.BehaviourProfile.NotRelated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BehaviourProfileTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "best-evidence", " best-evidence "})
    void defaults_to_best_evidence(String spec) {
        // WHEN
        BehaviourProfile profile = BehaviourProfile.parse(spec);

        // THEN 207 for mixed results, 400 when all fail, item errors for unrelated ids, one result per listed id
        then(profile).isEqualTo(BehaviourProfile.bestEvidence());
        then(profile.name()).isEqualTo("best-evidence");
        then(profile.mixedResultStatus()).isEqualTo(207);
        then(profile.allFailedStatus()).isEqualTo(400);
        then(profile.notRelated()).isEqualTo(NotRelated.RELATION_NOT_FOUND);
        then(profile.duplicates()).isEqualTo(Duplicates.ONE_RESULT_PER_LISTED_ID);
        then(BehaviourProfile.DEFAULT_SPEC).isEqualTo("best-evidence");
    }

    @Test
    void answers_200_whatever_the_items_under_oas_200() {
        // WHEN
        BehaviourProfile profile = BehaviourProfile.parse("oas-200");

        // THEN
        then(profile).isEqualTo(BehaviourProfile.oasStatusOnly());
        then(profile.name()).isEqualTo("oas-200");
        then(profile.mixedResultStatus()).isEqualTo(200);
        then(profile.allFailedStatus()).isEqualTo(200);
    }

    @Test
    void applies_overrides_in_order_and_names_them() {
        // WHEN
        BehaviourProfile profile =
                BehaviourProfile.parse("best-evidence,mixed=200,not-related=success,duplicates=deduplicated");

        // THEN
        then(profile.name()).isEqualTo("best-evidence,mixed=200,not-related=success,duplicates=deduplicated");
        then(profile.mixedResultStatus()).isEqualTo(200);
        then(profile.allFailedStatus()).isEqualTo(400);
        then(profile.notRelated()).isEqualTo(NotRelated.SUCCESS);
        then(profile.duplicates()).isEqualTo(Duplicates.DEDUPLICATED);
    }

    @Test
    void accepts_spaces_and_any_case_in_enum_values() {
        // WHEN
        BehaviourProfile profile = BehaviourProfile.parse(
                "oas-200, all-failed = 400 , not-related=Relation-Not-Found, duplicates=ONE-RESULT-PER-LISTED-ID");

        // THEN
        then(profile.allFailedStatus()).isEqualTo(400);
        then(profile.mixedResultStatus()).isEqualTo(200);
        then(profile.notRelated()).isEqualTo(NotRelated.RELATION_NOT_FOUND);
        then(profile.duplicates()).isEqualTo(Duplicates.ONE_RESULT_PER_LISTED_ID);
    }

    @Test
    void lets_a_later_override_win() {
        // WHEN / THEN
        then(BehaviourProfile.parse("best-evidence,mixed=200,mixed=207").mixedResultStatus())
                .isEqualTo(207);
    }

    @ParameterizedTest(name = "[{0}] names [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            worst-evidence                       | 'worst-evidence'
            Best-Evidence                        | 'Best-Evidence'
            best-evidence,mixed                  | 'mixed'
            best-evidence,mixed=500              | mixed=500
            best-evidence,mixed=                 | mixed=
            best-evidence,all-failed=204         | all-failed=204
            best-evidence,colour=red             | 'colour'
            best-evidence,not-related=maybe      | not-related=maybe
            best-evidence,duplicates=twice       | duplicates=twice
            oas-200,mixed=207,duplicates=never   | duplicates=never
            """)
    void rejects_a_bad_spec_naming_the_bad_part(String spec, String badPart) {
        // WHEN / THEN
        thenIllegalArgumentException()
                .isThrownBy(() -> BehaviourProfile.parse(spec))
                .withMessageContaining(badPart);
    }

    @Test
    void lists_the_accepted_values_when_an_enum_value_is_bad() {
        // WHEN / THEN
        thenIllegalArgumentException()
                .isThrownBy(() -> BehaviourProfile.parse("best-evidence,not-related=maybe"))
                .withMessageContaining("relation-not-found")
                .withMessageContaining("success");
        thenIllegalArgumentException()
                .isThrownBy(() -> BehaviourProfile.parse("best-evidence,duplicates=twice"))
                .withMessageContaining("one-result-per-listed-id")
                .withMessageContaining("deduplicated");
    }

    @Test
    void rejects_an_empty_override_between_commas() {
        // WHEN / THEN
        thenIllegalArgumentException()
                .isThrownBy(() -> BehaviourProfile.parse("best-evidence,,mixed=200"))
                .withMessageContaining("empty override");
    }

    @Test
    void rejects_a_trailing_comma() {
        // WHEN / THEN
        thenIllegalArgumentException()
                .isThrownBy(() -> BehaviourProfile.parse("best-evidence,"))
                .withMessageContaining("empty override");
    }

    @Test
    void rejects_400_for_mixed_results_as_the_documented_syntax_says() {
        // WHEN / THEN
        thenIllegalArgumentException()
                .isThrownBy(() -> BehaviourProfile.parse("best-evidence,mixed=400"))
                .withMessageContaining("mixed=400");
    }

    @ParameterizedTest(name = "{0} succeeded, {1} failed -> {2} (best-evidence), {3} (oas-200)")
    @CsvSource(textBlock = """
            2, 0, 200, 200
            1, 0, 200, 200
            0, 2, 400, 200
            0, 1, 400, 200
            1, 1, 207, 200
            99, 1, 207, 200
            """)
    void chooses_the_status_from_how_many_records_succeeded(int succeeded, int failed, int bestEvidence, int oas) {
        // WHEN / THEN
        then(BehaviourProfile.bestEvidence().statusFor(succeeded, failed)).isEqualTo(bestEvidence);
        then(BehaviourProfile.oasStatusOnly().statusFor(succeeded, failed)).isEqualTo(oas);
    }

    @Test
    void chooses_overridden_statuses() {
        // GIVEN
        BehaviourProfile profile = BehaviourProfile.parse("best-evidence,mixed=200,all-failed=207");

        // WHEN / THEN
        then(profile.statusFor(3, 0)).isEqualTo(200);
        then(profile.statusFor(0, 3)).isEqualTo(207);
        then(profile.statusFor(1, 2)).isEqualTo(200);
    }

    @Test
    void states_the_evidence_for_every_overridable_key() {
        // WHEN / THEN
        then(BehaviourProfile.EVIDENCE)
                .containsOnlyKeys("mixed", "all-failed", "not-related", "duplicates", "missing-ids", "not-supported");
    }
}
