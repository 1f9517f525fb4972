package dev.zohodelink.glue.steps;

import dev.zohodelink.client.IdsEncoding;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Persona;
import io.cucumber.java.ParameterType;
import java.util.List;

/** The words of the features: CRM modules, record aliases, personas and catalogue errors. */
public class ParameterTypes {

    @ParameterType(
            "price books|price book|appointments|appointment|campaigns|campaign|contacts|contact|accounts|account|services|service|products|product|leads|lead|deals|deal")
    public Module module(String phrase) {
        return Module.fromPhrase(phrase);
    }

    @ParameterType("[A-Z][A-Za-z0-9]*")
    public String alias(String alias) {
        return alias;
    }

    @ParameterType("[A-Z][A-Za-z0-9]*(?:, [A-Z][A-Za-z0-9]*)*(?: and [A-Z][A-Za-z0-9]*)?")
    public List<String> aliases(String phrase) {
        return List.of(phrase.split(", | and "));
    }

    /** A caller the features name by a whole step: the token without delink scope, or the user who may not delete. */
    @ParameterType(Persona.Gherkin.LIMITED_SCOPE + "|" + Persona.Gherkin.RESTRICTED_USER)
    public Persona persona(String phrase) {
        return Persona.fromGherkin(phrase);
    }

    /** What a client might do with a delink address other than delink, as the HTTP method that does it. */
    @ParameterType("read it|read its headers|replace it|update it|post to it")
    public String otherUse(String use) {
        return switch (use) {
            case "read it" -> "GET";
            case "read its headers" -> "HEAD";
            case "replace it" -> "PUT";
            case "update it" -> "PATCH";
            default -> "POST";
        };
    }

    /** How one of Zoho's official SDKs writes the ids of a delink (docs/evidence.md §9.3). */
    @ParameterType("as Zoho's Java and TypeScript SDKs (?:send it|encode them)|as Zoho's Node SDKs send it")
    public IdsEncoding sdkShape(String phrase) {
        return phrase.contains("Node") ? IdsEncoding.TRAILING_SEPARATOR : IdsEncoding.ENCODED_COMMAS;
    }

    /** A Zoho error code as the wire carries it; the table under the step says which catalogue entry. */
    @ParameterType("[A-Z][A-Z_]+")
    public String code(String code) {
        return code;
    }
}
