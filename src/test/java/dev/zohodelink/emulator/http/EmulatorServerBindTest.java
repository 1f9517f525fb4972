package dev.zohodelink.emulator.http;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.emulator.core.Emulator;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class EmulatorServerBindTest {

    private final Emulator emulator = new Emulator(BehaviourProfile.bestEvidence());

    @Test
    void refuses_to_listen_on_every_interface_when_its_control_plane_has_no_key() {
        // WHEN / THEN: refused before it binds, so nothing listens beyond loopback
        thenThrownBy(() -> EmulatorServer.start(emulator, "0.0.0.0", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot listen on 0.0.0.0: beyond loopback the control plane needs a key"
                        + " (a ControlPlane with a ControlKey)");
    }

    @Test
    void listens_on_loopback_without_a_key() {
        // WHEN
        try (EmulatorServer server = EmulatorServer.start(emulator, "127.0.0.1", 0)) {
            // THEN
            then(server.baseUri().getHost()).isEqualTo("127.0.0.1");
            then(server.port()).isPositive();
            then(server.listensOnEveryInterface()).isFalse();
        }
    }

    @Test
    void bound_to_every_ipv4_interface_it_is_reached_on_this_machine_through_loopback() {
        then(EmulatorServer.baseUri(new InetSocketAddress("0.0.0.0", 8080))).hasToString("http://127.0.0.1:8080");
    }

    @Test
    void bound_to_every_ipv6_interface_it_is_reached_on_this_machine_through_ipv6_loopback() {
        then(EmulatorServer.baseUri(new InetSocketAddress("::", 8080))).hasToString("http://[::1]:8080");
    }

    @Test
    void bound_to_one_address_it_is_reached_at_that_address() {
        then(EmulatorServer.baseUri(new InetSocketAddress("192.168.1.5", 8080))).hasToString("http://192.168.1.5:8080");
        then(EmulatorServer.baseUri(new InetSocketAddress("2001:db8::5", 8080)))
                .hasToString("http://[2001:db8:0:0:0:0:0:5]:8080");
    }
}
