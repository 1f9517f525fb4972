package dev.zohodelink.markdown;

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

    /** A table's header row and the rule under it, {@code |---|---|}, for a header whose columns are known at run time. */
    public static String header(Object... cells) {
        return header(Arrays.asList(cells));
    }

    public static String header(List<?> cells) {
        return of(cells) + "|" + "---|".repeat(cells.size()) + "\n";
    }
}
