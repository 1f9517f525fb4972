package dev.zohodelink.contract;

import java.util.Objects;

/** The grade of a fact and where it comes from. */
public record Provenance(Evidence evidence, String source) {

    public Provenance {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(source, "source");
    }

    public static Provenance documented(String source) {
        return new Provenance(Evidence.DOCUMENTED, source);
    }

    public static Provenance seenOnWire(String source) {
        return new Provenance(Evidence.SEEN_ON_WIRE, source);
    }

    public static Provenance officialSdk(String source) {
        return new Provenance(Evidence.OFFICIAL_SDK, source);
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

    public boolean isAssumed() {
        return evidence.isAssumed();
    }

    @Override
    public String toString() {
        return evidence.name().toLowerCase().replace('_', ' ') + ": " + source;
    }
}
