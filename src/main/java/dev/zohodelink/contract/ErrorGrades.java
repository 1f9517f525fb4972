package dev.zohodelink.contract;

import java.util.List;
import java.util.Objects;

/**
 * The evidence for each aspect of one catalogue error, following the message policy of {@code features/README.md}:
 * code and status at the grade of their source; the delink page's message compared without regard to case, unless
 * Zoho's own material words it differently; the exact text at the grade of its best source.
 */
public final class ErrorGrades {

    private static final com.fasterxml.jackson.databind.ObjectMapper DETAILS_WRITER =
            com.fasterxml.jackson.databind.json.JsonMapper.builder().build();

    private Provenance refusal;
    private Provenance code;
    private Provenance status;
    private List<String> documentedCodes = List.of();
    private Provenance documentedCodesBasis;
    private String pageText;
    private Provenance pageTextBasis;
    private String pageProse;
    private Provenance message;
    private Provenance details;
    private List<String> detailsKeys = List.of();
    private Provenance detailsKeysBasis;
    private Provenance placement;

    private ErrorGrades(Provenance codeAndStatus) {
        this.code = Objects.requireNonNull(codeAndStatus);
        this.status = codeAndStatus;
        this.refusal = codeAndStatus;
    }

    /** Code and HTTP status rest on {@code basis}, and so does the call being refused. */
    public static ErrorGrades codeAndStatus(Provenance basis) {
        return new ErrorGrades(basis);
    }

    public ErrorGrades code(Provenance basis) {
        this.code = basis;
        return this;
    }

    public ErrorGrades status(Provenance basis) {
        this.status = basis;
        return this;
    }

    /** That the call is refused at all (an error answer, nothing done) rests on other evidence than its code. */
    public ErrorGrades refusal(Provenance basis) {
        this.refusal = basis;
        return this;
    }

    /** Zoho's sources give different codes for the cause: each of them is accepted as documented. */
    public ErrorGrades documentedCodes(List<String> codes, Provenance basis) {
        this.documentedCodes = List.copyOf(codes);
        this.documentedCodesBasis = basis;
        return this;
    }

    /** The delink page's Message column, held without regard to case. */
    public ErrorGrades pageText(String text) {
        this.pageText = text;
        this.pageTextBasis = Provenance.delinkPage("Possible Errors, compared without regard to case");
        return this;
    }

    /** The delink page's Message column, held without regard to case only as firmly as the code it belongs to. */
    public ErrorGrades pageTextOfItsCode(String text) {
        this.pageText = text;
        this.pageTextBasis = null;
        return this;
    }

    /** The delink page's Message column where Zoho's own material words it otherwise: shown, not held. */
    public ErrorGrades pageProse(String text) {
        this.pageProse = text;
        return this;
    }

    public ErrorGrades message(Provenance basis) {
        this.message = basis;
        return this;
    }

    public ErrorGrades details(Provenance basis) {
        this.details = basis;
        return this;
    }

    /** Which keys {@code details} has, where a source shows them but not their values. */
    public ErrorGrades detailsKeys(List<String> keys, Provenance basis) {
        this.detailsKeys = List.copyOf(keys);
        this.detailsKeysBasis = basis;
        return this;
    }

    /** Where the error is reported: inside {@code data[]} per record, or as the whole call's answer. */
    public ErrorGrades reportedAs(Provenance basis) {
        this.placement = basis;
        return this;
    }

    private static String detailsText(java.util.Map<String, Object> details) {
        try {
            return DETAILS_WRITER.writeValueAsString(details);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("catalogue details cannot be written as JSON", e);
        }
    }

    String pageMessage() {
        return pageText != null ? pageText : pageProse;
    }

    Provenance code() {
        return code;
    }

    Provenance message() {
        return message;
    }

    List<Claim> claims(ZohoError error) {
        Objects.requireNonNull(message, () -> error.name() + " has no grade for its message");
        List<Claim> claims = new java.util.ArrayList<>();
        if (error.level() == ZohoError.Level.CALL) {
            claims.add(new Claim(Aspect.REFUSED, "an error, nothing delinked", refusal));
        }
        if (!documentedCodes.isEmpty()) {
            claims.add(new Claim(Aspect.CODE_DOCUMENTED, String.join(" or ", documentedCodes), documentedCodesBasis));
        }
        claims.add(new Claim(Aspect.CODE, error.code(), code));
        if (error.level() == ZohoError.Level.CALL) {
            claims.add(new Claim(Aspect.HTTP_STATUS, Integer.toString(error.httpStatus()), status));
        }
        if (pageText != null) {
            claims.add(new Claim(Aspect.MESSAGE_ANY_CASE, pageText, pageTextBasis == null ? code : pageTextBasis));
        }
        claims.add(new Claim(Aspect.MESSAGE, error.message(), message));
        if (details != null) {
            claims.add(new Claim(Aspect.DETAILS, detailsText(error.details()), details));
        }
        if (!detailsKeys.isEmpty()) {
            claims.add(new Claim(Aspect.DETAILS_KEYS, String.join(", ", detailsKeys), detailsKeysBasis));
        }
        if (placement != null) {
            claims.add(new Claim(
                    Aspect.REPORTED_AS,
                    error.level() == ZohoError.Level.ITEM ? "the record's result in data[]" : "the whole call's answer",
                    placement));
        }
        return List.copyOf(claims);
    }
}
