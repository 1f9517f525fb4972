package dev.zohodelink.support;

import dev.zohodelink.contract.Relation;
import dev.zohodelink.contract.ZohoError;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a scenario proved: which relation was delinked through which URL form, and which catalogue errors were
 * asserted. Attached to the scenario so the coverage matrix is built from what ran, not from what is written.
 */
public final class CoverageFacts {

    public static final String MEDIA_TYPE = "application/vnd.zoho-delink.coverage+json";
    public static final String NAME = "coverage";

    private final Set<String> relations = new LinkedHashSet<>();
    private final Set<String> errors = new LinkedHashSet<>();

    public void delinked(Relation relation, UrlForm form) {
        relations.add(relation.parent().urlName() + "|" + relation.related().urlName() + "|" + form.label());
    }

    public void asserted(ZohoError error) {
        errors.add(error.name());
    }

    public boolean isEmpty() {
        return relations.isEmpty() && errors.isEmpty();
    }

    public Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("relations", List.copyOf(relations));
        json.put("errors", List.copyOf(errors));
        return json;
    }
}
