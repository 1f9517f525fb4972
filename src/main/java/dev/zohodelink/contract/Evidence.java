package dev.zohodelink.contract;

import java.util.Arrays;
import java.util.Locale;

/**
 * How we know a fact about Zoho's API. The grades and their sources are listed in {@code docs/evidence.md}.
 * Only the first two are <em>documented</em>: an expectation resting on them fails the build in every mode.
 */
public enum Evidence {
    DELINK_PAGE("stated on Zoho's Delink Related Records page"),
    ZOHO_DOCS("stated elsewhere in Zoho's developer documentation"),
    SEEN_ON_WIRE("a real Zoho response, captured by a third party, usually from another call"),
    OFFICIAL_EXAMPLE("an example in Zoho's official OpenAPI repository: intent written by hand, not a capture"),
    OFFICIAL_SDK("read from Zoho's official SDK source"),
    CONTESTED("Zoho's own sources disagree; the behaviour profile picks one"),
    THIRD_PARTY("third-party material"),
    INFERRED("inferred from analogous Zoho APIs"),
    UNKNOWN("not found anywhere; the emulator's choice");

    private final String meaning;

    Evidence(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

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

    public static Evidence fromLabel(String label) {
        return Arrays.stream(values()).filter(e -> e.label().equalsIgnoreCase(label.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown evidence grade '" + label + "': expected one of "
                        + Arrays.stream(values()).map(Evidence::label).toList()));
    }
}
