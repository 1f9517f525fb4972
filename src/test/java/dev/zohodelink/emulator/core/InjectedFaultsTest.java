package dev.zohodelink.emulator.core;

import static dev.zohodelink.contract.Module.CAMPAIGNS;
import static dev.zohodelink.contract.Module.CONTACTS;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.json;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.keys;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.relatedListPath;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.thenRejectedWith;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.codecs.Json;
import dev.zohodelink.emulator.core.faults.Fault;
import dev.zohodelink.emulator.core.faults.FaultSchedule;
import dev.zohodelink.emulator.core.faults.RouteKind;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Latency, 429 bursts, 5xx and dropped connections, for the next calls or a seeded fraction of them. */
class InjectedFaultsTest {

    private final List<Duration> sleeps = new ArrayList<>();
    private final ZohoEmulatorFixture zoho =
            new ZohoEmulatorFixture(new Emulator(BehaviourProfile.bestEvidence(), Clock.systemUTC(), sleeps::add));
    private final String campaign = zoho.create(CAMPAIGNS);
    private final String contact = zoho.create(CONTACTS);
    private final String delinkUrl = relatedListPath(CAMPAIGNS, campaign, CONTACTS) + "/" + contact;
    private final String readUrl = relatedListPath(CAMPAIGNS, campaign, CONTACTS) + "?fields=id";

    InjectedFaultsTest() {
        zoho.link(CAMPAIGNS, campaign, CONTACTS, contact);
    }

    @Test
    void delays_the_next_calls_of_a_route_by_the_injected_latency_and_then_answers_normally() {
        // GIVEN 250 ms of latency on the next two delink calls
        zoho.emulator.injectFault(
                new Fault(RouteKind.DELINK, new Fault.Latency(Duration.ofMillis(250)), FaultSchedule.next(2)));

        // WHEN a read and three delinks are sent
        EmulatorResponse read = zoho.send("GET", readUrl);
        EmulatorResponse first = zoho.delete(delinkUrl);
        EmulatorResponse second = zoho.delete(delinkUrl);
        EmulatorResponse third = zoho.delete(delinkUrl);

        // THEN only the first two delinks waited, 250 ms each, and all were answered as usual
        then(sleeps).containsExactly(Duration.ofMillis(250), Duration.ofMillis(250));
        then(read.status()).isEqualTo(200);
        then(first.status()).isEqualTo(200);
        then(json(first).at("/data/0/message").asText()).isEqualTo("relation removed");
        then(json(second).at("/data/0/code").asText()).isEqualTo("INVALID_DATA");
        then(json(third).at("/data/0/code").asText()).isEqualTo("INVALID_DATA");
    }

    @Test
    void answers_a_burst_of_429_too_many_requests_with_retry_after_and_then_delinks() {
        // GIVEN three 429s with Retry-After: 2 on the delink route
        zoho.emulator.injectFault(
                new Fault(RouteKind.DELINK, new Fault.TooManyRequests(OptionalInt.of(2)), FaultSchedule.next(3)));

        // WHEN the delink is sent four times
        List<EmulatorResponse> answers = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            answers.add(zoho.delete(delinkUrl));
        }

        // THEN the first three are Zoho-shaped 429s carrying Retry-After, and the fourth removes the relation
        for (EmulatorResponse limited : answers.subList(0, 3)) {
            then(limited.status()).isEqualTo(429);
            then(limited.headers())
                    .containsEntry("Retry-After", "2")
                    .containsEntry("Content-Type", EmulatorResponse.JSON);
            then(json(limited))
                    .isEqualTo(json("""
                    {"code":"TOO_MANY_REQUESTS","details":{},"message":"%s","status":"error"}
                    """.formatted(dev.zohodelink.contract.ZohoError.TOO_MANY_REQUESTS.message())));
            then(keys(json(limited))).containsExactly("code", "details", "message", "status");
        }
        then(answers.get(3).status()).isEqualTo(200);
        then(zoho.relatedIds(CAMPAIGNS, campaign, CONTACTS)).isEmpty();
    }

    @Test
    void answers_429_without_a_retry_after_header_when_none_is_asked_for() {
        // GIVEN one 429 without Retry-After on any route
        zoho.emulator.injectFault(
                new Fault(RouteKind.ANY, new Fault.TooManyRequests(OptionalInt.empty()), FaultSchedule.next(1)));

        // WHEN a read is sent
        EmulatorResponse response = zoho.send("GET", readUrl);

        // THEN it is a 429 with no Retry-After header
        then(response.status()).isEqualTo(429);
        then(response.headers()).doesNotContainKey("Retry-After");
        then(json(response).get("code").asText()).isEqualTo("TOO_MANY_REQUESTS");
    }

    @Test
    void answers_an_internal_error_with_another_5xx_status_when_asked_and_changes_nothing() {
        // GIVEN one INTERNAL_ERROR answered as 503 on the delink route
        zoho.emulator.injectFault(new Fault(
                RouteKind.DELINK, new Fault.CatalogueError(ZohoError.INTERNAL_ERROR, 503), FaultSchedule.next(1)));

        // WHEN the delink is sent
        EmulatorResponse response = zoho.delete(delinkUrl);

        // THEN the body is the catalogue's INTERNAL_ERROR under status 503, and the relation is still there
        then(response.status()).isEqualTo(503);
        then(json(response)).isEqualTo(json(new String(Json.write(ZohoError.INTERNAL_ERROR.body()))));
        then(zoho.relatedIds(CAMPAIGNS, campaign, CONTACTS)).containsExactly(contact);
    }

    @Test
    void tells_the_http_adapter_to_drop_the_connection_without_touching_the_state() {
        // GIVEN one dropped connection on the delink route
        zoho.emulator.injectFault(new Fault(RouteKind.DELINK, new Fault.DropConnection(), FaultSchedule.next(1)));

        // WHEN the delink is sent twice
        EmulatorResponse dropped = zoho.delete(delinkUrl);
        boolean stillRelated = zoho.relatedIds(CAMPAIGNS, campaign, CONTACTS).contains(contact);
        EmulatorResponse retried = zoho.delete(delinkUrl);

        // THEN the first says "drop" with nothing to send, the relation survived it, and the retry succeeds
        then(dropped.dropConnection()).isTrue();
        then(dropped.body()).isEmpty();
        then(stillRelated).isTrue();
        then(retried.dropConnection()).isFalse();
        then(retried.status()).isEqualTo(200);
    }

    @Test
    void faults_the_calls_a_seeded_random_picks_so_two_runs_with_the_same_seed_fault_the_same_calls() {
        // GIVEN two emulators with a 25 % fraction of INTERNAL_ERROR on reads, seed 42, and one with seed 7
        Fault seeded42 = new Fault(
                RouteKind.READ_RELATED,
                new Fault.CatalogueError(ZohoError.INTERNAL_ERROR, 500),
                FaultSchedule.fraction(0.25, 42));
        Fault seeded7 = new Fault(
                RouteKind.READ_RELATED,
                new Fault.CatalogueError(ZohoError.INTERNAL_ERROR, 500),
                FaultSchedule.fraction(0.25, 7));

        // WHEN 200 reads are sent to each
        List<Integer> firstRun = faultedCalls(seeded42, 200);
        List<Integer> secondRun = faultedCalls(seeded42, 200);
        List<Integer> otherSeed = faultedCalls(seeded7, 200);

        // THEN both runs with seed 42 fault exactly the calls java.util.Random(42) picks, and seed 7 picks others
        List<Integer> picked = new ArrayList<>();
        Random random = new Random(42);
        for (int call = 0; call < 200; call++) {
            if (random.nextDouble() < 0.25) {
                picked.add(call);
            }
        }
        then(firstRun).isEqualTo(secondRun).isEqualTo(picked);
        then(firstRun.size()).isBetween(30, 70);
        then(otherSeed).isNotEqualTo(firstRun);
    }

    @Test
    void stops_a_seeded_fraction_after_as_many_faulted_calls_as_times_says() {
        // GIVEN half of the reads faulted, at most three times
        Fault fault = new Fault(
                RouteKind.READ_RELATED,
                new Fault.CatalogueError(ZohoError.INTERNAL_ERROR, 500),
                new FaultSchedule(3, 0.5, 1));

        // WHEN 100 reads are sent
        List<Integer> faulted = faultedCalls(fault, 100);

        // THEN exactly three were faulted
        then(faulted).hasSize(3);
    }

    @Test
    void adds_the_latency_and_answers_the_error_when_both_apply_to_a_call() {
        // GIVEN a latency on every route and an error on delink, both for one call
        zoho.emulator.injectFault(
                new Fault(RouteKind.ANY, new Fault.Latency(Duration.ofMillis(40)), FaultSchedule.next(1)));
        zoho.emulator.injectFault(new Fault(RouteKind.DELINK, ZohoError.INTERNAL_ERROR, 1));

        // WHEN the delink is sent
        EmulatorResponse response = zoho.delete(delinkUrl);

        // THEN it waited and then failed
        then(sleeps).containsExactly(Duration.ofMillis(40));
        thenRejectedWith(response, ZohoError.INTERNAL_ERROR);
    }

    @Test
    void applies_faults_on_the_metadata_route_to_the_calls_sdks_make_first() {
        // GIVEN one INTERNAL_ERROR on the metadata route
        zoho.emulator.injectFault(new Fault(RouteKind.METADATA, ZohoError.INTERNAL_ERROR, 1));

        // WHEN the SDK's first call is sent twice
        EmulatorResponse first = zoho.send("GET", "/crm/v7/users?type=CurrentUser");
        EmulatorResponse second = zoho.send("GET", "/crm/v7/users?type=CurrentUser");

        // THEN the first fails and the second answers
        thenRejectedWith(first, ZohoError.INTERNAL_ERROR);
        then(second.status()).isEqualTo(200);
    }

    @Test
    void refuses_schedules_and_effects_that_cannot_be_applied() {
        // WHEN impossible faults are built THEN each is refused with a reason
        thenThrownBy(() -> FaultSchedule.fraction(0.0, 1)).isInstanceOf(IllegalArgumentException.class);
        thenThrownBy(() -> FaultSchedule.fraction(1.5, 1)).isInstanceOf(IllegalArgumentException.class);
        thenThrownBy(() -> FaultSchedule.next(0)).isInstanceOf(IllegalArgumentException.class);
        thenThrownBy(() -> new Fault.Latency(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        thenThrownBy(() -> new Fault.Latency(Duration.ofMinutes(3))).isInstanceOf(IllegalArgumentException.class);
        thenThrownBy(() -> new Fault.CatalogueError(ZohoError.INTERNAL_ERROR, 404))
                .isInstanceOf(IllegalArgumentException.class);
        thenThrownBy(() -> new Fault.TooManyRequests(OptionalInt.of(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    /** The indexes of the calls, out of {@code calls} reads on a fresh emulator with the fault, that were faulted. */
    private static List<Integer> faultedCalls(Fault fault, int calls) {
        ZohoEmulatorFixture fresh = ZohoEmulatorFixture.bestEvidence();
        String parent = fresh.create(CAMPAIGNS);
        fresh.emulator.injectFault(fault);
        List<Integer> faulted = new ArrayList<>();
        for (int call = 0; call < calls; call++) {
            EmulatorResponse response = fresh.send("GET", relatedListPath(CAMPAIGNS, parent, CONTACTS) + "?fields=id");
            if (response.status() == 500) {
                faulted.add(call);
            } else {
                then(response.status()).isEqualTo(204);
            }
        }
        return faulted;
    }
}
