package dev.zohodelink.report;

import dev.zohodelink.contract.ZohoError;
import java.util.Arrays;

/** The README's error table, rendered from the catalogue. */
public final class ErrorTable {

    public static final String BEGIN = "<!-- errors:begin (generated from ZohoError; ErrorCatalogueDocsTest keeps it in sync) -->";
    public static final String END = "<!-- errors:end -->";

    private ErrorTable() {
    }

    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("| catalogue entry | code | HTTP | level | message on the wire | delink page says | evidence |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        Arrays.stream(ZohoError.values()).forEach(error -> md.append("| `").append(error.name()).append("` | ").append(error.code())
                .append(" | ").append(error.httpStatus())
                .append(" | ").append(error.level() == ZohoError.Level.CALL ? "call" : "record")
                .append(" | ").append(error.message())
                .append(" | ").append(error.isOnDelinkPage() ? error.pageMessage() : "(not on the page)")
                .append(" | ").append(error.isAssumed() ? "**assumed**: " + error.provenance().source() : error.messageProvenance().evidence().meaning())
                .append(" |\n"));
        return md.toString();
    }

    public static String block() {
        return BEGIN + "\n" + markdown() + END;
    }
}
