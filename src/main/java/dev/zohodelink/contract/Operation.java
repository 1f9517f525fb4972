package dev.zohodelink.contract;

import java.util.Set;

/** What a call does to a module's records, and the operation types of {@code ZohoCRM.modules.{module}.{type}} that allow it. */
public enum Operation {
    /** Delink page, Scope: "ALL - Full access", "WRITE - Edit related records", "DELETE - Delete related records". */
    DELINK(Set.of("ALL", "WRITE", "DELETE"), Provenance.delinkPage("delink page, Scope")),
    /** Update-related-records page: scope {@code ...UPDATE}; WRITE and ALL include it. */
    LINK(Set.of("ALL", "WRITE", "UPDATE"), Provenance.zohoDocs("update-related-records page, Scope")),
    READ(Set.of("ALL", "READ"), Provenance.zohoDocs("get-records and get-related-records pages, Scope")),
    CREATE(Set.of("ALL", "WRITE", "CREATE"), Provenance.zohoDocs("insert-records page, Scope")),
    DELETE_RECORD(Set.of("ALL", "WRITE", "DELETE"), Provenance.zohoDocs("delete-records page, Scope"));

    private final Set<String> grantingTypes;
    private final Provenance provenance;

    Operation(Set<String> grantingTypes, Provenance provenance) {
        this.grantingTypes = grantingTypes;
        this.provenance = provenance;
    }

    public boolean isGrantedBy(String operationType) {
        return grantingTypes.contains(operationType);
    }

    public Set<String> grantingTypes() {
        return grantingTypes;
    }

    public Provenance provenance() {
        return provenance;
    }
}
