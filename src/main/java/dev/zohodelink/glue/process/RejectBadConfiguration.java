package dev.zohodelink.glue.process;

import dev.zohodelink.config.RunConfiguration;
import dev.zohodelink.config.Settings;
import io.cucumber.java.BeforeAll;

/** Bad configuration stops the conformance run here, once, with the variables named, before any call. */
public final class RejectBadConfiguration {

    @BeforeAll
    public static void beforeAnyCall() {
        RunConfiguration.from(Settings.fromProcess());
    }
}
