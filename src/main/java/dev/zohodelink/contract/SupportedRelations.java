package dev.zohodelink.contract;

import static dev.zohodelink.contract.Module.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The relations the delink API supports, per version, transcribed from the v2.1 and v7 delink pages. */
public final class SupportedRelations {

    private static final Provenance LISTED = Provenance.delinkPage(
            "delink page \"Supported relations\": Campaigns - to - Leads, Contacts; Products - to - Leads, Accounts, Contacts, Potentials, Price Books");
    private static final Provenance APPOINTMENTS_LISTED = Provenance.inferred(
            "the v7 delink page lists Appointments - to - Services, but no Zoho page names the related list; Services__s is assumed (docs/evidence.md, open question 8)");
    private static final Provenance APPOINTMENTS_V8 = Provenance.inferred(
            "no v8 delink page and no documented related-list name; the official OpenAPI file keeps the delink operations unchanged, so v8 is taken to equal v7");
    private static final Provenance LEADS_TO_PRODUCTS = Provenance.delinkPage(
            "v2.1 delink page, Java SDK sample: RelatedRecordsOperations(\"Products\", \"Leads\") delinks Products from a Lead");
    private static final Provenance LEADS_TO_CAMPAIGNS = Provenance.inferred(
            "Zoho's v7 update-related-records sample links PUT /Leads/{id}/Campaigns, a link, not a delink; the legacy docs allow either side as parent");
    private static final Provenance REVERSE_INFERRED = Provenance.inferred(
            "reverse direction not shown on the delink page; inferred from the Leads -> Products sample and the legacy \"either side as parent\" rule");

    private SupportedRelations() {}

    public static List<Relation> forVersion(ApiVersion version) {
        List<Relation> relations = new ArrayList<>();
        for (Module related : List.of(LEADS, CONTACTS)) {
            relations.add(new Relation(CAMPAIGNS, related, true, LISTED));
        }
        for (Module related : List.of(LEADS, ACCOUNTS, CONTACTS, DEALS, PRICE_BOOKS)) {
            relations.add(new Relation(PRODUCTS, related, true, LISTED));
        }
        if (version.hasAppointments()) {
            relations.add(new Relation(
                    APPOINTMENTS, SERVICES, true, version == ApiVersion.V8 ? APPOINTMENTS_V8 : APPOINTMENTS_LISTED));
        }
        relations.add(new Relation(LEADS, CAMPAIGNS, false, LEADS_TO_CAMPAIGNS));
        relations.add(new Relation(CONTACTS, CAMPAIGNS, false, REVERSE_INFERRED));
        relations.add(new Relation(LEADS, PRODUCTS, false, LEADS_TO_PRODUCTS));
        for (Module parent : List.of(ACCOUNTS, CONTACTS, DEALS, PRICE_BOOKS)) {
            relations.add(new Relation(parent, PRODUCTS, false, REVERSE_INFERRED));
        }
        return List.copyOf(relations);
    }

    public static Optional<Relation> find(ApiVersion version, Module parent, Module related) {
        return forVersion(version).stream()
                .filter(r -> r.parent() == parent && r.related() == related)
                .findFirst();
    }
}
