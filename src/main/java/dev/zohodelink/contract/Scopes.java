package dev.zohodelink.contract;

import java.util.Collection;
import java.util.Locale;

/** OAuth scopes of the form {@code ZohoCRM.modules.ALL} or {@code ZohoCRM.modules.{module}.{operation_type}}. */
public final class Scopes {

    public static final String ALL_MODULES = "ZohoCRM.modules.ALL";
    private static final String PREFIX = "zohocrm.modules.";

    private Scopes() {}

    public static String of(Module module, String operationType) {
        return "ZohoCRM.modules." + module.scopeName() + "." + operationType;
    }

    /** Whether any of the scopes lets the holder perform the operation on the module. Scope names compare case-insensitively. */
    public static boolean grant(Collection<String> scopes, Module module, Operation operation) {
        for (String scope : scopes) {
            String s = scope.trim().toLowerCase(Locale.ROOT);
            if (s.equals(ALL_MODULES.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (s.startsWith(PREFIX + module.scopeName() + ".")) {
                String type = s.substring((PREFIX + module.scopeName() + ".").length())
                        .toUpperCase(Locale.ROOT);
                if (operation.isGrantedBy(type)) {
                    return true;
                }
            }
        }
        return false;
    }
}
