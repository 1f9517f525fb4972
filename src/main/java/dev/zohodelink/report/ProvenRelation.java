package dev.zohodelink.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Relation;
import dev.zohodelink.targets.UrlForm;
import java.util.Arrays;

/**
 * One cell of the coverage matrix's relations: a relation delinked through one URL form. Written to the results as
 * {@code Campaigns|Contacts|single id}.
 */
public record ProvenRelation(Module parent, Module related, UrlForm form) {

    private static final String SEPARATOR = "|";

    public static ProvenRelation of(Relation relation, UrlForm form) {
        return new ProvenRelation(relation.parent(), relation.related(), form);
    }

    @JsonCreator
    public static ProvenRelation parse(String key) {
        String[] parts = key.split("\\|", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("'" + key + "' is not parent|related|URL form");
        }
        return new ProvenRelation(
                moduleNamed(parts[0]),
                moduleNamed(parts[1]),
                Arrays.stream(UrlForm.values())
                        .filter(f -> f.label().equals(parts[2]))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("'" + parts[2] + "' is no URL form")));
    }

    private static Module moduleNamed(String urlName) {
        return Arrays.stream(Module.values())
                .filter(m -> m.urlName().equals(urlName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + urlName + "' is no module"));
    }

    @JsonValue
    public String key() {
        return parent.urlName() + SEPARATOR + related.urlName() + SEPARATOR + form.label();
    }
}
