package dev.zohodelink.contract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * CRM modules that take part in the documented delink relations, with their API names per version,
 * the module name used in OAuth scopes and the field that names a record.
 */
public enum Module {
    LEADS("Leads", "lead", "leads", "leads", "Last_Name"),
    CONTACTS("Contacts", "contact", "contacts", "contacts", "Last_Name"),
    ACCOUNTS("Accounts", "account", "accounts", "accounts", "Account_Name"),
    DEALS("Deals", "deal", "deals", "deals", "Deal_Name"),
    PRODUCTS("Products", "product", "products", "products", "Product_Name"),
    CAMPAIGNS("Campaigns", "campaign", "campaigns", "campaigns", "Campaign_Name"),
    PRICE_BOOKS("Price_Books", "price book", "price books", "pricebooks", "Price_Book_Name"),
    APPOINTMENTS("Appointments__s", "appointment", "appointments", "appointments", "Appointment_Name"),
    SERVICES("Services__s", "service", "services", "services", "Service_Name");

    private final String apiName;
    private final String singular;
    private final String plural;
    private final String scopeName;
    private final String nameField;

    Module(String apiName, String singular, String plural, String scopeName, String nameField) {
        this.apiName = apiName;
        this.singular = singular;
        this.plural = plural;
        this.scopeName = scopeName;
        this.nameField = nameField;
    }

    /** The API name in the given version, empty where the version does not have the module. */
    public Optional<String> apiName(ApiVersion version) {
        return isAvailableIn(version) ? Optional.of(apiName) : Optional.empty();
    }

    /**
     * The name a client puts in the URL. Where the version lacks the module, this is the name newer
     * versions use, which is what a client migrating between versions would send.
     */
    public String urlName() {
        return apiName;
    }

    public boolean isAvailableIn(ApiVersion version) {
        return (this != APPOINTMENTS && this != SERVICES) || version.hasAppointments();
    }

    public String singular() {
        return singular;
    }

    public String plural() {
        return plural;
    }

    public String scopeName() {
        return scopeName;
    }

    /** The system-mandatory field that names a record of this module (docs/evidence.md §4). */
    public String nameField() {
        return nameField;
    }

    /**
     * Resolves a module from a URL segment. Case-insensitive: Zoho's own SDKs rewrite lower-case names,
     * so whether the wire is case-sensitive is unknown (docs/evidence.md, open question 9). On v2.1, whose delink
     * page still names Deals "Potentials", the legacy name is taken too (inferred, docs/evidence.md §3).
     */
    public static Optional<Module> fromUrlName(ApiVersion version, String segment) {
        return Arrays.stream(values())
                .filter(m -> m.isAvailableIn(version)
                        && (m.apiName.equalsIgnoreCase(segment) || m.isLegacyNameIn(version, segment)))
                .findFirst();
    }

    /** The name the v2.1 delink page gives Deals in its list of supported relations. */
    public static final String LEGACY_DEALS_NAME = "Potentials";

    private boolean isLegacyNameIn(ApiVersion version, String segment) {
        return this == DEALS && version == ApiVersion.V2_1 && LEGACY_DEALS_NAME.equalsIgnoreCase(segment);
    }

    /** Resolves "campaign", "campaigns", "price book" and the like, as features write them. */
    public static Module fromPhrase(String phrase) {
        String p = phrase.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(m -> m.singular.equals(p) || m.plural.equals(p))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no CRM module is called '" + phrase + "'"));
    }
}
