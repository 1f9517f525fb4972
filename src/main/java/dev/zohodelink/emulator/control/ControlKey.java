package dev.zohodelink.emulator.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The secret every control-plane request of an emulator bound beyond loopback carries in {@value #HEADER}. It is
 * compared in constant time and never part of a string representation, a message or an answer.
 */
public final class ControlKey {

    public static final String HEADER = "X-Emulator-Key";
    public static final String ENVIRONMENT_VARIABLE = "ZOHO_EMULATOR_CONTROL_KEY";

    private final byte[] key;

    private ControlKey(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    /** @throws IllegalArgumentException when the key is blank */
    public static ControlKey of(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("the control key must not be blank");
        }
        return new ControlKey(key);
    }

    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(key, presented.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "ControlKey[***]";
    }
}
