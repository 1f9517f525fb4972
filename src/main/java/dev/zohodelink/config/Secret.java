package dev.zohodelink.config;

/** A credential read from configuration. Its {@link #toString()} never shows it; only {@link #reveal()} does, at the point of use. */
public final class Secret {

    private final String variable;
    private final String value;

    public Secret(String variable, String value) {
        this.variable = variable;
        this.value = value;
    }

    /** The configuration variable it came from, for messages. */
    public String variable() {
        return variable;
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return variable + "=[redacted]";
    }
}
