package dev.zohodelink.config;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.BehaviourProfile;
import java.util.Locale;
import java.util.Optional;

/**
 * The validated configuration of one conformance run. Every problem is reported in one message, before any call,
 * with the variables that cause it.
 */
public record RunConfiguration(TargetKind target, ApiVersion version, BehaviourProfile profile, Optional<LiveConfiguration> live) {

    public static final String TARGET = "ZOHO_TARGET";
    public static final String API_VERSION = "ZOHO_API_VERSION";
    public static final String PROFILE = "ZOHO_PROFILE";

    public static RunConfiguration from(Settings settings) {
        ConfigurationProblems problems = new ConfigurationProblems();
        TargetKind target = problems.check(TARGET, () -> target(settings.get(TARGET).orElse("emulator")));
        ApiVersion version = problems.check(API_VERSION, () -> ApiVersion.parse(settings.get(API_VERSION).orElse("v7")));
        BehaviourProfile profile = problems.check(PROFILE, () -> BehaviourProfile.parse(settings.get(PROFILE).orElse(BehaviourProfile.DEFAULT_SPEC)));
        Optional<LiveConfiguration> live = target == TargetKind.LIVE ? Optional.of(LiveConfiguration.from(settings, problems)) : Optional.empty();
        problems.throwIfAny();
        return new RunConfiguration(target, version, profile, live);
    }

    private static TargetKind target(String value) {
        try {
            return TargetKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is not a target; expected emulator or live");
        }
    }
}
