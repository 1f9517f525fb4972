package dev.zohodelink.config;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.zohodelink.contract.ApiVersion;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BaselineSelectionTest {

    @Test
    void an_emulator_run_is_compared_with_the_shipped_emulator_baseline_and_a_live_run_with_its_environments() {
        then(BaselineSelection.from(Settings.of(Map.of())).name()).isEqualTo("emulator");
        then(BaselineSelection.from(Settings.of(Map.of("ZOHO_TARGET", "live"))).name())
                .isEqualTo("sandbox");
        then(BaselineSelection.from(Settings.of(Map.of("ZOHO_TARGET", "live", "ZOHO_ENVIRONMENT", "Developer")))
                        .directory())
                .isEqualTo(Path.of("src/test/resources/baselines/developer"));
    }

    @Test
    void reads_the_switches_from_variables_or_the_system_properties_of_the_same_meaning() {
        Properties properties = new Properties();
        properties.setProperty("zoho.baseline.required", "true");
        properties.setProperty("zoho.baseline", "eu-sandbox");

        BaselineSelection selection =
                BaselineSelection.from(new Settings(Map.of("ZOHO_BASELINE_UPDATE", "true"), properties));

        then(selection.required()).isTrue();
        then(selection.update()).isTrue();
        then(selection.name()).isEqualTo("eu-sandbox");
    }

    @Test
    void names_every_variable_at_fault_in_one_message() {
        thenThrownBy(() -> BaselineSelection.from(
                        Settings.of(Map.of("ZOHO_BASELINE", "../elsewhere", "ZOHO_BASELINE_REQUIRED", "yes"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("ZOHO_BASELINE (or -Dzoho.baseline): '../elsewhere' is not a baseline name")
                .hasMessageContaining(
                        "ZOHO_BASELINE_REQUIRED (or -Dzoho.baseline.required): 'yes' is not true or false");
    }

    @Test
    void says_when_there_is_no_baseline_and_how_to_record_one() {
        BaselineSelection selection = BaselineSelection.from(
                Settings.of(Map.of("ZOHO_BASELINES_DIR", "/nowhere", "ZOHO_BASELINE_REQUIRED", "true")));

        then(selection.isRecordedFor(ApiVersion.V7)).isFalse();
        then(selection.describeFor(ApiVersion.V7))
                .isEqualTo(
                        "NO BASELINE 'emulator' for v7 in /nowhere/emulator: drift is not checked and the build"
                                + " fails (ZOHO_BASELINE_REQUIRED); record one with -Dzoho.baseline=emulator -Dzoho.baseline.update=true");
    }

    @Test
    void finds_the_shipped_emulator_baseline() {
        then(BaselineSelection.from(Settings.of(Map.of())).describeFor(ApiVersion.V7))
                .isEqualTo("compared with baseline 'emulator' (src/test/resources/baselines/emulator/v7)");
    }
}
