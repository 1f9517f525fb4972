package dev.zohodelink.support;

import dev.zohodelink.config.RunConfiguration;

/** Builds the target a run configuration names. */
public final class Targets {

    private Targets() {
    }

    public static Target create(RunConfiguration configuration) {
        return switch (configuration.target()) {
            case EMULATOR -> new EmulatorTarget(configuration.version(), configuration.profile(), Misbehaviour.fromSystemProperty());
            case LIVE -> new LiveTarget(RunScope.liveSession(configuration), configuration.profile());
        };
    }
}
