package dev.zohodelink.contract;

import java.util.Locale;

/**
 * How we know a fact about Zoho's API. The grades and their sources are listed in {@code docs/evidence.md}.
 * Only the first two are <em>documented</em>: an expectation resting on them fails the build in every mode. The grades
 * are listed from the strongest to the weakest, which is how a scenario tagged {@code @assumed} caps its expectations.
 */
public enum Evidence {
    /** Stated on Zoho's Delink Related Records page. */
    DELINK_PAGE,
    /** Stated elsewhere in Zoho's developer documentation. */
    ZOHO_DOCS,
    /** A real Zoho response, captured by a third party, usually from another call. */
    SEEN_ON_WIRE,
    /** An example in Zoho's official OpenAPI repository: intent written by hand, not a capture. */
    OFFICIAL_EXAMPLE,
    /** Read from Zoho's official SDK source. */
    OFFICIAL_SDK,
    /** Zoho's own sources disagree; the behaviour profile picks one. */
    CONTESTED,
    /** Third-party material. */
    THIRD_PARTY,
    /** Inferred from analogous Zoho APIs. */
    INFERRED,
    /** Not found anywhere; the emulator's choice. */
    UNKNOWN;

    /** The grade as the features and reports write it: "delink page", "official example". */
    public String label() {
        return switch (this) {
            case ZOHO_DOCS -> "Zoho docs";
            case SEEN_ON_WIRE -> "seen on the wire";
            case OFFICIAL_SDK -> "official SDK";
            default -> name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    public boolean isDocumented() {
        return this == DELINK_PAGE || this == ZOHO_DOCS;
    }

    public boolean isAssumed() {
        return !isDocumented();
    }
}
