package dev.zohodelink.recording;

import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.contract.ApiVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NormaliserTest {

    private final Normaliser normaliser =
            new Normaliser(Map.of("5725767000000400002", "campaign C", "5725767000000400003", "contact A"));

    @Test
    void replaces_record_ids_by_aliases_and_the_version_by_a_placeholder_in_path_and_query() {
        // WHEN
        Exchange exchange = normaliser
                .normalise(List.of(new ExchangeRecorder.RawExchange(
                        "DELETE",
                        "/crm/v7/Campaigns/5725767000000400002/Contacts",
                        "ids=5725767000000400003,999999999999",
                        null,
                        200,
                        "{\"data\":[]}")))
                .get(0);

        // THEN
        then(exchange.path()).isEqualTo("/crm/{version}/Campaigns/<campaign C>/Contacts");
        then(exchange.query()).isEqualTo("ids=<contact A>,<id 1>");
        then(exchange.role()).isEqualTo(Exchange.DELINK);
    }

    @Test
    void masks_times_run_markers_and_unknown_ids_consistently_in_bodies() {
        // WHEN
        Exchange exchange = normaliser
                .normalise(
                        List.of(
                                new ExchangeRecorder.RawExchange(
                                        "POST",
                                        "/crm/v2.1/Contacts",
                                        null,
                                        "{\"data\":[{\"Last_Name\":\"zdc-abc123 contact A\"}]}",
                                        201,
                                        "{\"data\":[{\"details\":{\"Created_Time\":\"2026-11-22T20:00:00+00:00\",\"id\":\"5725767000000400003\",\"Created_By\":{\"id\":\"777777777777\"},\"Modified_By\":{\"id\":\"777777777777\"}}}]}")))
                .get(0);

        // THEN
        then(exchange.role()).isEqualTo(Exchange.FIXTURE);
        then(exchange.requestBody().toString()).isEqualTo("{\"data\":[{\"Last_Name\":\"zdc-<run> contact A\"}]}");
        then(exchange.responseBody().toString())
                .isEqualTo(
                        "{\"data\":[{\"details\":{\"Created_Time\":\"<time>\",\"id\":\"<contact A>\",\"Created_By\":{\"id\":\"<id 1>\"},\"Modified_By\":{\"id\":\"<id 1>\"}}}]}");
    }

    @Test
    void masks_a_date_which_fixtures_choose_from_today() {
        // WHEN a deal's closing date, two business days ahead, goes in an insert
        Exchange exchange = normaliser
                .normalise(List.of(new ExchangeRecorder.RawExchange(
                        "POST",
                        "/crm/v7/Deals",
                        null,
                        "{\"data\":[{\"Deal_Name\":\"zdc-abc123 deal R\",\"Closing_Date\":\"2026-12-01\"}]}",
                        201,
                        "{\"data\":[]}")))
                .get(0);

        // THEN
        then(exchange.requestBody().toString())
                .isEqualTo("{\"data\":[{\"Deal_Name\":\"zdc-<run> deal R\",\"Closing_Date\":\"<date>\"}]}");
    }

    @Test
    void masks_an_id_sent_as_a_number_but_keeps_it_a_number_so_a_type_change_shows() {
        // WHEN the same result once with details.id as a string, once as a number
        String body =
                "{\"data\":[{\"code\":\"SUCCESS\",\"details\":{\"id\":%s},\"message\":\"relation removed\",\"status\":\"success\"}]}";
        Exchange asText = delink(String.format(body, "\"5725767000000400003\""));
        Exchange asNumber = delink(String.format(body, "5725767000000400003"));

        // THEN the value is masked either way, and only the type tells them apart
        then(asText.responseBody().at("/data/0/details/id").isTextual()).isTrue();
        then(asText.responseBody().at("/data/0/details/id").asText()).isEqualTo("<contact A>");
        then(asNumber.responseBody().at("/data/0/details/id").isIntegralNumber())
                .isTrue();
        then(asNumber.responseBody().at("/data/0/details/id").asLong()).isZero();

        // AND the version's schema, which recordings are checked against, holds the text and refuses the number
        ResponseSchemas schemas = ResponseSchemas.forVersion(ApiVersion.V7);
        then(schemas.check(asText)).isEmpty();
        then(schemas.check(asNumber))
                .singleElement()
                .satisfies(v -> then(v.pointer()).isEqualTo("/data/0/details/id"));
    }

    private Exchange delink(String responseBody) {
        return normaliser
                .normalise(List.of(new ExchangeRecorder.RawExchange(
                        "DELETE",
                        "/crm/v7/Campaigns/5725767000000400002/Contacts/5725767000000400003",
                        null,
                        null,
                        200,
                        responseBody)))
                .get(0);
    }

    @Test
    void sorts_related_records_which_zoho_does_not_promise_to_order() {
        // WHEN
        Exchange exchange = normaliser
                .normalise(List.of(new ExchangeRecorder.RawExchange(
                        "GET",
                        "/crm/v7/Campaigns/5725767000000400002/Contacts",
                        "fields=id",
                        null,
                        200,
                        "{\"data\":[{\"id\":\"888888888888\"},{\"id\":\"5725767000000400003\"}]}")))
                .get(0);

        // THEN
        then(exchange.responseBody().get("data").toString())
                .isEqualTo("[{\"id\":\"<contact A>\"},{\"id\":\"<id 1>\"}]");
    }

    @Test
    void leaves_out_metadata_reads_which_depend_on_the_order_scenarios_ran_in() {
        // WHEN a scenario read fields metadata and the current user before inserting
        List<Exchange> exchanges = normaliser.normalise(List.of(
                new ExchangeRecorder.RawExchange(
                        "GET", "/crm/v7/settings/fields", "module=Services__s", null, 200, "{\"fields\":[]}"),
                new ExchangeRecorder.RawExchange(
                        "GET", "/crm/v7/users", "type=CurrentUser", null, 200, "{\"users\":[]}"),
                new ExchangeRecorder.RawExchange(
                        "POST", "/crm/v7/Services__s", null, "{\"data\":[{}]}", 201, "{\"data\":[]}")));

        // THEN only the insert is kept
        then(exchanges).extracting(Exchange::path).containsExactly("/crm/{version}/Services__s");
    }
}
