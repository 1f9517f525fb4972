package dev.zohodelink.assertions;

import dev.zohodelink.contract.Claim;
import dev.zohodelink.contract.ZohoError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The table under an error step in a feature: what the step expects Zoho to answer and the grade of each row. It
 * documents the catalogue for readers and must say exactly what the catalogue says, or the step refuses to run.
 */
public final class ExpectationTable {

    public static final List<String> HEADER = List.of("expects", "Zoho answers", "evidence");

    private ExpectationTable() {}

    public static List<List<String>> of(ZohoError error) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Claim claim : error.claims()) {
            rows.add(List.of(
                    claim.aspect().label(),
                    claim.expected(),
                    claim.basis().evidence().label()));
        }
        return rows;
    }

    /** The catalogue entry with this code whose claims the feature's table states, row for row. */
    public static ZohoError entryFor(String code, List<List<String>> table) {
        List<ZohoError> withCode = Arrays.stream(ZohoError.values())
                .filter(e -> e.code().equals(code))
                .toList();
        if (withCode.isEmpty()) {
            throw new IllegalStateException("the error catalogue has no code " + code);
        }
        return withCode.stream()
                .filter(e -> of(e).equals(table))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the feature's table for " + code
                        + " states no catalogue entry; the catalogue says one of:\n"
                        + withCode.stream().map(ExpectationTable::render).collect(Collectors.joining("\nor\n"))));
    }

    /** The table must state exactly the entry's claims. */
    public static void requireStates(ZohoError error, List<List<String>> table) {
        if (!of(error).equals(table)) {
            throw new IllegalStateException(
                    "the feature's table is out of date with the catalogue; it must read:\n" + render(error));
        }
    }

    public static String render(ZohoError error) {
        List<List<String>> rows = of(error);
        int[] widths = new int[HEADER.size()];
        rows.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        return rows.stream()
                .map(row -> {
                    StringBuilder line = new StringBuilder("  |");
                    for (int i = 0; i < row.size(); i++) {
                        line.append(' ')
                                .append(String.format("%-" + widths[i] + "s", row.get(i)))
                                .append(" |");
                    }
                    return line.toString();
                })
                .collect(Collectors.joining("\n"));
    }
}
