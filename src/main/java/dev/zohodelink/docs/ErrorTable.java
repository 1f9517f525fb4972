package dev.zohodelink.docs;

import dev.zohodelink.contract.Claim;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.markdown.MarkdownRow;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The README's error table, rendered from the catalogue, and the one place that writes it into a document. */
public final class ErrorTable {

    public static final String BEGIN =
            "<!-- errors:begin (generated: java -jar target/zoho-delink-conformance.jar catalogue --update README.md) -->";
    public static final String END = "<!-- errors:end -->";

    private ErrorTable() {}

    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(
                "| code | HTTP | exact message (sent by the emulator) | the delink page's message | documented, held in every mode | resting on less: grade (source) |\n");
        md.append("|---|---|---|---|---|---|\n");
        Arrays.stream(ZohoError.values())
                .forEach(error -> md.append(MarkdownRow.of(
                        error.code(),
                        error.httpStatus(),
                        error.message(),
                        error.isOnDelinkPage() ? error.pageMessage() : "(not on the page)",
                        documented(error.claims()),
                        undocumented(error.claims()))));
        return md.toString();
    }

    public static String block() {
        return BEGIN + "\n" + markdown() + END + "\n";
    }

    /**
     * The document with its error table replaced by the generated one. Everything from the begin marker to the next
     * heading is the generator's: anything else found there is dropped.
     */
    public static String replaceIn(String document) {
        int begin = document.indexOf(BEGIN);
        if (begin < 0) {
            throw new IllegalArgumentException("the document has no line " + BEGIN);
        }
        int nextHeading = document.indexOf("\n## ", begin);
        String rest = nextHeading < 0 ? "" : document.substring(nextHeading + 1);
        return document.substring(0, begin) + block() + (rest.isEmpty() ? "" : "\n" + rest);
    }

    private static String documented(List<Claim> claims) {
        String aspects = claims.stream()
                .filter(c -> c.basis().isDocumented())
                .map(c -> c.aspect().label() + " (" + c.basis().evidence().label() + ")")
                .collect(Collectors.joining(", "));
        return aspects.isEmpty() ? "nothing" : aspects;
    }

    private static String undocumented(List<Claim> claims) {
        return claims.stream()
                .filter(c -> c.basis().isAssumed())
                .map(c -> c.aspect().label() + ": " + c.basis().evidence().label() + " ("
                        + c.basis().source().replace("|", "/") + ")")
                .collect(Collectors.joining("; "));
    }
}
