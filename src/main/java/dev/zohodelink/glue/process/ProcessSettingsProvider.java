package dev.zohodelink.glue.process;

import dev.zohodelink.config.Settings;
import dev.zohodelink.targets.SettingsSource;
import io.cucumber.picocontainer.CucumberPicoProvider;
import org.picocontainer.injectors.Provider;

/** The conformance run's settings: the process environment, overridden by system properties of the same meaning. */
@CucumberPicoProvider
public final class ProcessSettingsProvider implements Provider {

    /** The glue package that makes a feature run read the process. */
    public static final String GLUE = "dev.zohodelink.glue.process";

    public SettingsSource provide() {
        return Settings::fromProcess;
    }
}
