package dev.zohodelink.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.zohodelink.assertions.ExpectationTable;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.docs.ErrorTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The documentation cannot drift from the catalogue: the README's table is generated, and the features state every error. */
class ErrorCatalogueDocsTest {

    @Test
    void the_readme_holds_from_the_error_table_s_marker_to_the_next_heading_only_what_the_generator_writes()
            throws IOException {
        String readme = Files.readString(Path.of("README.md"));

        assertThat(ErrorTable.replaceIn(readme))
                .as(
                        "README.md's error table is out of date or has text the generator would not write; run: java -jar target/zoho-delink-conformance.jar catalogue --update README.md")
                .isEqualTo(readme);
    }

    @Test
    void the_generator_drops_whatever_was_pasted_after_the_table() {
        String pasted =
                "intro\n" + ErrorTable.BEGIN + "\nold table\n" + ErrorTable.END + "\n\njshell> \b\n\n## Next\ntext\n";

        assertThat(ErrorTable.replaceIn(pasted))
                .isEqualTo("intro\n" + ErrorTable.block() + "\n## Next\ntext\n")
                .doesNotContain("jshell");
    }

    @Test
    void the_generator_refuses_a_document_without_the_marker() {
        assertThatThrownBy(() -> ErrorTable.replaceIn("# no table here\n")).hasMessageContaining("errors:begin");
    }

    @Test
    void every_error_a_delink_call_can_produce_is_stated_by_a_table_in_a_feature() throws IOException {
        String features;
        try (Stream<Path> files = Files.walk(Path.of("features"))) {
            features = files.filter(f -> f.toString().endsWith(".feature"))
                    .map(ErrorCatalogueDocsTest::read)
                    .map(text -> text.lines().map(String::strip).collect(Collectors.joining("\n")))
                    .collect(Collectors.joining("\n"));
        }

        assertThat(CoverageMatrix.delinkErrors())
                .allSatisfy(error -> assertThat(features)
                        .as("a feature stating %s", error.name())
                        .contains(ExpectationTable.render(error)
                                .lines()
                                .map(String::strip)
                                .collect(Collectors.joining("\n"))));
    }

    @Test
    void the_generated_table_has_a_row_per_catalogue_entry() {
        assertThat(ErrorTable.markdown().lines().skip(2)).hasSize(ZohoError.values().length);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
