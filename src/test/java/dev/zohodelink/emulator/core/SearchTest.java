package dev.zohodelink.emulator.core;

import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.json;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.thenRejectedWith;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.control.EmulatorControl;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTest {

    private final ZohoEmulatorFixture zoho = ZohoEmulatorFixture.bestEvidence();

    private String campaign(String name, String description) {
        EmulatorResponse response = zoho.sendAs(
                zoho.token,
                "POST",
                "/crm/v7/Campaigns",
                "{\"data\":[{\"Campaign_Name\":\"" + name + "\",\"Description\":\"" + description
                        + "\",\"Budget\":250}]}");
        then(response.status()).as(response.bodyText()).isEqualTo(201);
        return json(response).at("/data/0/details/id").asText();
    }

    private EmulatorResponse search(String token, String module, String query) {
        return zoho.sendAs(token, "GET", "/crm/v7/" + module + "/search?" + query, null);
    }

    private EmulatorResponse searchCriteria(String criteria) {
        return search(zoho.token, "Campaigns", "criteria=" + URLEncoder.encode(criteria, StandardCharsets.UTF_8));
    }

    private static List<String> ids(EmulatorResponse response) {
        then(response.status()).as(response.bodyText()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json(response).get("data").forEach(record -> ids.add(record.get("id").asText()));
        return ids;
    }

    @Test
    void finds_the_records_whose_field_starts_with_the_value_in_id_order_with_paging_info() {
        // GIVEN two campaigns named with the suite's prefix, one without it, and a lead with the prefix
        String first = campaign("zdc-run-1 Spring", "a");
        campaign("Autumn zdc-run-1", "b");
        String second = campaign("ZDC-RUN-1 Summer", "c");
        zoho.sendAs(zoho.token, "POST", "/crm/v7/Leads", "{\"data\":[{\"Last_Name\":\"zdc-run-1 Lead\"}]}");

        // WHEN the campaigns are searched by name prefix, the way the suite's URL encoder sends it
        EmulatorResponse response = searchCriteria("(Campaign_Name:starts_with:zdc-run-1)");

        // THEN both prefixed campaigns (case-insensitively), whole records, and Zoho's info block
        then(ids(response)).containsExactly(first, second);
        JsonNode body = json(response);
        then(body.at("/data/0/Campaign_Name").asText()).isEqualTo("zdc-run-1 Spring");
        then(body.at("/data/0/Description").asText()).isEqualTo("a");
        then(body.at("/info/count").asInt()).isEqualTo(2);
        then(body.at("/info/page").asInt()).isEqualTo(1);
        then(body.at("/info/per_page").asInt()).isEqualTo(200);
        then(body.at("/info/more_records").asBoolean()).isFalse();
    }

    @Test
    void matches_equals_on_the_whole_value_case_insensitively_and_on_non_text_fields() {
        // GIVEN a campaign called exactly "Spring" and one whose name only starts with it
        String spring = campaign("Spring", "x");
        campaign("Spring sale", "y");

        // WHEN searched with equals, in another case, and by its numeric Budget and its id
        List<String> byName = ids(searchCriteria("(Campaign_Name:equals:SPRING)"));
        EmulatorResponse byBudget = searchCriteria("(Budget:equals:250)");
        List<String> byId = ids(searchCriteria("(id:equals:" + spring + ")"));

        // THEN only the exact match, both by budget, the one by id
        then(byName).containsExactly(spring);
        then(ids(byBudget)).hasSize(2);
        then(byId).containsExactly(spring);
    }

    @Test
    void combines_groups_with_and_and_or() {
        // GIVEN three campaigns
        String a = campaign("zdc Alpha", "keep");
        String b = campaign("zdc Beta", "drop");
        String c = campaign("Gamma", "keep");

        // WHEN criteria join two conditions with and, then with or
        List<String> both = ids(searchCriteria("((Campaign_Name:starts_with:zdc)and(Description:equals:keep))"));
        List<String> either = ids(searchCriteria("((Campaign_Name:equals:zdc Beta)or(Campaign_Name:equals:Gamma))"));

        // THEN and is the intersection, or the union
        then(both).containsExactly(a);
        then(either).containsExactly(b, c);
    }

    @Test
    void reads_parentheses_and_commas_escaped_with_a_backslash_in_a_value() {
        // GIVEN a campaign whose name has parentheses and a comma
        String spring = campaign("Spring (2025), EU", "x");

        // WHEN searched with Zoho's escapes
        List<String> found = ids(searchCriteria("(Campaign_Name:equals:Spring \\(2025\\)\\, EU)"));

        // THEN it is found
        then(found).containsExactly(spring);
    }

    @Test
    void finds_records_containing_a_word_in_any_text_field_case_insensitively() {
        // GIVEN a campaign with the word in its name, one with it in its description, and one without
        String inName = campaign("Big LEFTOVER sale", "x");
        String inDescription = campaign("Other", "a leftover of run 7");
        campaign("Clean", "nothing");

        // WHEN searched by word
        List<String> found = ids(search(zoho.token, "Campaigns", "word=leftover"));

        // THEN the two that contain it
        then(found).containsExactly(inName, inDescription);
    }

    @Test
    void answers_204_with_an_empty_body_when_nothing_matches() {
        // GIVEN a campaign that does not match
        campaign("Spring", "x");

        // WHEN searched by criteria and by word for something no record has
        EmulatorResponse byCriteria = searchCriteria("(Campaign_Name:starts_with:zdc)");
        EmulatorResponse byWord = search(zoho.token, "Campaigns", "word=nowhere");
        EmulatorResponse unknownField = searchCriteria("(No_Such_Field:equals:Spring)");

        // THEN 204 No Content for each
        for (EmulatorResponse response : List.of(byCriteria, byWord, unknownField)) {
            then(response.status()).as(response.bodyText()).isEqualTo(204);
            then(response.body()).isEmpty();
        }
    }

    @Test
    void pages_the_matches_and_says_when_there_are_more() {
        // GIVEN three matching campaigns
        String a = campaign("zdc 1", "x");
        String b = campaign("zdc 2", "x");
        String c = campaign("zdc 3", "x");

        // WHEN they are read two per page
        EmulatorResponse page1 =
                search(zoho.token, "Campaigns", "criteria=(Campaign_Name:starts_with:zdc)&per_page=2&page=1");
        EmulatorResponse page2 =
                search(zoho.token, "Campaigns", "criteria=(Campaign_Name:starts_with:zdc)&per_page=2&page=2");
        EmulatorResponse page3 =
                search(zoho.token, "Campaigns", "criteria=(Campaign_Name:starts_with:zdc)&per_page=2&page=3");

        // THEN page 1 has more records, page 2 is the last, page 3 is empty
        then(ids(page1)).containsExactly(a, b);
        then(json(page1).at("/info/more_records").asBoolean()).isTrue();
        then(ids(page2)).containsExactly(c);
        then(json(page2).at("/info/more_records").asBoolean()).isFalse();
        then(page3.status()).isEqualTo(204);
    }

    @ParameterizedTest(name = "query ''{0}''")
    @ValueSource(strings = {"", "criteria=", "word=", "word=%20", "fields=id"})
    void answers_required_param_missing_for_criteria_when_neither_criteria_nor_word_is_given(String query) {
        // WHEN the search has no criteria and no word
        EmulatorResponse response = search(zoho.token, "Campaigns", query);

        // THEN REQUIRED_PARAM_MISSING naming criteria
        then(thenRejectedWith(response, ZohoError.REQUIRED_PARAM_MISSING))
                .isEqualTo(json("{\"param_name\":\"criteria\"}"));
    }

    @ParameterizedTest(name = "criteria {0}")
    @ValueSource(
            strings = {
                "Campaign_Name:equals:x",
                "(Campaign_Name:equals:x",
                "(Campaign_Name:equals:x))",
                "(Campaign_Name:contains:x)",
                "(Campaign_Name:equals:)",
                "(:equals:x)",
                "(Campaign_Name-equals-x)",
                "((A:equals:x)and(B:equals:y)or(C:equals:z))",
                "((A:equals:x)xor(B:equals:y))",
                "(A:equals:x(y)",
                "(A:equals:x\\",
                "()",
                "(((((((((((((((((((((((((((((((((((A:equals:x)))))))))))))))))))))))))))))))))))"
            })
    void answers_malformed_criteria_with_unable_to_parse_data_type(String criteria) {
        // WHEN the criteria cannot be read
        EmulatorResponse response = searchCriteria(criteria);

        // THEN UNABLE_TO_PARSE_DATA_TYPE, and nothing failed unexpectedly
        thenRejectedWith(response, ZohoError.UNABLE_TO_PARSE_DATA_TYPE);
        then(EmulatorControl.inProcess(zoho.emulator).state().unexpectedFailures())
                .isZero();
    }

    @Test
    void needs_the_read_scope_of_the_searched_module() {
        // GIVEN a campaign, a token that reads campaigns and one that reads only leads
        String spring = campaign("Spring", "x");
        String campaignsReader = zoho.emulator.issueToken(
                zoho.emulator.administrator(), List.of(Scopes.of(Module.CAMPAIGNS, "READ")), Duration.ofHours(1));
        String leadsReader = zoho.emulator.issueToken(
                zoho.emulator.administrator(), List.of(Scopes.of(Module.LEADS, "READ")), Duration.ofHours(1));

        // WHEN each searches the campaigns
        EmulatorResponse allowed = search(campaignsReader, "Campaigns", "word=spring");
        EmulatorResponse refused = search(leadsReader, "Campaigns", "word=spring");

        // THEN the first finds it, the second is OAUTH_SCOPE_MISMATCH
        then(ids(allowed)).containsExactly(spring);
        thenRejectedWith(refused, ZohoError.OAUTH_SCOPE_MISMATCH);
    }

    @Test
    void takes_search_for_the_search_route_and_nothing_else_for_it() {
        // GIVEN a campaign
        campaign("Spring", "x");

        // WHEN search is deleted, and a record id that only looks like search is read
        EmulatorResponse deleteSearch = zoho.sendAs(zoho.token, "DELETE", "/crm/v7/Campaigns/search?ids=1", null);
        EmulatorResponse searchLike = zoho.sendAs(zoho.token, "GET", "/crm/v7/Campaigns/searches?word=spring", null);
        EmulatorResponse searchBelow =
                zoho.sendAs(zoho.token, "GET", "/crm/v7/Campaigns/search/Leads?word=spring", null);

        // THEN another method is INVALID_REQUEST_METHOD, and other segments are still record ids
        thenRejectedWith(deleteSearch, ZohoError.INVALID_REQUEST_METHOD);
        thenRejectedWith(searchLike, ZohoError.UNABLE_TO_PARSE_DATA_TYPE);
        then(searchBelow.status()).isNotEqualTo(200);
    }

    @Test
    void selects_fields_when_asked() {
        // GIVEN a campaign
        String spring = campaign("Spring", "x");

        // WHEN searched with fields=Campaign_Name
        EmulatorResponse response = search(zoho.token, "Campaigns", "word=spring&fields=Campaign_Name");

        // THEN only id and the name come back
        then(json(response).at("/data/0")).isEqualTo(json("{\"id\":\"" + spring + "\",\"Campaign_Name\":\"Spring\"}"));
    }
}
