package dev.zohodelink.config;

import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Scopes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The optional refresh tokens whose grant holds exactly one module scope, so that the per-module scope scenarios can
 * run on a real org: a Self Client mints a refresh token for any scope set (Zoho's API console). One variable per
 * scope, named after it: {@code ZohoCRM.modules.campaigns.DELETE} is {@code ZOHO_SCOPE_CAMPAIGNS_DELETE_REFRESH_TOKEN},
 * {@code ZohoCRM.modules.ALL} is {@code ZOHO_SCOPE_MODULES_ALL_REFRESH_TOKEN}.
 */
public final class ScopeRefreshTokens {

    /** The operation types of {@code ZohoCRM.modules.{module}.{type}} (docs/evidence.md §5: OAuth scopes). */
    public static final List<String> OPERATION_TYPES = List.of("ALL", "READ", "CREATE", "WRITE", "UPDATE", "DELETE");

    private static final String SCOPE_PREFIX = "ZohoCRM.modules.";

    private ScopeRefreshTokens() {}

    /** Every scope a variable exists for, with its variable, in a fixed order: all modules first, then module by module. */
    public static Map<String, String> variablesByScope() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(Scopes.ALL_MODULES, variable(Scopes.ALL_MODULES));
        for (Module module : Module.values()) {
            OPERATION_TYPES.forEach(type -> variables.put(Scopes.of(module, type), variable(Scopes.of(module, type))));
        }
        return variables;
    }

    /** {@code ZOHO_SCOPE_CAMPAIGNS_DELETE_REFRESH_TOKEN} for {@code ZohoCRM.modules.campaigns.DELETE}. */
    public static String variable(String scope) {
        if (!scope.startsWith(SCOPE_PREFIX)) {
            throw new IllegalArgumentException("'" + scope + "' is not a module scope");
        }
        String rest = scope.substring(SCOPE_PREFIX.length());
        String name =
                rest.equals("ALL") ? "MODULES_ALL" : rest.replace('.', '_').toUpperCase(Locale.ROOT);
        return "ZOHO_SCOPE_" + name + "_REFRESH_TOKEN";
    }

    /** The refresh tokens the settings give, by scope; each secret names its variable. */
    static Map<String, Secret> from(Settings settings) {
        Map<String, Secret> tokens = new LinkedHashMap<>();
        variablesByScope()
                .forEach((scope, variable) ->
                        settings.get(variable).ifPresent(value -> tokens.put(scope, new Secret(variable, value))));
        return Map.copyOf(tokens);
    }
}
