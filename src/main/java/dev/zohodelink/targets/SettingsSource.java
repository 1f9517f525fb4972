package dev.zohodelink.targets;

import dev.zohodelink.config.Settings;
import dev.zohodelink.emulator.core.EmulatorRequest;
import dev.zohodelink.emulator.core.EmulatorResponse;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Where a feature run reads its {@code ZOHO_*} settings. The entry point decides, through the glue it selects: the
 * conformance run reads the process ({@code dev.zohodelink.glue.process}); the project's own tests never do
 * ({@code dev.zohodelink.glue.hermetic}). With neither, the run stops: no glue reads the environment by default.
 */
@FunctionalInterface
public interface SettingsSource {

    Settings settings();

    /**
     * What stands between the scenario's emulator and its callers: nothing for a conformance run; the project's own
     * tests put a deliberately broken API there, to prove the features catch it.
     */
    default UnaryOperator<Function<EmulatorRequest, EmulatorResponse>> emulatorAnswers() {
        return UnaryOperator.identity();
    }
}
