package dev.zohodelink.regressions;

import static dev.zohodelink.regressions.RegressionCatalogue.IDS;
import static dev.zohodelink.regressions.RegressionCatalogue.LIMITS;
import static dev.zohodelink.regressions.RegressionCatalogue.MODULES;
import static dev.zohodelink.regressions.RegressionCatalogue.OUTCOMES;
import static dev.zohodelink.regressions.RegressionCatalogue.REPEATS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.zohodelink.assertions.RecordedExpectation;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.report.RunOutcome;
import dev.zohodelink.support.Misbehaviour;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each alternative of the behaviour profile runs end to end: an emulator with that profile, the steps expecting it,
 * only the features it concerns. Every scenario passes, and the alternative's own expectation is among those checked,
 * so the run proves the alternative and not the default.
 */
class BehaviourProfileAlternativesTest {

    private static final Path SCRATCH =
            Path.of(System.getProperty("zoho.build.dir", "target"), "behaviour-profile-alternatives");
    /** The scenarios whose answer a profile can change: not the 100- and 101-id ones, which no key concerns. */
    private static final String NAMES = "^(?!1\\d\\d contacts)";

    static Stream<Arguments> alternatives() {
        return Stream.of(
                Arguments.of(
                        "best-evidence,mixed=200",
                        List.of(OUTCOMES),
                        "HTTP status",
                        "200 (some records delinked and some not"),
                Arguments.of("best-evidence,all-failed=200", List.of(IDS), "HTTP status", "200 (no record delinked"),
                Arguments.of("best-evidence,all-failed=207", List.of(IDS), "HTTP status", "207 (no record delinked"),
                Arguments.of(
                        "best-evidence,not-related=success",
                        List.of(OUTCOMES, REPEATS),
                        "contact X's result",
                        "SUCCESS"),
                Arguments.of(
                        "best-evidence,duplicates=deduplicated",
                        List.of(LIMITS),
                        "results",
                        "1 (duplicates=deduplicated)"),
                Arguments.of(
                        "best-evidence,missing-ids=required-param-missing",
                        List.of(LIMITS),
                        "code",
                        "REQUIRED_PARAM_MISSING"),
                Arguments.of("best-evidence,not-supported=not-supported", List.of(MODULES), "code", "NOT_SUPPORTED"),
                Arguments.of("oas-200", List.of(OUTCOMES, IDS), "HTTP status", "200 (no record delinked"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alternatives")
    void the_features_concerned_pass_against_an_emulator_with_the_alternative_and_check_it(
            String profile, List<String> features, String aspect, String expected) {
        // GIVEN an emulator and steps that follow the alternative; WHEN the features it concerns run
        RunOutcome outcome = new FeatureRun(SCRATCH)
                .run(Misbehaviour.NONE, profile, ApiVersion.V7, features, Optional.of(NAMES), FeatureRun.Mode.DEFAULT);

        // THEN every scenario passes, and one of them held Zoho to the alternative
        assertThat(outcome.profile()).isEqualTo(profile);
        assertThat(outcome.scenarios())
                .isNotEmpty()
                .allSatisfy(s ->
                        assertThat(s.status()).as(s.name() + ": " + s.reason()).isEqualTo("PASSED"));
        assertThat(outcome.scenarios().stream().flatMap(s -> s.expectations().stream()))
                .anySatisfy(e -> assertThat(checked(e)).startsWith(aspect + ": " + expected));
    }

    private static String checked(RecordedExpectation expectation) {
        return expectation.aspect() + ": " + expectation.expected();
    }
}
