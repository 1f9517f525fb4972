package dev.zohodelink.report;

import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zohodelink.glue.hermetic.HermeticSettingsProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

class ScenarioOutcomePluginTest {

    @TempDir
    Path folder;

    @Test
    void a_scenario_failed_by_an_undefined_step_says_so_rather_than_null() throws IOException {
        // GIVEN a team's own feature whose step no glue defines
        Path feature = Files.writeString(folder.resolve("ours.feature"), """
                Feature: Our own check
                  Scenario: A step of our own
                    Given our CRM sync has run
                """);
        Path outcomes = folder.resolve("v7.json");

        // WHEN it runs with the suite's glue and the outcome plugin
        EngineTestKit.engine("cucumber")
                .configurationParameter("cucumber.glue", "dev.zohodelink.glue.steps," + HermeticSettingsProvider.GLUE)
                .configurationParameter("cucumber.plugin", ScenarioOutcomePlugin.class.getName() + ":" + outcomes)
                .selectors(selectFile(feature.toFile()))
                .execute();

        // THEN its outcome names why it did not pass, as the run's problem line then does
        JsonNode scenario = new ObjectMapper().readTree(outcomes.toFile()).at("/scenarios/0");
        then(scenario.get("status").asText()).isEqualTo("UNDEFINED");
        then(scenario.get("reason").asText()).isEqualTo("a step is undefined");
    }
}
