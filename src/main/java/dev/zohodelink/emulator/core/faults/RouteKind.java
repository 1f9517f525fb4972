package dev.zohodelink.emulator.core.faults;

import java.util.Locale;

/** The Zoho-shaped operations the emulator serves, as faults and metrics name them. */
public enum RouteKind {
    DELINK,
    LINK,
    READ_RELATED,
    INSERT,
    READ_RECORDS,
    DELETE_RECORDS,
    SEARCH,
    /** {@code settings/related_lists}, {@code settings/fields}, {@code users}, {@code org}: what official SDKs call first. */
    METADATA,
    ANY;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static RouteKind fromLabel(String label) {
        for (RouteKind kind : values()) {
            if (kind.label().equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown route '" + label + "'");
    }
}
