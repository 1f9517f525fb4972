package dev.zohodelink.emulator.control;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Module;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.core.EmulatorRequest;
import dev.zohodelink.emulator.core.EmulatorResponse;
import dev.zohodelink.emulator.core.codecs.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a client's calls left behind, read through the control plane: the relations, and the injected faults that
 * have not fired yet (so that a test can tell a retry happened).
 */
class ControlPlaneInspectionTest {

    private final Emulator emulator = new Emulator(BehaviourProfile.bestEvidence());
    private final ControlPlane control = new ControlPlane(emulator);
    private final String token =
            emulator.issueToken(emulator.administrator(), List.of("ZohoCRM.modules.ALL"), Duration.ofHours(1));

    private JsonNode control(String method, String path, String body) {
        EmulatorResponse response = control.apply(EmulatorRequest.of(method, path, Map.of(), body));
        then(response.status()).as(response.bodyText()).isBetween(200, 201);
        return Json.read(response.body()).orElseThrow();
    }

    private EmulatorResponse zoho(String method, String path) {
        return emulator.apply(
                EmulatorRequest.of(method, path, Map.of("Authorization", List.of("Zoho-oauthtoken " + token)), null));
    }

    @Test
    void lists_each_relation_once_with_the_lower_id_first_and_forgets_delinked_ones() {
        // GIVEN a campaign linked to two contacts (the first one created before the campaign) and a product to a deal
        String early = emulator.insertRecord(Module.CONTACTS, Map.of("Last_Name", "Early"));
        String campaign = emulator.insertRecord(Module.CAMPAIGNS, Map.of("Campaign_Name", "Spring"));
        String late = emulator.insertRecord(Module.CONTACTS, Map.of("Last_Name", "Late"));
        String product = emulator.insertRecord(Module.PRODUCTS, Map.of("Product_Name", "Widget"));
        String deal = emulator.insertRecord(Module.DEALS, Map.of("Deal_Name", "Big"));
        emulator.link(campaign, early, Map.of());
        emulator.link(campaign, late, Map.of());
        emulator.link(deal, product, Map.of());

        // WHEN one contact is delinked through the API and the relations are listed
        then(zoho("DELETE", "/crm/v7/Campaigns/" + campaign + "/Contacts/" + late)
                        .status())
                .isEqualTo(200);
        JsonNode relations = control("GET", ControlPlane.RELATIONS, null).get("relations");

        // THEN two relations remain, each pair once, lower id first, sorted by it
        then(relations).hasSize(2);
        then(relations.get(0).toString())
                .isEqualTo("[{\"module\":\"Contacts\",\"id\":\"" + early + "\"},{\"module\":\"Campaigns\",\"id\":\""
                        + campaign + "\"}]");
        then(relations.get(1).toString())
                .isEqualTo("[{\"module\":\"Products\",\"id\":\"" + product + "\"},{\"module\":\"Deals\",\"id\":\""
                        + deal + "\"}]");
    }

    @Test
    void lists_no_relation_in_an_empty_org() {
        then(control("GET", ControlPlane.RELATIONS, null).get("relations")).isEmpty();
    }

    @Test
    void lists_pending_faults_with_the_calls_they_have_left_and_drops_used_up_ones() {
        // GIVEN two 429s on delink and one INTERNAL_ERROR on link
        control(
                "POST",
                ControlPlane.FAULTS,
                "{\"route\":\"delink\",\"kind\":\"too_many_requests\",\"retry_after_seconds\":1,\"times\":2}");
        control("POST", ControlPlane.FAULTS, "{\"route\":\"link\",\"error\":\"INTERNAL_ERROR\"}");

        // WHEN one delink call is made
        then(zoho("DELETE", "/crm/v7/Campaigns/1/Contacts/2").status()).isEqualTo(429);
        JsonNode afterOne = control("GET", ControlPlane.FAULTS, null).get("faults");
        // AND a second one
        then(zoho("DELETE", "/crm/v7/Campaigns/1/Contacts/2").status()).isEqualTo(429);
        JsonNode afterTwo = control("GET", ControlPlane.FAULTS, null).get("faults");

        // THEN the 429 has one call left after the first, is gone after the second, and the link fault still waits
        then(afterOne).hasSize(2);
        then(afterOne.get(0).toString())
                .isEqualTo(
                        "{\"route\":\"delink\",\"kind\":\"too_many_requests\",\"retry_after_seconds\":1,\"times\":1}");
        then(afterTwo).hasSize(1);
        then(afterTwo.get(0).toString())
                .isEqualTo(
                        "{\"route\":\"link\",\"kind\":\"error\",\"error\":\"INTERNAL_ERROR\",\"status\":500,\"times\":1}");
    }

    @Test
    void lists_a_fractional_fault_as_lasting_until_cleared() {
        control(
                "POST",
                ControlPlane.FAULTS,
                "{\"route\":\"any\",\"kind\":\"latency\",\"delay_ms\":5,\"fraction\":0.5,\"seed\":7}");

        JsonNode faults = control("GET", ControlPlane.FAULTS, null).get("faults");

        then(faults).hasSize(1);
        then(faults.get(0).get("times").asText()).isEqualTo("until cleared");
        then(control("DELETE", ControlPlane.FAULTS, null).get("status").asText())
                .isEqualTo("cleared");
        then(control("GET", ControlPlane.FAULTS, null).get("faults")).isEmpty();
    }
}
