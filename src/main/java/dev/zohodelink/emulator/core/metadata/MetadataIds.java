package dev.zohodelink.emulator.core.metadata;

import dev.zohodelink.contract.Module;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Stable, Zoho-looking ids and labels for metadata: the same on every run, never those of records or users. */
public final class MetadataIds {

    static final String ORG = "5725767000000000001";
    static final long ROLE_BASE = 5_725_767_000_000_000_100L;
    static final long PROFILE_BASE = 5_725_767_000_000_000_200L;
    private static final long MODULE_BASE = 5_725_767_000_000_001_000L;
    private static final long RELATED_LIST_BASE = 5_725_767_000_000_002_000L;
    private static final long FIELD_BASE = 5_725_767_000_000_010_000L;

    private MetadataIds() {}

    public static String module(Module module) {
        return Long.toString(MODULE_BASE + module.ordinal());
    }

    public static String relatedList(Module parent, Module related) {
        return Long.toString(RELATED_LIST_BASE + parent.ordinal() * 100L + related.ordinal());
    }

    public static String field(Module module, int index) {
        return Long.toString(FIELD_BASE + module.ordinal() * 100L + index);
    }

    /** "Price Books" for Price_Books, "Services" for Services__s. */
    public static String displayLabel(Module module) {
        return Arrays.stream(module.plural().split(" "))
                .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
                .collect(Collectors.joining(" "));
    }

    /** "Last Name" for Last_Name. */
    public static String fieldLabel(String apiName) {
        return apiName.replace('_', ' ').strip();
    }
}
