package dev.zohodelink.contract;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ModuleTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(textBlock = """
            campaign,      CAMPAIGNS
            campaigns,     CAMPAIGNS
            lead,          LEADS
            Leads,         LEADS
            deal,          DEALS
            price book,    PRICE_BOOKS
            price books,   PRICE_BOOKS
            Price Books,   PRICE_BOOKS
            ' product ',   PRODUCTS
            appointments,  APPOINTMENTS
            service,       SERVICES
            """)
    void resolves_a_phrase_in_singular_or_plural(String phrase, Module module) {
        // WHEN / THEN
        then(Module.fromPhrase(phrase)).isEqualTo(module);
    }

    @Test
    void rejects_an_unknown_phrase_naming_it() {
        // WHEN / THEN
        thenIllegalArgumentException()
                .isThrownBy(() -> Module.fromPhrase("widgets"))
                .withMessage("no CRM module is called 'widgets'");
        thenIllegalArgumentException()
                .isThrownBy(() -> Module.fromPhrase("pricebook"))
                .withMessageContaining("'pricebook'");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Campaigns,       CAMPAIGNS
            campaigns,       CAMPAIGNS
            PRICE_BOOKS,     PRICE_BOOKS
            price_books,     PRICE_BOOKS
            appointments__s, APPOINTMENTS
            Services__s,     SERVICES
            """)
    void resolves_a_url_name_case_insensitively(String segment, Module module) {
        // WHEN / THEN
        then(Module.fromUrlName(ApiVersion.V7, segment)).contains(module);
    }

    @Test
    void resolves_no_url_name_for_unknown_or_display_names() {
        // WHEN / THEN
        then(Module.fromUrlName(ApiVersion.V7, "Widgets")).isEmpty();
        then(Module.fromUrlName(ApiVersion.V7, "Price Books")).isEmpty();
        then(Module.fromUrlName(ApiVersion.V7, "Potentials")).isEmpty();
        then(Module.fromUrlName(ApiVersion.V7, "Appointments")).isEmpty();
    }

    @Test
    void resolves_potentials_the_v2_1_delink_pages_name_for_deals_on_v2_1_only() {
        // WHEN / THEN
        then(Module.fromUrlName(ApiVersion.V2_1, "Potentials")).contains(Module.DEALS);
        then(Module.fromUrlName(ApiVersion.V2_1, "potentials")).contains(Module.DEALS);
        then(Module.fromUrlName(ApiVersion.V8, "Potentials")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = Module.class,
            names = {"APPOINTMENTS", "SERVICES"})
    void lacks_appointments_and_services_on_v2_1(Module module) {
        // WHEN / THEN
        then(module.isAvailableIn(ApiVersion.V2_1)).isFalse();
        then(module.apiName(ApiVersion.V2_1)).isEmpty();
        then(Module.fromUrlName(ApiVersion.V2_1, module.urlName())).isEmpty();
        then(module.isAvailableIn(ApiVersion.V7)).isTrue();
        then(module.apiName(ApiVersion.V8)).contains(module.urlName());
    }

    @ParameterizedTest
    @EnumSource(
            value = Module.class,
            names = {"APPOINTMENTS", "SERVICES"},
            mode = EnumSource.Mode.EXCLUDE)
    void has_the_other_modules_on_every_version(Module module) {
        // WHEN / THEN
        for (ApiVersion version : ApiVersion.values()) {
            then(Module.fromUrlName(version, module.urlName()))
                    .as(version + " " + module)
                    .contains(module);
        }
    }

    @Test
    void uses_the_page_s_scope_module_names() {
        // WHEN / THEN "leads, deals, contacts, accounts, products, campaigns, appointments, services and pricebooks"
        then(Module.values())
                .extracting(Module::scopeName)
                .containsExactlyInAnyOrder(
                        "leads",
                        "deals",
                        "contacts",
                        "accounts",
                        "products",
                        "campaigns",
                        "appointments",
                        "services",
                        "pricebooks");
    }
}
