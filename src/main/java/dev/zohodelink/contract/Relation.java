package dev.zohodelink.contract;

/**
 * A related list that the delink API accepts: records of {@code parent} delinked from records of {@code related}.
 * The related list's API name is the related module's API name.
 *
 * @param documentedDirection true for the direction the delink page lists ("Campaigns - to - Leads"), false for its reverse
 */
public record Relation(Module parent, Module related, boolean documentedDirection, Provenance provenance) {

    public String relatedListName() {
        return related.urlName();
    }

    public String label() {
        return parent.urlName() + " -> " + related.urlName();
    }
}
