package dev.zohodelink.emulator.control;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.core.EmulatorRequest;
import dev.zohodelink.emulator.core.EmulatorResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /__emulator/faults}: every kind of fault, for one route or all, the next calls or a seeded fraction. */
class ControlPlaneFaultsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<Duration> sleeps = new ArrayList<>();
    private final Emulator emulator = new Emulator(BehaviourProfile.bestEvidence(), Clock.systemUTC(), sleeps::add);
    private final ControlPlane control = new ControlPlane(emulator);
    private final String token =
            emulator.issueToken(emulator.administrator(), List.of("ZohoCRM.modules.ALL"), Duration.ofHours(1));

    private EmulatorResponse injectFault(String body) {
        return control.apply(EmulatorRequest.of("POST", ControlPlane.FAULTS, Map.of(), body));
    }

    private EmulatorResponse insertCampaign() {
        return emulator.apply(EmulatorRequest.of(
                "POST",
                "/crm/v7/Campaigns",
                Map.of("Authorization", List.of("Zoho-oauthtoken " + token)),
                "{\"data\":[{\"Campaign_Name\":\"Spring\"}]}"));
    }

    private static JsonNode json(EmulatorResponse response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(response.bodyText(), e);
        }
    }

    @Test
    void injects_a_burst_of_429s_with_retry_after_for_one_route_and_describes_it() {
        // WHEN three 429s with Retry-After: 2 are injected on insert
        EmulatorResponse injected = injectFault(
                "{\"route\":\"insert\",\"kind\":\"too_many_requests\",\"retry_after_seconds\":2,\"times\":3}");

        // THEN the answer describes it, and three inserts are refused before the fourth succeeds
        then(injected.status()).isEqualTo(201);
        then(json(injected))
                .isEqualTo(MAPPER.createObjectNode()
                        .put("route", "insert")
                        .put("kind", "too_many_requests")
                        .put("retry_after_seconds", 2)
                        .put("times", 3));
        for (int attempt = 0; attempt < 3; attempt++) {
            EmulatorResponse limited = insertCampaign();
            then(limited.status()).isEqualTo(429);
            then(limited.headers()).containsEntry("Retry-After", "2");
        }
        then(insertCampaign().status()).isEqualTo(201);
    }

    @Test
    void injects_a_seeded_fractional_latency_on_any_route_until_cleared() {
        // WHEN 200 ms on a quarter of all calls, seed 42, is injected and 40 inserts are sent, then faults are cleared
        EmulatorResponse injected =
                injectFault("{\"route\":\"any\",\"kind\":\"latency\",\"delay_ms\":200,\"fraction\":0.25,\"seed\":42}");
        for (int call = 0; call < 40; call++) {
            then(insertCampaign().status()).isEqualTo(201);
        }
        int delayedBeforeClearing = sleeps.size();
        control.apply(EmulatorRequest.of("DELETE", ControlPlane.FAULTS, Map.of(), null));
        for (int call = 0; call < 40; call++) {
            insertCampaign();
        }

        // THEN as many calls as java.util.Random(42) picks waited 200 ms each, and none after clearing
        long picked =
                new java.util.Random(42).doubles(40).filter(draw -> draw < 0.25).count();
        then(json(injected).get("times").asText()).isEqualTo("until cleared");
        then(json(injected).get("seed").asLong()).isEqualTo(42);
        then(delayedBeforeClearing).isEqualTo((int) picked).isPositive();
        then(sleeps).hasSize(delayedBeforeClearing).allMatch(Duration.ofMillis(200)::equals);
    }

    @Test
    void injects_an_internal_error_as_a_503_and_a_dropped_connection() {
        // WHEN a 503 INTERNAL_ERROR and then a dropped connection are injected on insert
        EmulatorResponse error =
                injectFault("{\"route\":\"insert\",\"kind\":\"error\",\"error\":\"INTERNAL_ERROR\",\"status\":503}");
        EmulatorResponse drop = injectFault("{\"route\":\"insert\",\"kind\":\"drop_connection\",\"times\":1}");
        EmulatorResponse first = insertCampaign();
        EmulatorResponse second = insertCampaign();

        // THEN the first insert gets the 503 and the second is dropped
        then(json(error).get("status").asInt()).isEqualTo(503);
        then(json(drop).get("kind").asText()).isEqualTo("drop_connection");
        then(first.status()).isEqualTo(503);
        then(json(first).get("code").asText()).isEqualTo("INTERNAL_ERROR");
        then(second.dropConnection()).isTrue();
        then(insertCampaign().status()).isEqualTo(201);
    }

    @Test
    void keeps_the_suite_s_fault_shape_working() {
        // WHEN the shape the conformance suite posts is injected
        EmulatorResponse injected = injectFault("{\"route\":\"delink\",\"error\":\"INTERNAL_ERROR\",\"times\":1}");

        // THEN it is an error fault for one delink
        then(injected.status()).isEqualTo(201);
        then(json(injected).get("kind").asText()).isEqualTo("error");
        then(json(injected).get("error").asText()).isEqualTo("INTERNAL_ERROR");
        then(json(injected).get("status").asInt()).isEqualTo(500);
        then(json(injected).get("times").asInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"kind\":\"explode\"}",
                "{\"kind\":7}",
                "{\"kind\":\"latency\"}",
                "{\"kind\":\"latency\",\"delay_ms\":0}",
                "{\"kind\":\"latency\",\"delay_ms\":\"200\"}",
                "{\"kind\":\"latency\",\"delay_ms\":999999999}",
                "{\"kind\":\"latency\",\"delay_ms\":1.5}",
                "{\"kind\":\"latency\",\"delay_ms\":100,\"error\":\"INTERNAL_ERROR\"}",
                "{\"kind\":\"too_many_requests\",\"retry_after_seconds\":-1}",
                "{\"kind\":\"too_many_requests\",\"delay_ms\":5}",
                "{\"kind\":\"error\",\"status\":404}",
                "{\"kind\":\"error\",\"status\":\"500\"}",
                "{\"kind\":\"drop_connection\",\"retry_after_seconds\":1}",
                "{\"fraction\":0}",
                "{\"fraction\":1.5}",
                "{\"fraction\":\"half\"}",
                "{\"fraction\":0.5,\"seed\":\"x\"}",
                "{\"seed\":42}",
                "{\"times\":-3}",
                "{\"times\":\"3\"}",
                "{\"times\":99999999999}",
                "{\"route\":7}",
                "{\"delay\":100}",
                "[1,2]"
            })
    void refuses_a_fault_it_cannot_apply_with_a_400_naming_the_problem(String body) {
        // WHEN the fault is posted
        EmulatorResponse response = injectFault(body);

        // THEN it is refused with the control plane's envelope, and no fault was injected
        then(response.status()).as(response.bodyText()).isEqualTo(400);
        then(json(response).get("code").asText()).isEqualTo("INVALID_REQUEST");
        then(json(response).get("message").asText()).isNotBlank();
        then(insertCampaign().status()).isEqualTo(201);
        then(sleeps).isEmpty();
    }

    @Test
    void accepts_route_labels_with_underscores() {
        // WHEN a fault on read_related is injected
        EmulatorResponse injected = injectFault("{\"route\":\"read_related\",\"kind\":\"drop_connection\"}");

        // THEN it targets the read-related route
        then(injected.status()).as(injected.bodyText()).isEqualTo(201);
        then(json(injected).get("route").asText()).isEqualTo("read-related");
    }
}
