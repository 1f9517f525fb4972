package dev.zohodelink.report;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.assertions.CheckedExpectation;
import dev.zohodelink.assertions.Expectation;
import dev.zohodelink.client.ApiUsage;
import dev.zohodelink.config.RunConfiguration;
import dev.zohodelink.config.Settings;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.Provenance;
import dev.zohodelink.contract.SupportedRelations;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.codecs.Json;
import dev.zohodelink.targets.UrlForm;
import java.io.IOException;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The facts a scenario attaches are read back by the results plugin: the JSON between them keeps its names. */
class ScenarioFactsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static ScenarioFacts gathered() {
        ScenarioFacts facts = new ScenarioFacts();
        Properties properties = new Properties();
        properties.setProperty("zoho.api.version", "v8");
        facts.ranOn(RunConfiguration.from(new Settings(Map.of(), properties)));
        facts.delinked(SupportedRelations.forVersion(ApiVersion.V8).get(0), UrlForm.BULK);
        facts.asserted(ZohoError.LIMIT_EXCEEDED);
        facts.checked(checked("refused", Provenance.delinkPage("the delink page"), CheckedExpectation.Result.HELD));
        facts.checked(
                checked("code", Provenance.officialExample("the OpenAPI example"), CheckedExpectation.Result.OBSERVED));
        facts.observed("code: INVALID_DATA");
        facts.used(new ApiUsage());
        return facts;
    }

    private static CheckedExpectation checked(String aspect, Provenance basis, CheckedExpectation.Result result) {
        Expectation expectation = new Expectation(aspect, "LIMIT_EXCEEDED", basis, () -> false, () -> "INVALID_DATA");
        return new CheckedExpectation("101 ids are refused", expectation, result, "INVALID_DATA");
    }

    @Test
    void the_attached_json_reads_back_as_the_facts_the_scenario_gathered() throws IOException {
        ScenarioFacts.Attachment attached = gathered().attachment();

        ScenarioFacts.Attachment read = MAPPER.readValue(Json.write(attached), ScenarioFacts.Attachment.class);

        then(read).isEqualTo(attached);
        then(read.run()).isEqualTo(new ConfiguredRun("v8", "emulator", "best-evidence"));
        then(read.errors()).containsExactly(ZohoError.LIMIT_EXCEEDED);
        then(read.expectations())
                .extracting(e -> e.result() + " " + e.evidence() + " " + e.documented() + " " + e.actual())
                .containsExactly("HELD delink page true null", "OBSERVED official example false INVALID_DATA");
    }

    @Test
    void the_attached_json_names_its_fields_as_the_results_write_them() throws IOException {
        JsonNode json = MAPPER.readTree(Json.write(gathered().attachment()));

        then(json.path("run").toString())
                .isEqualTo("{\"version\":\"v8\",\"target\":\"emulator\",\"profile\":\"best-evidence\"}");
        then(json.path("relations").get(0).asText()).endsWith("|ids parameter");
        then(json.path("usage").toString()).isEqualTo("{\"calls\":0,\"credits\":0,\"retries\":0}");
        then(json.path("expectations").get(0).toString())
                .isEqualTo("{\"step\":\"101 ids are refused\",\"aspect\":\"refused\",\"expected\":\"LIMIT_EXCEEDED\","
                        + "\"evidence\":\"delink page\",\"documented\":true,\"source\":\"the delink page\","
                        + "\"result\":\"held\"}");
        then(json.path("expectations").get(1).path("result").asText()).isEqualTo("observed");
        then(json.path("expectations").get(1).path("actual").asText()).isEqualTo("INVALID_DATA");
    }

    @Test
    void the_text_names_the_run_its_usage_and_each_expectation_when_one_did_not_hold() {
        then(gathered().asText())
                .startsWith("v8 on emulator, profile best-evidence\n")
                .contains("errors: LIMIT_EXCEEDED\n", "usage: 0 calls, 0 credits, 0 retries\n")
                .contains("observed: code: INVALID_DATA\n")
                .contains("held [delink page] 101 ids are refused: refused LIMIT_EXCEEDED\n")
                .contains("observed [official example] 101 ids are refused: code LIMIT_EXCEEDED; but INVALID_DATA\n");
    }
}
