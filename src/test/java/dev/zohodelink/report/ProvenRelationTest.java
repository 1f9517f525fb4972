package dev.zohodelink.report;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.contract.Module;
import dev.zohodelink.targets.UrlForm;
import org.junit.jupiter.api.Test;

class ProvenRelationTest {

    @Test
    void is_written_to_the_results_as_parent_related_and_url_form_and_read_back() throws Exception {
        // GIVEN
        ProvenRelation priceBooks = new ProvenRelation(Module.PRODUCTS, Module.PRICE_BOOKS, UrlForm.BULK);
        JsonMapper mapper = JsonMapper.builder().build();

        // WHEN
        String json = mapper.writeValueAsString(priceBooks);

        // THEN
        then(json).isEqualTo("\"Products|Price_Books|ids parameter\"");
        then(mapper.readValue(json, ProvenRelation.class)).isEqualTo(priceBooks);
    }

    @Test
    void refuses_a_key_that_names_no_module_or_url_form() {
        // WHEN / THEN
        thenThrownBy(() -> ProvenRelation.parse("Campaigns|Contacts"))
                .hasMessage("'Campaigns|Contacts' is not parent|related|URL form");
        thenThrownBy(() -> ProvenRelation.parse("Campaigns|Nothing|single id")).hasMessage("'Nothing' is no module");
        thenThrownBy(() -> ProvenRelation.parse("Campaigns|Contacts|both")).hasMessage("'both' is no URL form");
    }
}
