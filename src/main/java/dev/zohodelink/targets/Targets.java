package dev.zohodelink.targets;

import dev.zohodelink.config.RunConfiguration;
import dev.zohodelink.emulator.core.EmulatorRequest;
import dev.zohodelink.emulator.core.EmulatorResponse;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Builds the target a run configuration names. */
public final class Targets {

    private Targets() {}

    /** @param emulatorAnswers what stands between an emulator target and its callers (see {@link SettingsSource#emulatorAnswers}) */
    public static Target create(
            RunConfiguration configuration,
            UnaryOperator<Function<EmulatorRequest, EmulatorResponse>> emulatorAnswers) {
        return switch (configuration.target()) {
            case EMULATOR ->
                new EmulatorTarget(
                        configuration.version(),
                        configuration.profile(),
                        emulatorAnswers,
                        RunScope.emulatorFieldMetadata(configuration.version(), configuration.profile()));
            case LIVE -> new LiveTarget(RunScope.liveSession(configuration), configuration.profile());
        };
    }
}
