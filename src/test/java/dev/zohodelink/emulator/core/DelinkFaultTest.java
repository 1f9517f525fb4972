package dev.zohodelink.emulator.core;

import static dev.zohodelink.contract.Module.CAMPAIGNS;
import static dev.zohodelink.contract.Module.CONTACTS;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.json;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.relatedListPath;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.thenItemRemoved;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.thenRejectedWith;
import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.control.EmulatorControl;
import dev.zohodelink.emulator.core.faults.Fault;
import dev.zohodelink.emulator.core.faults.RouteKind;
import org.junit.jupiter.api.Test;

class DelinkFaultTest {

    private final ZohoEmulatorFixture zoho = ZohoEmulatorFixture.bestEvidence();
    private final String campaign = zoho.create(CAMPAIGNS);
    private final String contact = zoho.create(CONTACTS);
    private final String delinkUrl = relatedListPath(CAMPAIGNS, campaign, CONTACTS) + "/" + contact;

    DelinkFaultTest() {
        zoho.link(CAMPAIGNS, campaign, CONTACTS, contact);
    }

    @Test
    void answers_an_injected_internal_error_once_and_then_delinks_normally() {
        // GIVEN one INTERNAL_ERROR injected on the delink route
        zoho.emulator.injectFault(new Fault(RouteKind.DELINK, ZohoError.INTERNAL_ERROR, 1));

        // WHEN the delink is sent twice
        EmulatorResponse faulted = zoho.delete(delinkUrl);
        boolean relatedAfterFault =
                zoho.relatedIds(CAMPAIGNS, campaign, CONTACTS).contains(contact);
        EmulatorResponse normal = zoho.delete(delinkUrl);

        // THEN the first is Zoho's 500 and changes nothing; the second succeeds
        then(faulted.status()).isEqualTo(500);
        then(thenRejectedWith(faulted, ZohoError.INTERNAL_ERROR)).isEqualTo(json("{}"));
        then(relatedAfterFault).isTrue();
        then(normal.status()).isEqualTo(200);
        thenItemRemoved(json(normal).at("/data/0"), contact);
        // AND a planned fault is not an unexpected failure
        then(EmulatorControl.inProcess(zoho.emulator).state().unexpectedFailures())
                .isZero();
    }

    @Test
    void leaves_the_delink_route_alone_when_the_fault_targets_another_route() {
        // GIVEN a fault on the link route
        zoho.emulator.injectFault(new Fault(RouteKind.LINK, ZohoError.INTERNAL_ERROR, 1));

        // WHEN a delink is sent
        EmulatorResponse response = zoho.delete(delinkUrl);

        // THEN it succeeds
        then(response.status()).isEqualTo(200);
    }

    @Test
    void answers_a_fault_on_every_route_for_as_many_calls_as_injected_and_forgets_it_on_clear() {
        // GIVEN a two-call fault on any route
        zoho.emulator.injectFault(new Fault(RouteKind.ANY, ZohoError.INTERNAL_ERROR, 2));

        // WHEN a delink is sent, then a read, then the faults are cleared
        EmulatorResponse delink = zoho.delete(delinkUrl);
        EmulatorResponse read = zoho.send("GET", relatedListPath(CAMPAIGNS, campaign, CONTACTS) + "?fields=id");
        zoho.emulator.injectFault(new Fault(RouteKind.DELINK, ZohoError.INTERNAL_ERROR, 5));
        zoho.emulator.clearFaults();
        EmulatorResponse after = zoho.delete(delinkUrl);

        // THEN both faulted calls are 500 and the call after clearing works
        thenRejectedWith(delink, ZohoError.INTERNAL_ERROR);
        thenRejectedWith(read, ZohoError.INTERNAL_ERROR);
        then(after.status()).isEqualTo(200);
    }
}
