package dev.zohodelink.contract;

import java.util.List;
import java.util.Locale;

/**
 * Modules that exist in Zoho CRM but that the API does not serve. Documented on the delink page, INVALID_MODULE:
 * "The modules such as Documents and Projects are not supported in the current API".
 */
public final class UnsupportedModules {

    public static final List<String> NAMES = List.of("Documents", "Projects");

    private UnsupportedModules() {}

    public static boolean contains(String segment) {
        return NAMES.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(segment.toLowerCase(Locale.ROOT)));
    }
}
