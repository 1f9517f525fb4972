package dev.zohodelink.markdown;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRowTest {

    @Test
    void writes_each_cell_between_bars_and_ends_the_line() {
        then(MarkdownRow.of("v7", 12, 3L)).isEqualTo("| v7 | 12 | 3 |\n");
    }

    @Test
    void writes_a_list_of_cells_as_the_same_row() {
        then(MarkdownRow.of(List.of("a", "b")))
                .isEqualTo(MarkdownRow.of("a", "b"))
                .isEqualTo("| a | b |\n");
    }

    @Test
    void writes_a_header_and_rules_it_off_with_one_dash_cell_per_column() {
        then(MarkdownRow.header("a", "b", "c")).isEqualTo("| a | b | c |\n|---|---|---|\n");
        then(MarkdownRow.header(List.of("a"))).isEqualTo("| a |\n|---|\n");
    }
}
