package dev.zohodelink.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.zohodelink.contract.ApiVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunOptionsTest {

    /** Options of a run on the emulator target, writing into {@code reports}. */
    private static RunOptions run(
            List<ApiVersion> versions,
            Optional<String> tags,
            List<String> excluded,
            int threads,
            List<Path> features,
            List<String> glue) {
        return new RunOptions(versions, Optional.empty(), tags, excluded, threads, Path.of("reports"), features, glue);
    }

    private static RunOptions options(Optional<String> tags, List<String> excluded) {
        return run(List.of(ApiVersion.V7), tags, excluded, 4, List.of(), List.of());
    }

    private static RunOptions withGlue(String glue) {
        return run(List.of(ApiVersion.V7), Optional.empty(), List.of(), 4, List.of(), List.of(glue));
    }

    @Test
    void without_tags_or_exclusions_every_scenario_is_selected() {
        assertThat(options(Optional.empty(), List.of()).filter()).isEmpty();
    }

    @Test
    void the_tag_expression_and_each_excluded_tag_must_all_hold() {
        assertThat(options(Optional.of("@limits or @errors"), List.of("assumed", "@emulator-only"))
                        .filter())
                .contains("(@limits or @errors) and not @assumed and not @emulator-only");
    }

    @Test
    void a_run_needs_a_version_and_at_least_one_thread() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> run(List.of(), Optional.empty(), List.of(), 4, List.of(), List.of()))
                .withMessageContaining("no API version");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> run(List.of(ApiVersion.V7), Optional.empty(), List.of(), 0, List.of(), List.of()))
                .withMessageContaining("at least 1");
    }

    @Test
    void a_tag_expression_cucumber_cannot_read_is_refused_before_any_scenario_runs() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> options(Optional.of("@@bad("), List.of()))
                .withMessageStartingWith("not a tag expression Cucumber reads: ")
                .withMessageContaining("@@bad(");
    }

    @Test
    void a_features_folder_that_does_not_exist_is_refused_by_name() {
        Path missing = Path.of("no-such-features-folder");

        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> run(List.of(ApiVersion.V7), Optional.empty(), List.of(), 4, List.of(missing), List.of()))
                .withMessage("no features folder no-such-features-folder");
    }

    @Test
    void a_glue_package_with_classes_on_the_classpath_is_taken_as_given() {
        assertThat(withGlue("dev.zohodelink.glue.steps").glue()).containsExactly("dev.zohodelink.glue.steps");
    }

    @Test
    void a_glue_package_is_found_through_its_subpackages_as_cucumber_scans_it() {
        assertThat(withGlue("dev.zohodelink.glue").glue()).containsExactly("dev.zohodelink.glue");
    }

    @Test
    void a_glue_package_that_is_not_on_the_classpath_is_refused_by_name() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withGlue("com.example.nosuchsteps"))
                .withMessage("no glue package com.example.nosuchsteps on the classpath");
    }

    @Test
    void a_glue_package_of_resources_only_is_refused_as_it_holds_no_class() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withGlue("schemas"))
                .withMessage("no glue package schemas on the classpath");
    }
}
