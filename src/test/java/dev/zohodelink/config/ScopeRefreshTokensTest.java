package dev.zohodelink.config;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Scopes;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScopeRefreshTokensTest {

    @Test
    void names_a_variable_after_its_scope() {
        then(ScopeRefreshTokens.variable(Scopes.of(Module.CAMPAIGNS, "DELETE")))
                .isEqualTo("ZOHO_SCOPE_CAMPAIGNS_DELETE_REFRESH_TOKEN");
        then(ScopeRefreshTokens.variable(Scopes.of(Module.PRICE_BOOKS, "WRITE")))
                .isEqualTo("ZOHO_SCOPE_PRICEBOOKS_WRITE_REFRESH_TOKEN");
        then(ScopeRefreshTokens.variable(Scopes.ALL_MODULES)).isEqualTo("ZOHO_SCOPE_MODULES_ALL_REFRESH_TOKEN");
    }

    @Test
    void has_one_distinct_variable_for_all_modules_and_for_each_operation_type_of_each_module() {
        Map<String, String> variables = ScopeRefreshTokens.variablesByScope();

        then(variables).hasSize(1 + Module.values().length * ScopeRefreshTokens.OPERATION_TYPES.size());
        then(new HashSet<>(variables.values())).hasSameSizeAs(variables.values());
        then(variables).containsEntry("ZohoCRM.modules.services.UPDATE", "ZOHO_SCOPE_SERVICES_UPDATE_REFRESH_TOKEN");
    }

    @Test
    void refuses_a_scope_that_is_not_a_module_scope() {
        thenThrownBy(() -> ScopeRefreshTokens.variable("ZohoCRM.settings.fields.ALL"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_live_configuration_holds_the_scope_refresh_tokens_it_is_given_by_scope_and_never_shows_them() {
        Settings settings = Settings.of(Map.of(
                LiveConfiguration.CLIENT_ID,
                "c",
                LiveConfiguration.CLIENT_SECRET,
                "s",
                LiveConfiguration.REFRESH_TOKEN,
                "r",
                "ZOHO_SCOPE_CAMPAIGNS_DELETE_REFRESH_TOKEN",
                "scope-secret-77ab"));

        LiveConfiguration configuration = LiveConfiguration.from(settings);

        then(configuration.scopeRefreshTokens()).containsOnlyKeys("ZohoCRM.modules.campaigns.DELETE");
        then(configuration
                        .scopeRefreshTokens()
                        .get("ZohoCRM.modules.campaigns.DELETE")
                        .reveal())
                .isEqualTo("scope-secret-77ab");
        then(configuration.toString()).doesNotContain("scope-secret-77ab");
    }
}
