package dev.zohodelink.contract;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScopesTest {

    @Test
    void grants_delink_on_every_module_to_modules_all() {
        // WHEN / THEN
        for (Module module : Module.values()) {
            then(Scopes.grant(List.of(Scopes.ALL_MODULES), module, Operation.DELINK))
                    .as(module.name())
                    .isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ALL", "WRITE", "DELETE"})
    void grants_delink_to_the_documented_operation_types_of_the_module(String type) {
        // WHEN / THEN
        then(Scopes.grant(List.of(Scopes.of(Module.CAMPAIGNS, type)), Module.CAMPAIGNS, Operation.DELINK))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"READ", "CREATE", "UPDATE"})
    void refuses_delink_to_other_operation_types(String type) {
        // WHEN / THEN
        then(Scopes.grant(List.of(Scopes.of(Module.CAMPAIGNS, type)), Module.CAMPAIGNS, Operation.DELINK))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "zohocrm.modules.all",
                "ZOHOCRM.MODULES.ALL",
                "ZohoCRM.modules.Campaigns.delete",
                "zohocrm.modules.campaigns.Write",
                " ZohoCRM.modules.campaigns.ALL "
            })
    void compares_scope_names_case_insensitively(String scope) {
        // WHEN / THEN
        then(Scopes.grant(List.of(scope), Module.CAMPAIGNS, Operation.DELINK)).isTrue();
    }

    @Test
    void does_not_grant_delink_on_one_module_through_another_module_s_scope() {
        // WHEN / THEN a full scope on Leads does not reach Campaigns
        then(Scopes.grant(
                        List.of(Scopes.of(Module.LEADS, "ALL"), Scopes.of(Module.CONTACTS, "DELETE")),
                        Module.CAMPAIGNS,
                        Operation.DELINK))
                .isFalse();
    }

    @Test
    void grants_when_any_of_several_scopes_grants() {
        // WHEN / THEN
        then(Scopes.grant(
                        List.of(Scopes.of(Module.CAMPAIGNS, "READ"), Scopes.of(Module.CAMPAIGNS, "DELETE")),
                        Module.CAMPAIGNS,
                        Operation.DELINK))
                .isTrue();
    }

    @Test
    void grants_nothing_without_scopes_or_with_near_misses() {
        // WHEN / THEN
        then(Scopes.grant(List.of(), Module.LEADS, Operation.DELINK)).isFalse();
        then(Scopes.grant(List.of("ZohoCRM.modules.leads"), Module.LEADS, Operation.DELINK))
                .isFalse();
        then(Scopes.grant(List.of("ZohoCRM.modules.leads.DELETE.extra"), Module.LEADS, Operation.DELINK))
                .isFalse();
        then(Scopes.grant(List.of("ZohoCRM.settings.ALL"), Module.LEADS, Operation.DELINK))
                .isFalse();
        then(Scopes.grant(List.of("ZohoCRM.modules.leadsx.ALL"), Module.LEADS, Operation.DELINK))
                .isFalse();
    }

    @Test
    void names_price_books_and_appointments_as_the_page_lists_them() {
        // WHEN / THEN the scope module names are the page's "Possible module names"
        then(Scopes.of(Module.PRICE_BOOKS, "DELETE")).isEqualTo("ZohoCRM.modules.pricebooks.DELETE");
        then(Scopes.of(Module.APPOINTMENTS, "ALL")).isEqualTo("ZohoCRM.modules.appointments.ALL");
        then(Scopes.grant(List.of("ZohoCRM.modules.pricebooks.WRITE"), Module.PRICE_BOOKS, Operation.DELINK))
                .isTrue();
    }

    @Test
    void grants_read_to_read_but_not_to_delete() {
        // WHEN / THEN the operation decides, not only the module
        then(Scopes.grant(List.of(Scopes.of(Module.LEADS, "READ")), Module.LEADS, Operation.READ))
                .isTrue();
        then(Scopes.grant(List.of(Scopes.of(Module.LEADS, "DELETE")), Module.LEADS, Operation.READ))
                .isFalse();
    }
}
