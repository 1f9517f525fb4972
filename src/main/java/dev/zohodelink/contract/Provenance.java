package dev.zohodelink.contract;

import java.util.Objects;

/** The grade of a fact and where it comes from. */
public record Provenance(Evidence evidence, String source) {

    public Provenance {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(source, "source");
    }

    public static Provenance delinkPage(String source) {
        return new Provenance(Evidence.DELINK_PAGE, source);
    }

    public static Provenance zohoDocs(String source) {
        return new Provenance(Evidence.ZOHO_DOCS, source);
    }

    public static Provenance seenOnWire(String source) {
        return new Provenance(Evidence.SEEN_ON_WIRE, source);
    }

    public static Provenance officialExample(String source) {
        return new Provenance(Evidence.OFFICIAL_EXAMPLE, source);
    }

    public static Provenance officialSdk(String source) {
        return new Provenance(Evidence.OFFICIAL_SDK, source);
    }

    public static Provenance contested(String source) {
        return new Provenance(Evidence.CONTESTED, source);
    }

    public static Provenance thirdParty(String source) {
        return new Provenance(Evidence.THIRD_PARTY, source);
    }

    public static Provenance inferred(String source) {
        return new Provenance(Evidence.INFERRED, source);
    }

    public static Provenance unknown(String source) {
        return new Provenance(Evidence.UNKNOWN, source);
    }

    public boolean isDocumented() {
        return evidence.isDocumented();
    }

    public boolean isAssumed() {
        return evidence.isAssumed();
    }

    @Override
    public String toString() {
        return evidence.label() + ": " + source;
    }
}
