package dev.zohodelink.emulator.http;

import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.emulator.core.Emulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDK's no-delay switch is JVM-wide: the server turns it on only where nobody chose a value. */
class EmulatorServerNoDelayTest {

    private String before;

    @BeforeEach
    void remember_the_setting() {
        before = System.getProperty(EmulatorServer.NO_DELAY);
    }

    @AfterEach
    void restore_the_setting() {
        if (before == null) {
            System.clearProperty(EmulatorServer.NO_DELAY);
        } else {
            System.setProperty(EmulatorServer.NO_DELAY, before);
        }
    }

    @Test
    void starting_a_server_turns_no_delay_on_when_nothing_set_it() {
        System.clearProperty(EmulatorServer.NO_DELAY);

        try (EmulatorServer ignored =
                EmulatorServer.startOnFreeLoopbackPort(new Emulator(BehaviourProfile.bestEvidence()))) {
            then(System.getProperty(EmulatorServer.NO_DELAY)).isEqualTo("true");
        }
    }

    @Test
    void starting_a_server_leaves_the_applications_own_choice_alone() {
        System.setProperty(EmulatorServer.NO_DELAY, "false");

        try (EmulatorServer ignored =
                EmulatorServer.startOnFreeLoopbackPort(new Emulator(BehaviourProfile.bestEvidence()))) {
            then(System.getProperty(EmulatorServer.NO_DELAY)).isEqualTo("false");
        }
    }
}
