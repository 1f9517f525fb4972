package dev.zohodelink.emulator.http;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.emulator.core.Emulator;
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
        }
    }
}
