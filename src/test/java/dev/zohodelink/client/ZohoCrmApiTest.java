package dev.zohodelink.client;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.groups.Tuple.tuple;

import dev.zohodelink.client.ApiRequest.Endpoint;
import dev.zohodelink.client.ApiRequest.QueryParameter;
import dev.zohodelink.contract.Module;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each domain call is one exchange, shaped as Zoho's documentation for that call says. */
class ZohoCrmApiTest {

    private static final AccessToken TOKEN = AccessToken.of("1000.aaaa.bbbb");

    private final List<ApiRequest> sent = new ArrayList<>();
    private final ZohoCrmApi api = request -> {
        sent.add(request);
        return new ApiResponse(request.method(), "/", 200, "{}");
    };

    private ApiRequest onlyRequest() {
        then(sent).hasSize(1);
        return sent.get(0);
    }

    @Test
    void inserts_and_links_with_the_records_as_the_body() {
        // GIVEN
        List<Map<String, Object>> records = List.of(Map.of("Last_Name", "Doe"));

        // WHEN
        api.insert(Module.CONTACTS, records, TOKEN);
        api.link(Module.CAMPAIGNS, "111", Module.CONTACTS, List.of(Map.of("id", "222")), TOKEN);

        // THEN
        then(sent)
                .extracting(
                        ApiRequest::endpoint,
                        ApiRequest::method,
                        ApiRequest::pathSegments,
                        ApiRequest::query,
                        ApiRequest::data)
                .containsExactly(
                        tuple(Endpoint.INSERT_RECORDS, "POST", List.of("Contacts"), List.of(), Optional.of(records)),
                        tuple(
                                Endpoint.UPDATE_RELATED_RECORDS,
                                "PUT",
                                List.of("Campaigns", "111", "Contacts"),
                                List.of(),
                                Optional.of(List.of(Map.of("id", "222")))));
        then(sent).allSatisfy(request -> then(request.token()).isSameAs(TOKEN));
    }

    @Test
    void reads_a_page_of_related_records_by_id_only() {
        // WHEN
        api.relatedRecords(Module.CAMPAIGNS, "111", Module.LEADS, 3, TOKEN);

        // THEN
        then(onlyRequest().pathSegments()).containsExactly("Campaigns", "111", "Leads");
        then(onlyRequest().query())
                .containsExactly(
                        new QueryParameter("fields", "id"),
                        new QueryParameter("per_page", "200"),
                        new QueryParameter("page", "3"));
        then(onlyRequest().data()).isEmpty();
    }

    @Test
    void deletes_records_with_their_ids_in_one_literal_comma_list() {
        // WHEN
        api.deleteRecords(Module.LEADS, List.of("1", "2", "3"), TOKEN);

        // THEN
        then(onlyRequest().endpoint()).isEqualTo(Endpoint.DELETE_RECORDS);
        then(onlyRequest().method()).isEqualTo("DELETE");
        then(onlyRequest().query()).containsExactly(new QueryParameter("ids", "1,2,3"));
    }

    @Test
    void searches_with_the_criteria_form_encoded() {
        // WHEN
        api.search(Module.LEADS, "(Last_Name:starts_with:zdc-abc lead)", 1, TOKEN);

        // THEN
        then(onlyRequest().pathSegments()).containsExactly("Leads", "search");
        then(onlyRequest().query())
                .containsExactly(
                        new QueryParameter("criteria", "%28Last_Name%3Astarts_with%3Azdc-abc+lead%29"),
                        new QueryParameter("per_page", "200"),
                        new QueryParameter("page", "1"));
    }

    @Test
    void delinks_in_either_url_form_with_the_ids_as_the_request_encodes_them() {
        // WHEN
        api.delink(DelinkRequest.single("Campaigns", "111", "Contacts", "222"), TOKEN);
        api.delink(
                DelinkRequest.bulk("Campaigns", "111", "Contacts", List.of("222", "333"))
                        .encodedAs(IdsEncoding.ENCODED_COMMAS),
                TOKEN);

        // THEN
        then(sent.get(0).pathSegments()).containsExactly("Campaigns", "111", "Contacts", "222");
        then(sent.get(0).query()).isEmpty();
        then(sent.get(1).pathSegments()).containsExactly("Campaigns", "111", "Contacts");
        then(sent.get(1).query()).containsExactly(new QueryParameter("ids", "222%2C333"));
        then(sent).extracting(ApiRequest::endpoint).containsOnly(Endpoint.DELINK_RELATED_RECORDS);
    }

    @Test
    void charges_a_credit_per_ten_records_of_the_body_and_one_for_a_call_without() {
        // WHEN
        api.insert(Module.LEADS, Collections.nCopies(25, Map.of("Last_Name", "Doe")), TOKEN);
        api.fields(Module.LEADS, TOKEN);
        api.currentUser(TOKEN);

        // THEN
        then(sent).extracting(ApiRequest::credits).containsExactly(3L, 1L, 1L);
        then(sent.get(1).query()).containsExactly(new QueryParameter("module", "Leads"));
        then(sent.get(2).query()).containsExactly(new QueryParameter("type", "CurrentUser"));
    }
}
