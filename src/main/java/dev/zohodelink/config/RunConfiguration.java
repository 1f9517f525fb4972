package dev.zohodelink.config;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.BehaviourProfile;
import java.util.Locale;

/**
 * The validated configuration of one conformance run. Every problem is reported at once, before any call,
 * with the variable that causes it.
 */
public record RunConfiguration(TargetKind target, ApiVersion version, BehaviourProfile profile) {

    public static final String TARGET = "ZOHO_TARGET";
    public static final String API_VERSION = "ZOHO_API_VERSION";
    public static final String PROFILE = "ZOHO_PROFILE";

    public static RunConfiguration from(Settings settings) {
        TargetKind target = target(settings);
        ApiVersion version = version(settings);
        BehaviourProfile profile = profile(settings);
        if (target == TargetKind.LIVE) {
            throw new ConfigurationException(TARGET, "'live' is not available in this build yet; use 'emulator'");
        }
        return new RunConfiguration(target, version, profile);
    }

    private static TargetKind target(Settings settings) {
        String value = settings.get(TARGET).orElse("emulator");
        try {
            return TargetKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(TARGET, "'" + value + "' is not a target; expected emulator or live");
        }
    }

    private static ApiVersion version(Settings settings) {
        try {
            return ApiVersion.parse(settings.get(API_VERSION).orElse("v7"));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(API_VERSION, e.getMessage());
        }
    }

    private static BehaviourProfile profile(Settings settings) {
        try {
            return BehaviourProfile.parse(settings.get(PROFILE).orElse(BehaviourProfile.DEFAULT_SPEC));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(PROFILE, e.getMessage());
        }
    }
}
