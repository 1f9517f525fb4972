package dev.zohodelink.config;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenExceptionOfType;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.BehaviourProfile;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RunConfigurationTest {

    private static Properties properties(String... keyValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return properties;
    }

    private static RunConfiguration configure(Map<String, String> environment, Properties properties) {
        return RunConfiguration.from(new Settings(environment, properties));
    }

    @Test
    void defaults_to_the_emulator_on_v7_with_the_best_evidence_profile() {
        // WHEN nothing is configured
        RunConfiguration configuration = configure(Map.of(), properties());

        // THEN
        then(configuration.target()).isEqualTo(TargetKind.EMULATOR);
        then(configuration.version()).isEqualTo(ApiVersion.V7);
        then(configuration.profile()).isEqualTo(BehaviourProfile.bestEvidence());
    }

    @Test
    void reads_the_environment() {
        // WHEN every variable is set in the environment
        RunConfiguration configuration = configure(
                Map.of(
                        "ZOHO_TARGET",
                        "emulator",
                        "ZOHO_API_VERSION",
                        "v2.1",
                        "ZOHO_PROFILE",
                        "oas-200,not-related=success"),
                properties());

        // THEN
        then(configuration.target()).isEqualTo(TargetKind.EMULATOR);
        then(configuration.version()).isEqualTo(ApiVersion.V2_1);
        then(configuration.profile().name()).isEqualTo("oas-200,not-related=success");
    }

    @Test
    void lets_system_properties_override_the_environment() {
        // GIVEN v2.1 and oas-200 in the environment, v8 and best-evidence,mixed=200 as system properties
        Map<String, String> environment = Map.of("ZOHO_API_VERSION", "v2.1", "ZOHO_PROFILE", "oas-200");
        Properties properties = properties("zoho.api.version", "v8", "zoho.profile", "best-evidence,mixed=200");

        // WHEN
        RunConfiguration configuration = configure(environment, properties);

        // THEN the properties win
        then(configuration.version()).isEqualTo(ApiVersion.V8);
        then(configuration.profile().name()).isEqualTo("best-evidence,mixed=200");
        then(configuration.profile().mixedResultStatus()).isEqualTo(200);
    }

    @Test
    void lets_a_valid_system_property_mask_a_bad_environment_variable() {
        // GIVEN a bad version in the environment and a good one as a property
        Map<String, String> environment = Map.of("ZOHO_API_VERSION", "v6");

        // WHEN
        RunConfiguration configuration = configure(environment, properties("zoho.api.version", "v2.1"));

        // THEN
        then(configuration.version()).isEqualTo(ApiVersion.V2_1);
    }

    @Test
    void ignores_surrounding_blanks_and_blank_values() {
        // WHEN values are padded or blank
        RunConfiguration configuration = configure(
                Map.of("ZOHO_TARGET", " Emulator ", "ZOHO_API_VERSION", " v8 ", "ZOHO_PROFILE", "   "), properties());

        // THEN padded values are read and blank ones fall back to the defaults
        then(configuration.target()).isEqualTo(TargetKind.EMULATOR);
        then(configuration.version()).isEqualTo(ApiVersion.V8);
        then(configuration.profile()).isEqualTo(BehaviourProfile.bestEvidence());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(textBlock = """
            ZOHO_TARGET,      sandbox,       zoho.target,      sandbox
            ZOHO_API_VERSION, v6,            zoho.api.version, v6
            ZOHO_PROFILE,     worst-case,    zoho.profile,     worst-case
            ZOHO_PROFILE,     'oas-200,x=1', zoho.profile,     x
            """)
    void rejects_a_bad_environment_variable_naming_it_and_its_property(
            String variable, String value, String property, String badPart) {
        // WHEN / THEN the message starts with the variable and its -D property, and quotes the bad part
        thenExceptionOfType(ConfigurationException.class)
                .isThrownBy(() -> configure(Map.of(variable, value), properties()))
                .withMessageStartingWith(variable + " (or -D" + property + "): ")
                .withMessageContaining("'" + badPart + "'");
    }

    @ParameterizedTest(name = "-D{0}={1}")
    @CsvSource(textBlock = """
            zoho.target,      sandbox,    ZOHO_TARGET
            zoho.api.version, 7,          ZOHO_API_VERSION
            zoho.profile,     best,       ZOHO_PROFILE
            """)
    void rejects_a_bad_system_property_naming_the_variable_and_the_property(
            String property, String value, String variable) {
        // WHEN / THEN
        thenExceptionOfType(ConfigurationException.class)
                .isThrownBy(() -> configure(Map.of(), properties(property, value)))
                .withMessageStartingWith(variable + " (or -D" + property + "): ")
                .withMessageContaining("'" + value + "'");
    }

    @Test
    void explains_the_expected_targets_and_versions() {
        // WHEN / THEN
        thenExceptionOfType(ConfigurationException.class)
                .isThrownBy(() -> configure(Map.of("ZOHO_TARGET", "sandbox"), properties()))
                .withMessageContaining("expected emulator or live");
        thenExceptionOfType(ConfigurationException.class)
                .isThrownBy(() -> configure(Map.of("ZOHO_API_VERSION", "v6"), properties()))
                .withMessageContaining("[v2.1, v7, v8]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"live", "LIVE", " Live "})
    void accepts_the_live_target_when_the_live_variables_are_set(String value) {
        // GIVEN the live target and its three required variables
        Map<String, String> environment = Map.of(
                "ZOHO_TARGET",
                value,
                "ZOHO_CLIENT_ID",
                "1000.CLIENT",
                "ZOHO_CLIENT_SECRET",
                "a-secret",
                "ZOHO_REFRESH_TOKEN",
                "1000.refresh.token");

        // WHEN
        RunConfiguration configuration = configure(environment, properties());

        // THEN
        then(configuration.target()).isEqualTo(TargetKind.LIVE);
        then(configuration.live()).isPresent();
        then(configuration.live().orElseThrow().clientId()).isEqualTo("1000.CLIENT");
        then(configuration.live().orElseThrow().dataCenter()).isEqualTo(DataCenter.US);
    }

    @Test
    void rejects_the_live_target_without_credentials_naming_every_missing_variable_in_one_message() {
        // WHEN / THEN
        thenExceptionOfType(ConfigurationException.class)
                .isThrownBy(() -> configure(Map.of("ZOHO_TARGET", "live"), properties()))
                .withMessageStartingWith("the configuration has 3 problems: ")
                .withMessageContaining("ZOHO_CLIENT_ID (or -Dzoho.client.id): is required when ZOHO_TARGET=live")
                .withMessageContaining(
                        "ZOHO_CLIENT_SECRET (or -Dzoho.client.secret): is required when ZOHO_TARGET=live")
                .withMessageContaining(
                        "ZOHO_REFRESH_TOKEN (or -Dzoho.refresh.token): is required when ZOHO_TARGET=live");
    }

    @Test
    void reports_bad_run_variables_and_bad_live_variables_together() {
        // WHEN / THEN
        thenExceptionOfType(ConfigurationException.class)
                .isThrownBy(() -> configure(
                        Map.of(
                                "ZOHO_TARGET",
                                "live",
                                "ZOHO_API_VERSION",
                                "v6",
                                "ZOHO_CLIENT_ID",
                                "1000.CLIENT",
                                "ZOHO_CLIENT_SECRET",
                                "a-secret",
                                "ZOHO_REFRESH_TOKEN",
                                "1000.refresh.token",
                                "ZOHO_CONCURRENCY",
                                "0"),
                        properties()))
                .withMessageStartingWith("the configuration has 2 problems: ")
                .withMessageContaining("ZOHO_API_VERSION (or -Dzoho.api.version): ")
                .withMessageContaining("ZOHO_CONCURRENCY (or -Dzoho.concurrency): ")
                .withMessageNotContaining("a-secret");
    }

    @Test
    void ignores_the_live_variables_on_the_emulator() {
        // WHEN the emulator is the target and a live variable is bad
        RunConfiguration configuration = configure(Map.of("ZOHO_CONCURRENCY", "0", "ZOHO_DC", "mars"), properties());

        // THEN
        then(configuration.target()).isEqualTo(TargetKind.EMULATOR);
        then(configuration.live()).isEmpty();
    }

    @Test
    void derives_property_names_from_variable_names() {
        // WHEN / THEN
        then(Settings.propertyName(RunConfiguration.TARGET)).isEqualTo("zoho.target");
        then(Settings.propertyName(RunConfiguration.API_VERSION)).isEqualTo("zoho.api.version");
        then(Settings.propertyName(RunConfiguration.PROFILE)).isEqualTo("zoho.profile");
    }

    @Test
    void reads_settings_from_the_environment_when_no_property_is_set() {
        // GIVEN
        Settings settings = Settings.of(Map.of("ZOHO_API_VERSION", "v8"));

        // WHEN / THEN
        then(settings.get("ZOHO_API_VERSION")).contains("v8");
        then(settings.get("ZOHO_PROFILE")).isEmpty();
    }
}
