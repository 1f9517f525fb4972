package dev.zohodelink.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zohodelink.contract.ZohoError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The documentation cannot drift from the catalogue: the README's table is generated, and the features use every error. */
class ErrorCatalogueDocsTest {

    @Test
    void the_readme_error_table_is_the_one_generated_from_the_catalogue() throws IOException {
        String readme = Files.readString(Path.of("README.md"));

        assertThat(readme).as("README.md must contain, between the markers, exactly:%n%s", ErrorTable.block()).contains(ErrorTable.block());
    }

    @Test
    void every_error_a_delink_call_can_produce_is_named_in_a_feature() throws IOException {
        String features;
        try (Stream<Path> files = Files.walk(Path.of("features"))) {
            features = files.filter(f -> f.toString().endsWith(".feature")).map(ErrorCatalogueDocsTest::read).collect(Collectors.joining("\n"));
        }

        assertThat(CoverageMatrix.delinkErrors()).allSatisfy(error -> assertThat(features).as("features naming %s", error.name())
                .containsPattern("\\b" + error.name() + "\\b"));
    }

    @Test
    void the_generated_table_has_a_row_per_catalogue_entry() {
        assertThat(ErrorTable.markdown().lines().filter(line -> line.startsWith("| `"))).hasSize(ZohoError.values().length);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
