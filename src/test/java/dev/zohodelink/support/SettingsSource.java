package dev.zohodelink.support;

import dev.zohodelink.config.Settings;

/**
 * Where a feature run reads its {@code ZOHO_*} settings. The entry point decides, through the glue it selects: the
 * conformance run reads the process ({@code dev.zohodelink.glue.process}); the project's own tests never do
 * ({@code dev.zohodelink.glue.hermetic}). With neither, the run stops: no glue reads the environment by default.
 */
@FunctionalInterface
public interface SettingsSource {

    Settings settings();
}
