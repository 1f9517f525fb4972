package dev.zohodelink.glue.hermetic;

import dev.zohodelink.config.RunConfiguration;
import dev.zohodelink.config.Settings;
import dev.zohodelink.emulator.core.EmulatorRequest;
import dev.zohodelink.emulator.core.EmulatorResponse;
import dev.zohodelink.support.LayoutRequirement;
import dev.zohodelink.support.Misbehaviour;
import dev.zohodelink.targets.SettingsSource;
import io.cucumber.picocontainer.CucumberPicoProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.picocontainer.injectors.Provider;

/**
 * The settings of feature runs that the project's own tests launch. No {@code ZOHO_*} variable and no system
 * property meant for the conformance run is read, and the target is always the in-process emulator, so these runs
 * stay on loopback whatever the environment. A test chooses a setting with a property of its own namespace:
 * {@code zoho.test.undocumented=observe} stands for {@code ZOHO_UNDOCUMENTED=observe} (see {@link #property}). Between
 * the emulator and its callers stand the {@link Misbehaviour} and the {@link LayoutRequirement} a test chose.
 */
@CucumberPicoProvider
public final class HermeticSettingsProvider implements Provider {

    /** The glue package that makes a feature run hermetic. */
    public static final String GLUE = "dev.zohodelink.glue.hermetic";

    private static final String PREFIX = "zoho.test.";

    public SettingsSource provide() {
        return new SettingsSource() {
            @Override
            public Settings settings() {
                return HermeticSettingsProvider.settings();
            }

            @Override
            public UnaryOperator<Function<EmulatorRequest, EmulatorResponse>> emulatorAnswers() {
                Misbehaviour misbehaviour = Misbehaviour.fromSystemProperty();
                Optional<LayoutRequirement> layout = LayoutRequirement.fromSystemProperty();
                return emulator -> {
                    Function<EmulatorRequest, EmulatorResponse> answers = misbehaviour.wrap(emulator);
                    return layout.map(requirement -> requirement.wrap(answers)).orElse(answers);
                };
            }
        };
    }

    /** The system property a test sets to choose {@code variable}, e.g. {@code zoho.test.undocumented} for {@code ZOHO_UNDOCUMENTED}. */
    public static String property(String variable) {
        return PREFIX + Settings.propertyName(variable).substring("zoho.".length());
    }

    static Settings settings() {
        Map<String, String> chosen = new HashMap<>();
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith(PREFIX))
                .forEach(name -> chosen.put(
                        "ZOHO_"
                                + name.substring(PREFIX.length())
                                        .replace('.', '_')
                                        .toUpperCase(java.util.Locale.ROOT),
                        System.getProperty(name)));
        chosen.put(RunConfiguration.TARGET, "emulator");
        return Settings.of(chosen);
    }
}
