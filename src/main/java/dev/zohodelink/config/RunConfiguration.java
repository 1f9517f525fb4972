package dev.zohodelink.config;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.BehaviourProfile;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The validated configuration of one conformance run. Every problem is reported in one message, before any call,
 * with the variables that cause it.
 */
public record RunConfiguration(
        TargetKind target,
        ApiVersion version,
        BehaviourProfile profile,
        Optional<LiveConfiguration> live,
        UndocumentedBehaviour undocumented,
        BaselineSelection baseline) {

    /** What the steps do with an expectation that rests on less than Zoho's documentation. Documented ones always fail. */
    public enum UndocumentedBehaviour {
        /** Expect the behaviour profile's choice; a difference fails the scenario, named with its grade. */
        ASSERT,
        /** Record what the target does and report a difference as an observation; drift against a baseline shows change. */
        OBSERVE
    }

    public static final String TARGET = "ZOHO_TARGET";
    public static final String API_VERSION = "ZOHO_API_VERSION";
    public static final String PROFILE = "ZOHO_PROFILE";
    public static final String UNDOCUMENTED = "ZOHO_UNDOCUMENTED";
    /** Surefire's {@code -DexcludedGroups}, passed on by the pom: leaving out assumed scenarios also relaxes the guesses of the others. */
    public static final String EXCLUDED_GROUPS = "ZOHO_EXCLUDED_GROUPS";

    public static RunConfiguration from(Settings settings) {
        ConfigurationProblems problems = new ConfigurationProblems();
        TargetKind target =
                problems.check(TARGET, () -> target(settings.get(TARGET).orElse("emulator")));
        ApiVersion version = problems.check(
                API_VERSION, () -> ApiVersion.parse(settings.get(API_VERSION).orElse("v7")));
        BehaviourProfile profile = problems.check(
                PROFILE, () -> BehaviourProfile.parse(settings.get(PROFILE).orElse(BehaviourProfile.DEFAULT_SPEC)));
        String undocumentedDefault = settings.get(EXCLUDED_GROUPS)
                        .filter(groups -> List.of(groups.split("[,\\s]+")).contains("assumed"))
                        .isPresent()
                ? "observe"
                : "assert";
        UndocumentedBehaviour undocumented = problems.check(
                UNDOCUMENTED, () -> undocumented(settings.get(UNDOCUMENTED).orElse(undocumentedDefault)));
        Optional<LiveConfiguration> live =
                target == TargetKind.LIVE ? Optional.of(LiveConfiguration.from(settings, problems)) : Optional.empty();
        BaselineSelection baseline = BaselineSelection.from(settings, problems);
        problems.throwIfAny();
        return new RunConfiguration(target, version, profile, live, undocumented, baseline);
    }

    private static UndocumentedBehaviour undocumented(String value) {
        try {
            return UndocumentedBehaviour.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is not a choice; expected assert or observe");
        }
    }

    private static TargetKind target(String value) {
        try {
            return TargetKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is not a target; expected emulator or live");
        }
    }
}
