package dev.zohodelink.contract;

/**
 * A related list that the delink API accepts: records of {@code parent} delinked from records of {@code related}.
 * The related list's API name is the related module's API name.
 *
 * @param documentedDirection true for the direction the delink page lists ("Campaigns - to - Leads"), false for its reverse
 */
public record Relation(Module parent, Module related, boolean documentedDirection, Provenance provenance) {

    /**
     * The relation's own fields that Update Related Records expects with each id ("It is mandatory to send the sample
     * data while adding relation"): a campaign member's status, a product's list price in a price book (docs/evidence.md §4).
     */
    public java.util.Map<String, Object> linkFields() {
        java.util.Set<Module> pair = java.util.EnumSet.of(parent, related);
        if (pair.contains(Module.CAMPAIGNS)) {
            return java.util.Map.of("Member_Status", "Active");
        }
        if (pair.equals(java.util.EnumSet.of(Module.PRODUCTS, Module.PRICE_BOOKS))) {
            return java.util.Map.of("list_price", 10.0);
        }
        return java.util.Map.of();
    }

    public String relatedListName() {
        return related.urlName();
    }

    public String label() {
        return parent.urlName() + " -> " + related.urlName();
    }
}
