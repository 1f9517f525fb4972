package dev.zohodelink.contract;

import java.util.Arrays;
import java.util.Optional;

/** The API versions the suite and the emulator know. v8 is treated as v7 until evidence says otherwise. */
public enum ApiVersion {
    V2_1("v2.1", Provenance.delinkPage("https://www.zoho.com/crm/developer/docs/api/v2.1/delink.html")),
    V7("v7", Provenance.delinkPage("https://www.zoho.com/crm/developer/docs/api/v7/delink.html")),
    V8(
            "v8",
            Provenance.inferred(
                    "no v8 delink page found; official OAS v8 and SDK 8.0 keep both delink operations unchanged (docs/evidence.md §3)"));

    private final String pathSegment;
    private final Provenance provenance;

    ApiVersion(String pathSegment, Provenance provenance) {
        this.pathSegment = pathSegment;
        this.provenance = provenance;
    }

    public String pathSegment() {
        return pathSegment;
    }

    public Provenance provenance() {
        return provenance;
    }

    /** Appointments and Services reached the API in v3 ("Appointments - to - Services" on the v7 page). */
    public boolean hasAppointments() {
        return this != V2_1;
    }

    /** Get Related Records requires {@code fields} from v5 on (v7 docs; REQUIRED_PARAM_MISSING seen on v7). */
    public boolean requiresFieldsOnRead() {
        return this != V2_1;
    }

    public static Optional<ApiVersion> fromPathSegment(String segment) {
        return Arrays.stream(values())
                .filter(v -> v.pathSegment.equals(segment))
                .findFirst();
    }

    public static ApiVersion parse(String text) {
        return fromPathSegment(text == null ? "" : text.trim())
                .orElseThrow(() -> new IllegalArgumentException("unknown API version '" + text + "': expected one of "
                        + Arrays.stream(values()).map(ApiVersion::pathSegment).toList()));
    }

    @Override
    public String toString() {
        return pathSegment;
    }
}
