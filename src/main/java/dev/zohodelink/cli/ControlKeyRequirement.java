package dev.zohodelink.cli;

import dev.zohodelink.emulator.control.ControlKey;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Whether the control plane needs a key: always when one is given, and one must be given when the emulator binds
 * beyond loopback (the wildcard address, a LAN address), since anyone who reaches the control plane can read
 * tokens it issues. The key itself is never part of a message.
 */
final class ControlKeyRequirement {

    /** Where the key is; empty when none was given. */
    record Decision(Optional<ControlKey> key, Optional<String> problem) {}

    private ControlKeyRequirement() {}

    /**
     * @param option the value of {@code --control-key}, or null
     * @param environmentValue the value of {@value ControlKey#ENVIRONMENT_VARIABLE}, or null
     */
    static Decision decide(String host, String option, String environmentValue) {
        if (option != null && option.isBlank()) {
            return refused("emulator: --control-key must not be blank");
        }
        String given = option != null
                ? option
                : environmentValue == null || environmentValue.isBlank() ? null : environmentValue.strip();
        if (given != null) {
            return new Decision(Optional.of(ControlKey.of(given)), Optional.empty());
        }
        if (beyondLoopback(host)) {
            return refused("emulator: --host " + host
                    + " is reachable beyond this machine, so its control plane needs a key: set "
                    + ControlKey.ENVIRONMENT_VARIABLE + " (or --control-key) and send it in the " + ControlKey.HEADER
                    + " header");
        }
        return new Decision(Optional.empty(), Optional.empty());
    }

    /** A host that does not resolve is left to the bind, which names it. */
    private static boolean beyondLoopback(String host) {
        try {
            return !InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Decision refused(String problem) {
        return new Decision(Optional.empty(), Optional.of(problem));
    }
}
