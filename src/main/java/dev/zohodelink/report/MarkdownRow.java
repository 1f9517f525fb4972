package dev.zohodelink.report;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One row of a Markdown table: {@code | a | b |} and a line break; a missing value reads "null", as appended. */
public final class MarkdownRow {

    private MarkdownRow() {}

    public static String of(Object... cells) {
        return of(Arrays.asList(cells));
    }

    public static String of(List<?> cells) {
        return cells.stream().map(String::valueOf).collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    /** The line under a table's header, {@code |---|---|}, for a header whose columns are only known at run time. */
    public static String rule(int columns) {
        return "|" + "---|".repeat(columns) + "\n";
    }
}
