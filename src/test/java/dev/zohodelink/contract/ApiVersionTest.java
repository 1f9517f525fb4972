package dev.zohodelink.contract;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiVersionTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            v2.1,    V2_1
            v7,      V7
            v8,      V8
            ' v7 ',  V7
            """)
    void parses_a_path_segment(String text, ApiVersion version) {
        // WHEN / THEN
        then(ApiVersion.parse(text)).isEqualTo(version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v6", "V7", "7", "v2", "", "v7/"})
    void rejects_an_unknown_version_listing_the_known_ones(String text) {
        // WHEN / THEN
        thenIllegalArgumentException()
                .isThrownBy(() -> ApiVersion.parse(text))
                .withMessage("unknown API version '" + text + "': expected one of [v2.1, v7, v8]");
    }

    @Test
    void rejects_a_missing_version() {
        // WHEN / THEN
        thenIllegalArgumentException()
                .isThrownBy(() -> ApiVersion.parse(null))
                .withMessageContaining("unknown API version 'null'");
    }

    @Test
    void finds_a_version_by_its_exact_path_segment_only() {
        // WHEN / THEN
        then(ApiVersion.fromPathSegment("v8")).contains(ApiVersion.V8);
        then(ApiVersion.fromPathSegment(" v8")).isEmpty();
        then(ApiVersion.fromPathSegment("V8")).isEmpty();
    }

    @Test
    void prints_as_its_path_segment() {
        // WHEN / THEN
        then(ApiVersion.V2_1).hasToString("v2.1");
        then(ApiVersion.V7.pathSegment()).isEqualTo("v7");
    }

    @Test
    void has_appointments_and_requires_fields_from_v7_on() {
        // WHEN / THEN
        then(ApiVersion.V2_1.hasAppointments()).isFalse();
        then(ApiVersion.V7.hasAppointments()).isTrue();
        then(ApiVersion.V8.hasAppointments()).isTrue();
        then(ApiVersion.V2_1.requiresFieldsOnRead()).isFalse();
        then(ApiVersion.V7.requiresFieldsOnRead()).isTrue();
        then(ApiVersion.V8.requiresFieldsOnRead()).isTrue();
    }

    @Test
    void grades_v8_as_inferred_and_the_others_as_documented() {
        // WHEN / THEN
        then(ApiVersion.V2_1.provenance().evidence()).isEqualTo(Evidence.DELINK_PAGE);
        then(ApiVersion.V7.provenance().evidence()).isEqualTo(Evidence.DELINK_PAGE);
        then(ApiVersion.V8.provenance().isAssumed()).isTrue();
    }
}
