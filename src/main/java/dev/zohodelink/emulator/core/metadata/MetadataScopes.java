package dev.zohodelink.emulator.core.metadata;

import dev.zohodelink.contract.Scopes;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.Rejection;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The scopes that open the metadata routes: those Zoho documents for each (docs/evidence.md §5), and also
 * {@code ZohoCRM.modules.ALL}. Accepting the latter is the emulator's choice, not Zoho's (the SDK README asks for
 * the settings scopes on top): tokens issued with the emulator's default scope then work with official SDKs,
 * which call these routes before any record call.
 */
public enum MetadataScopes {
    RELATED_LISTS(
            "ZohoCRM.settings.ALL",
            "ZohoCRM.settings.READ",
            "ZohoCRM.settings.related_lists.ALL",
            "ZohoCRM.settings.related_lists.READ"),
    FIELDS(
            "ZohoCRM.settings.ALL",
            "ZohoCRM.settings.READ",
            "ZohoCRM.settings.fields.ALL",
            "ZohoCRM.settings.fields.READ"),
    USERS("ZohoCRM.users.ALL", "ZohoCRM.users.READ"),
    ORG("ZohoCRM.org.ALL", "ZohoCRM.org.READ");

    private final List<String> accepted;

    MetadataScopes(String... documented) {
        this.accepted = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(documented), java.util.stream.Stream.of(Scopes.ALL_MODULES))
                .map(scope -> scope.toLowerCase(Locale.ROOT))
                .toList();
    }

    public List<String> accepted() {
        return accepted;
    }

    /** Scope names compare case-insensitively, as for the module scopes. */
    public void require(Collection<String> granted) {
        boolean ok = granted.stream()
                .map(scope -> scope.strip().toLowerCase(Locale.ROOT))
                .anyMatch(accepted::contains);
        if (!ok) {
            throw new Rejection(ZohoError.OAUTH_SCOPE_MISMATCH);
        }
    }
}
