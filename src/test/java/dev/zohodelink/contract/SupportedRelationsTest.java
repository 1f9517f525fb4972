package dev.zohodelink.contract;

import static dev.zohodelink.contract.Module.ACCOUNTS;
import static dev.zohodelink.contract.Module.APPOINTMENTS;
import static dev.zohodelink.contract.Module.CAMPAIGNS;
import static dev.zohodelink.contract.Module.CONTACTS;
import static dev.zohodelink.contract.Module.DEALS;
import static dev.zohodelink.contract.Module.LEADS;
import static dev.zohodelink.contract.Module.PRICE_BOOKS;
import static dev.zohodelink.contract.Module.PRODUCTS;
import static dev.zohodelink.contract.Module.SERVICES;
import static org.assertj.core.api.BDDAssertions.then;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SupportedRelationsTest {

    private static List<String> documented(ApiVersion version) {
        return SupportedRelations.forVersion(version).stream()
                .filter(Relation::documentedDirection)
                .map(Relation::label)
                .toList();
    }

    @Test
    void lists_exactly_the_seven_documented_pairs_on_v2_1() {
        // WHEN / THEN Campaigns - to - Leads, Contacts; Products - to - Leads, Accounts, Contacts, Potentials, Price
        // Books
        then(documented(ApiVersion.V2_1))
                .containsExactlyInAnyOrder(
                        "Campaigns -> Leads",
                        "Campaigns -> Contacts",
                        "Products -> Leads",
                        "Products -> Accounts",
                        "Products -> Contacts",
                        "Products -> Deals",
                        "Products -> Price_Books");
    }

    @Test
    void has_no_appointments_on_v2_1_in_either_direction() {
        // WHEN / THEN
        then(SupportedRelations.forVersion(ApiVersion.V2_1))
                .noneMatch(r -> r.parent() == APPOINTMENTS
                        || r.related() == APPOINTMENTS
                        || r.parent() == SERVICES
                        || r.related() == SERVICES);
        then(SupportedRelations.find(ApiVersion.V2_1, APPOINTMENTS, SERVICES)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = ApiVersion.class,
            names = {"V7", "V8"})
    void adds_appointments_to_services_from_v7(ApiVersion version) {
        // WHEN / THEN the v2.1 pairs plus Appointments__s -> Services__s
        then(documented(version))
                .hasSize(8)
                .containsAll(documented(ApiVersion.V2_1))
                .contains("Appointments__s -> Services__s");
        then(SupportedRelations.find(version, SERVICES, APPOINTMENTS)).isEmpty();
    }

    @Test
    void grades_appointments_as_inferred_since_no_page_names_the_related_list() {
        // WHEN / THEN
        then(SupportedRelations.find(ApiVersion.V7, APPOINTMENTS, SERVICES))
                .hasValueSatisfying(r -> then(r.provenance().evidence()).isEqualTo(Evidence.INFERRED));
        then(SupportedRelations.find(ApiVersion.V8, APPOINTMENTS, SERVICES))
                .hasValueSatisfying(r -> then(r.provenance().evidence()).isEqualTo(Evidence.INFERRED));
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void keeps_the_documented_direction_documented(ApiVersion version) {
        // WHEN / THEN every pair of the page rests on the page
        then(SupportedRelations.forVersion(version).stream()
                        .filter(Relation::documentedDirection)
                        .filter(r -> r.related() != SERVICES))
                .allSatisfy(r -> then(r.provenance().evidence()).as(r.label()).isEqualTo(Evidence.DELINK_PAGE));
    }

    @Test
    void grades_the_reverse_leads_to_products_as_documented() {
        // WHEN
        Relation relation =
                SupportedRelations.find(ApiVersion.V7, LEADS, PRODUCTS).orElseThrow();

        // THEN it is the reverse of a listed pair, backed by the SDK sample
        then(relation.documentedDirection()).isFalse();
        then(relation.provenance().evidence()).isEqualTo(Evidence.DELINK_PAGE);
        then(relation.provenance().isAssumed()).isFalse();
    }

    @Test
    void grades_the_reverse_leads_to_campaigns_as_inferred_since_zoho_s_sample_is_a_link() {
        // WHEN / THEN
        then(SupportedRelations.find(ApiVersion.V7, LEADS, CAMPAIGNS))
                .hasValueSatisfying(r -> then(r.provenance().evidence()).isEqualTo(Evidence.INFERRED));
    }

    @Test
    void grades_the_reverse_contacts_to_campaigns_as_assumed() {
        // WHEN
        Relation relation =
                SupportedRelations.find(ApiVersion.V7, CONTACTS, CAMPAIGNS).orElseThrow();

        // THEN
        then(relation.documentedDirection()).isFalse();
        then(relation.provenance().isAssumed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void offers_every_documented_pair_in_reverse_except_appointments(ApiVersion version) {
        // WHEN / THEN
        for (Relation r : SupportedRelations.forVersion(version)) {
            if (r.documentedDirection() && r.parent() != APPOINTMENTS) {
                then(SupportedRelations.find(version, r.related(), r.parent()))
                        .as("reverse of " + r.label())
                        .hasValueSatisfying(
                                reverse -> then(reverse.documentedDirection()).isFalse());
            }
        }
    }

    @Test
    void finds_no_relation_between_unrelated_modules() {
        // WHEN / THEN
        then(SupportedRelations.find(ApiVersion.V7, LEADS, CONTACTS)).isEmpty();
        then(SupportedRelations.find(ApiVersion.V7, ACCOUNTS, DEALS)).isEmpty();
        then(SupportedRelations.find(ApiVersion.V7, CAMPAIGNS, PRODUCTS)).isEmpty();
        then(SupportedRelations.find(ApiVersion.V7, PRICE_BOOKS, CAMPAIGNS)).isEmpty();
    }

    @Test
    void names_the_related_list_after_the_related_module() {
        // WHEN
        Relation relation =
                SupportedRelations.find(ApiVersion.V7, PRODUCTS, PRICE_BOOKS).orElseThrow();

        // THEN
        then(relation.relatedListName()).isEqualTo("Price_Books");
        then(relation.label()).isEqualTo("Products -> Price_Books");
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void lists_each_pair_once(ApiVersion version) {
        // WHEN / THEN
        then(SupportedRelations.forVersion(version).stream().map(Relation::label))
                .doesNotHaveDuplicates();
    }
}
