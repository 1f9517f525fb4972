package dev.zohodelink.recording;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Scopes;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.core.EmulatorRequest;
import dev.zohodelink.emulator.core.EmulatorResponse;
import dev.zohodelink.emulator.core.User;
import dev.zohodelink.emulator.core.faults.Fault;
import dev.zohodelink.emulator.core.faults.FaultSchedule;
import dev.zohodelink.emulator.core.faults.RouteKind;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResponseSchemasTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    // ---- the emulator's real answers pass ----------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void the_emulators_answers_to_insert_link_get_related_and_every_delink_form_conform_to_the_versions_schemas(
            ApiVersion version) {
        // GIVEN a campaign C with contacts A, B and D linked to it, on the emulator
        EmulatedZoho zoho = new EmulatedZoho(version);
        Exchange insertCampaign = zoho.insert(Module.CAMPAIGNS, "campaign C");
        Exchange insertContact = zoho.insert(Module.CONTACTS, "contact A");
        zoho.insert(Module.CONTACTS, "contact B");
        zoho.insert(Module.CONTACTS, "contact D");
        Exchange link = zoho.call(
                "PUT",
                "/Campaigns/" + zoho.id("campaign C") + "/Contacts",
                "{\"data\":["
                        + "{\"id\":\"" + zoho.id("contact A") + "\",\"Member_Status\":\"Active\"},"
                        + "{\"id\":\"" + zoho.id("contact B") + "\",\"Member_Status\":\"Active\"},"
                        + "{\"id\":\"" + zoho.id("contact D") + "\",\"Member_Status\":\"Active\"}]}");
        Exchange getRelated =
                zoho.call("GET", "/Campaigns/" + zoho.id("campaign C") + "/Contacts?fields=Last_Name", null);
        Exchange getRelatedOne = zoho.call(
                "GET",
                "/Campaigns/" + zoho.id("campaign C") + "/Contacts/" + zoho.id("contact A") + "?fields=Last_Name",
                null);
        Exchange getRecord = zoho.call("GET", "/Contacts/" + zoho.id("contact A"), null);
        Exchange listRecords = zoho.call("GET", "/Contacts?fields=Last_Name", null);

        // WHEN the delink is called in its single, bulk, mixed and all-failed forms, then the list is read again
        Exchange single =
                zoho.call("DELETE", "/Campaigns/" + zoho.id("campaign C") + "/Contacts/" + zoho.id("contact A"), null);
        Exchange mixed = zoho.call(
                "DELETE",
                "/Campaigns/" + zoho.id("campaign C") + "/Contacts?ids=" + zoho.id("contact B") + ",1234567890123",
                null);
        Exchange allFailed = zoho.call(
                "DELETE",
                "/Campaigns/" + zoho.id("campaign C") + "/Contacts?ids=" + zoho.id("contact A") + ",1234567890123",
                null);
        Exchange bulk = zoho.call(
                "DELETE", "/Campaigns/" + zoho.id("campaign C") + "/Contacts?ids=" + zoho.id("contact D"), null);
        Exchange nothingRelated =
                zoho.call("GET", "/Campaigns/" + zoho.id("campaign C") + "/Contacts?fields=Last_Name", null);
        Exchange deleteRecords =
                zoho.call("DELETE", "/Contacts?ids=" + zoho.id("contact A") + "," + zoho.id("contact B"), null);

        // THEN each was answered as intended, is checked against the schema its shape calls for, and conforms to it
        ResponseSchemas schemas = ResponseSchemas.forVersion(version);
        Map<Exchange, String> expectations = new LinkedHashMap<>();
        expectations.put(insertCampaign, "insert");
        expectations.put(insertContact, "insert");
        expectations.put(link, "link");
        expectations.put(getRelated, "records-page");
        expectations.put(getRelatedOne, "record-single");
        expectations.put(getRecord, "record-single");
        expectations.put(listRecords, "records-page");
        expectations.put(single, "delink");
        expectations.put(mixed, "delink");
        expectations.put(allFailed, "delink");
        expectations.put(bulk, "delink");
        expectations.put(deleteRecords, "delete-records");
        then(List.of(
                        insertCampaign.status(),
                        link.status(),
                        getRelated.status(),
                        single.status(),
                        mixed.status(),
                        allFailed.status(),
                        bulk.status()))
                .as("201 insert, 200 link, 200 read, 200 single delink, 207 mixed, 400 all failed, 200 bulk")
                .containsExactly(201, 200, 200, 200, 207, 400, 200);
        then(mixed.responseBody().get("data").findValuesAsText("status")).containsExactly("success", "error");
        then(allFailed.responseBody().get("data").findValuesAsText("status")).containsExactly("error", "error");
        expectations.forEach((exchange, schema) -> {
            then(schemas.schemaFor(exchange)).as(exchange.label()).contains(schema);
            then(schemas.check(exchange))
                    .as(exchange.label() + " -> " + exchange.responseBody())
                    .isEmpty();
        });
        then(nothingRelated.status()).isEqualTo(204);
        then(schemas.knows(nothingRelated)).isTrue();
        then(schemas.schemaFor(nothingRelated)).isEmpty();
        then(schemas.check(nothingRelated)).isEmpty();
    }

    /** Answered only when a behaviour profile picks the other side of contested evidence (DelinkErrorCatalogueTest provokes them). */
    private static final Set<ZohoError> ONLY_UNDER_ANOTHER_PROFILE =
            Set.of(ZohoError.NOT_SUPPORTED, ZohoError.REQUIRED_PARAM_MISSING);

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void every_call_level_error_of_the_catalogue_as_the_emulator_answers_it_conforms_to_the_error_envelope(
            ApiVersion version) {
        // GIVEN a campaign C with contact A, a reader, a user without delete permission and one without access to
        // Contacts
        EmulatedZoho zoho = new EmulatedZoho(version);
        zoho.insert(Module.CAMPAIGNS, "campaign C");
        zoho.insert(Module.CONTACTS, "contact A");
        String delinkPath = "/Campaigns/" + zoho.id("campaign C") + "/Contacts";
        String reader = zoho.tokenOf(zoho.emulator.administrator(), List.of(Scopes.of(Module.CAMPAIGNS, "READ")));
        String noPermission =
                zoho.tokenOf(zoho.emulator.addUser("no delete", false, Set.of()), List.of(Scopes.ALL_MODULES));
        String noContacts = zoho.tokenOf(
                zoho.emulator.addUser("no contacts", true, Set.of(Module.CONTACTS)), List.of(Scopes.ALL_MODULES));

        // WHEN every call-level error is provoked through the API
        List<Exchange> errors = new ArrayList<>();
        errors.add(zoho.call(
                "DELETE", "/Widgets/" + zoho.id("campaign C") + "/Contacts?ids=" + zoho.id("contact A"), null));
        errors.add(zoho.call(
                "DELETE", "/Documents/" + zoho.id("campaign C") + "/Contacts?ids=" + zoho.id("contact A"), null));
        errors.add(zoho.call("DELETE", delinkPath + "/" + zoho.id("contact A") + "/extra/more", null));
        errors.add(zoho.callAs(reader, "DELETE", delinkPath + "?ids=" + zoho.id("contact A"), null));
        errors.add(zoho.callAs(noPermission, "DELETE", delinkPath + "?ids=" + zoho.id("contact A"), null));
        zoho.emulator.injectFault(new Fault(RouteKind.DELINK, ZohoError.INTERNAL_ERROR, 1));
        errors.add(zoho.call("DELETE", delinkPath + "?ids=" + zoho.id("contact A"), null));
        errors.add(zoho.call("POST", delinkPath + "/" + zoho.id("contact A"), "{}"));
        errors.add(zoho.callAs(noContacts, "DELETE", delinkPath + "?ids=" + zoho.id("contact A"), null));
        errors.add(zoho.call("DELETE", delinkPath + "?ids=abc", null));
        errors.add(zoho.call(
                "DELETE",
                delinkPath + "?ids="
                        + IntStream.rangeClosed(1, 101)
                                .mapToObj(i -> Long.toString(1000000L + i))
                                .collect(Collectors.joining(",")),
                null));
        errors.add(zoho.callAs("not-a-token", "DELETE", delinkPath + "?ids=" + zoho.id("contact A"), null));
        errors.add(zoho.callAs(null, "DELETE", delinkPath + "?ids=" + zoho.id("contact A"), null));
        errors.add(zoho.call("DELETE", delinkPath + "?ids=", null));
        errors.add(zoho.call("GET", "/Campaigns/" + zoho.id("campaign C") + "/Widgets?fields=Last_Name", null));
        errors.add(zoho.call("DELETE", "/Campaigns/1234567890123/Contacts?ids=" + zoho.id("contact A"), null));
        errors.add(zoho.call("PUT", delinkPath, "[not json"));
        zoho.emulator.injectFault(new Fault(
                RouteKind.DELINK, new Fault.TooManyRequests(java.util.OptionalInt.empty()), FaultSchedule.next(1)));
        errors.add(zoho.call("DELETE", delinkPath + "?ids=" + zoho.id("contact A"), null));

        // THEN together they are every call-level answer of the catalogue under this profile, and each is a conforming
        // error envelope
        Set<ZohoError> answered = errors.stream()
                .map(e -> ZohoError.fromWire(
                                e.responseBody().path("code").asText(),
                                e.responseBody().path("message").asText(),
                                ZohoError.Level.CALL)
                        .orElseThrow(() -> new AssertionError(
                                "not a catalogue call-level error: " + e.label() + " -> " + e.responseBody())))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        then(answered)
                .containsExactlyInAnyOrder(Arrays.stream(ZohoError.values())
                        .filter(e -> e.level() == ZohoError.Level.CALL && !ONLY_UNDER_ANOTHER_PROFILE.contains(e))
                        .filter(e -> ZohoError.fromWire(e.code(), e.message(), ZohoError.Level.CALL)
                                        .orElseThrow()
                                == e)
                        .toArray(ZohoError[]::new));
        ResponseSchemas schemas = ResponseSchemas.forVersion(version);
        for (Exchange error : errors) {
            then(schemas.schemaFor(error)).as(error.label()).contains("error-envelope");
            then(schemas.check(error))
                    .as(error.label() + " -> " + error.responseBody())
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void a_recording_normalised_with_aliases_and_masked_times_still_conforms(ApiVersion version) {
        // GIVEN an insert and a delink answer whose ids are aliases and whose times are masked, as the Normaliser
        // leaves them
        EmulatedZoho zoho = new EmulatedZoho(version);
        Exchange insert = zoho.insert(Module.CONTACTS, "contact A");
        JsonNode insertBody = planted(insert.responseBody(), body -> {
            ObjectNode details = (ObjectNode) body.get("data").get(0).get("details");
            details.put("id", "<contact A>").put("Created_Time", "<time>").put("Modified_Time", "<time>");
            ((ObjectNode) details.get("Created_By")).put("id", "<id 1>");
            ((ObjectNode) details.get("Modified_By")).put("id", "<id 1>");
        });
        JsonNode delinkBody = json(
                "{\"data\":[{\"code\":\"SUCCESS\",\"details\":{\"id\":\"<contact A>\"},\"message\":\"relation removed\",\"status\":\"success\"}]}");

        // WHEN both are checked
        ResponseSchemas schemas = ResponseSchemas.forVersion(version);
        List<SchemaViolation> violations = new ArrayList<>(schemas.check(with(insert, insertBody)));
        violations.addAll(schemas.check(delinkExchange(200, delinkBody)));

        // THEN nothing is reported
        then(violations).isEmpty();
    }

    // ---- planted changes are caught ----------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void a_delink_item_whose_message_is_renamed_to_msg_is_a_breaking_missing_key_and_an_undeclared_msg(
            ApiVersion version) {
        // GIVEN the emulator's bulk delink answer with "message" renamed to "msg" in its first item
        Exchange delink = realBulkDelink(version);
        JsonNode renamed = planted(delink.responseBody(), body -> {
            ObjectNode item = (ObjectNode) body.get("data").get(0);
            item.set("msg", item.remove("message"));
        });

        // WHEN it is checked
        List<SchemaViolation> violations = ResponseSchemas.forVersion(version).check(with(delink, renamed));

        // THEN the missing "message" is breaking and "msg" is an undeclared field, both pointed at and labelled with
        // the call
        then(violations)
                .extracting(SchemaViolation::pointer, SchemaViolation::undeclaredField)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("/data/0/message", false),
                        org.assertj.core.groups.Tuple.tuple("/data/0/msg", true));
        then(violations)
                .allSatisfy(v -> then(v.exchange())
                        .isEqualTo(delink.label())
                        .startsWith("DELETE /crm/{version}/Campaigns/<campaign C>/Contacts?ids="));
        then(violations)
                .filteredOn(SchemaViolation::isBreaking)
                .singleElement()
                .satisfies(v -> then(v.message())
                        .startsWith("[" + version.pathSegment() + "/delink]")
                        .contains("message"));
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void a_new_field_in_a_delink_item_or_its_details_is_reported_as_undeclared_and_nothing_else(ApiVersion version) {
        // GIVEN the emulator's bulk delink answer with a new key in an item and another in the details of the second
        // item
        Exchange delink = realBulkDelink(version);
        JsonNode extended = planted(delink.responseBody(), body -> {
            ((ObjectNode) body.get("data").get(0)).put("trace_id", "abc");
            ((ObjectNode) body.get("data").get(1).get("details")).put("Modified_Time", "2025-01-01T00:00:00+00:00");
        });

        // WHEN it is checked
        List<SchemaViolation> violations = ResponseSchemas.forVersion(version).check(with(delink, extended));

        // THEN exactly the two new keys are reported, as undeclared (additive) fields
        then(violations)
                .extracting(SchemaViolation::pointer)
                .containsExactlyInAnyOrder("/data/0/trace_id", "/data/1/details/Modified_Time");
        then(violations).allMatch(SchemaViolation::undeclaredField);
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void a_delink_items_details_id_sent_as_a_number_is_a_breaking_type_change(ApiVersion version) {
        // GIVEN the emulator's bulk delink answer with details.id of the second item as a JSON number
        Exchange delink = realBulkDelink(version);
        JsonNode numeric = planted(delink.responseBody(), body -> {
            ObjectNode details = (ObjectNode) body.get("data").get(1).get("details");
            details.set("id", LongNode.valueOf(Long.parseLong(details.get("id").asText())));
        });

        // WHEN it is checked
        List<SchemaViolation> violations = ResponseSchemas.forVersion(version).check(with(delink, numeric));

        // THEN one breaking violation points at that id
        then(violations).singleElement().satisfies(v -> {
            then(v.pointer()).isEqualTo("/data/1/details/id");
            then(v.undeclaredField()).isFalse();
        });
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void a_delink_item_status_other_than_success_or_error_is_breaking(ApiVersion version) {
        // GIVEN the emulator's bulk delink answer whose first item says "status":"ok"
        Exchange delink = realBulkDelink(version);
        JsonNode changed = planted(
                delink.responseBody(), body -> ((ObjectNode) body.get("data").get(0)).put("status", "ok"));

        // WHEN it is checked
        List<SchemaViolation> violations = ResponseSchemas.forVersion(version).check(with(delink, changed));

        // THEN the status is the one breaking violation
        then(violations).singleElement().satisfies(v -> {
            then(v.pointer()).isEqualTo("/data/0/status");
            then(v.undeclaredField()).isFalse();
        });
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void a_success_item_with_an_error_code_or_a_changed_message_is_breaking(ApiVersion version) {
        // GIVEN the emulator's bulk delink answer, once with code INVALID_DATA on a success item and once with another
        // success message
        Exchange delink = realBulkDelink(version);
        JsonNode wrongCode = planted(
                delink.responseBody(), body -> ((ObjectNode) body.get("data").get(0)).put("code", "INVALID_DATA"));
        JsonNode wrongMessage = planted(
                delink.responseBody(), body -> ((ObjectNode) body.get("data").get(1)).put("message", "relation added"));

        // WHEN both are checked
        ResponseSchemas schemas = ResponseSchemas.forVersion(version);
        List<SchemaViolation> codeViolations = schemas.check(with(delink, wrongCode));
        List<SchemaViolation> messageViolations = schemas.check(with(delink, wrongMessage));

        // THEN each is one breaking violation at the changed key
        then(codeViolations)
                .extracting(SchemaViolation::pointer, SchemaViolation::undeclaredField)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/data/0/code", false));
        then(messageViolations)
                .extracting(SchemaViolation::pointer, SchemaViolation::undeclaredField)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/data/1/message", false));
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void an_error_envelope_missing_a_key_is_breaking_even_when_the_missing_key_is_code(ApiVersion version) {
        // GIVEN the emulator's UNABLE_TO_PARSE_DATA_TYPE envelope, once without "details" and once without "code"
        EmulatedZoho zoho = new EmulatedZoho(version);
        zoho.insert(Module.CAMPAIGNS, "campaign C");
        Exchange error = zoho.call("DELETE", "/Campaigns/" + zoho.id("campaign C") + "/Contacts?ids=abc", null);
        then(error.responseBody().path("code").asText()).isEqualTo("UNABLE_TO_PARSE_DATA_TYPE");
        JsonNode withoutDetails = planted(error.responseBody(), body -> ((ObjectNode) body).remove("details"));
        JsonNode withoutCode = planted(error.responseBody(), body -> ((ObjectNode) body).remove("code"));

        // WHEN both are checked
        ResponseSchemas schemas = ResponseSchemas.forVersion(version);
        List<SchemaViolation> noDetails = schemas.check(with(error, withoutDetails));
        List<SchemaViolation> noCode = schemas.check(with(error, withoutCode));

        // THEN each missing key is one breaking violation of the error envelope
        then(noDetails).singleElement().satisfies(v -> {
            then(v.pointer()).isEqualTo("/details");
            then(v.undeclaredField()).isFalse();
            then(v.message()).startsWith("[" + version.pathSegment() + "/error-envelope]");
        });
        then(noCode).singleElement().satisfies(v -> {
            then(v.pointer()).isEqualTo("/code");
            then(v.undeclaredField()).isFalse();
        });
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void a_new_key_in_an_error_envelope_or_in_info_is_undeclared_but_a_new_record_field_is_not_reported(
            ApiVersion version) {
        // GIVEN an error envelope with a new top-level key, and a related-records page with a new info key and a new
        // record field
        EmulatedZoho zoho = new EmulatedZoho(version);
        zoho.insert(Module.CAMPAIGNS, "campaign C");
        zoho.insert(Module.CONTACTS, "contact A");
        Exchange error = zoho.call("DELETE", "/Campaigns/" + zoho.id("campaign C") + "/Contacts?ids=abc", null);
        zoho.call(
                "PUT",
                "/Campaigns/" + zoho.id("campaign C") + "/Contacts/" + zoho.id("contact A"),
                "{\"data\":[{\"Member_Status\":\"Active\"}]}");
        Exchange page = zoho.call("GET", "/Campaigns/" + zoho.id("campaign C") + "/Contacts?fields=Last_Name", null);
        JsonNode errorWithKey = planted(error.responseBody(), body -> ((ObjectNode) body).put("request_id", "r-1"));
        JsonNode pageWithKeys = planted(page.responseBody(), body -> {
            ((ObjectNode) body.get("info")).put("sort_by", "id");
            ((ObjectNode) body.get("data").get(0)).put("Email", "a@example.com");
        });

        // WHEN both are checked
        ResponseSchemas schemas = ResponseSchemas.forVersion(version);
        List<SchemaViolation> errorViolations = schemas.check(with(error, errorWithKey));
        List<SchemaViolation> pageViolations = schemas.check(with(page, pageWithKeys));

        // THEN the envelope key and the info key are undeclared fields, the record field is nothing
        then(errorViolations)
                .extracting(SchemaViolation::pointer, SchemaViolation::undeclaredField)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/request_id", true));
        then(pageViolations)
                .extracting(SchemaViolation::pointer, SchemaViolation::undeclaredField)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/info/sort_by", true));
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void an_insert_answer_without_created_by_and_a_page_without_info_are_breaking(ApiVersion version) {
        // GIVEN the emulator's insert answer without details.Created_By, and its related-records page without info
        EmulatedZoho zoho = new EmulatedZoho(version);
        Exchange insert = zoho.insert(Module.CAMPAIGNS, "campaign C");
        zoho.insert(Module.CONTACTS, "contact A");
        zoho.call(
                "PUT",
                "/Campaigns/" + zoho.id("campaign C") + "/Contacts/" + zoho.id("contact A"),
                "{\"data\":[{\"Member_Status\":\"Active\"}]}");
        Exchange page = zoho.call("GET", "/Campaigns/" + zoho.id("campaign C") + "/Contacts?fields=Last_Name", null);
        JsonNode insertChanged = planted(
                insert.responseBody(),
                body -> ((ObjectNode) body.get("data").get(0).get("details")).remove("Created_By"));
        JsonNode pageChanged = planted(page.responseBody(), body -> ((ObjectNode) body).remove("info"));

        // WHEN both are checked
        ResponseSchemas schemas = ResponseSchemas.forVersion(version);

        // THEN each missing key is one breaking violation
        then(schemas.check(with(insert, insertChanged)))
                .extracting(SchemaViolation::pointer, SchemaViolation::undeclaredField)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/data/0/details/Created_By", false));
        then(schemas.check(with(page, pageChanged)))
                .extracting(SchemaViolation::pointer, SchemaViolation::undeclaredField)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/info", false));
    }

    // ---- odd input -----------------------------------------------------------------------------------------------

    @Test
    void shapes_without_a_schema_are_unknown_and_yield_no_violation() {
        // GIVEN a token-endpoint answer, a metadata read, a path outside the CRM and a PATCH on a record
        ResponseSchemas schemas = ResponseSchemas.forVersion(ApiVersion.V7);
        List<Exchange> unknown = List.of(
                new Exchange(
                        Exchange.FIXTURE,
                        "POST",
                        "/oauth/v2/token",
                        null,
                        null,
                        200,
                        json("{\"access_token\":\"x\",\"expires_in\":3600}")),
                new Exchange(
                        Exchange.FIXTURE,
                        "GET",
                        "/crm/{version}/settings/related_lists",
                        "module=Campaigns",
                        null,
                        200,
                        json("{\"related_lists\":[]}")),
                new Exchange(Exchange.FIXTURE, "GET", "/somewhere/else", null, null, 200, json("{\"data\":1}")),
                new Exchange(
                        Exchange.FIXTURE,
                        "PATCH",
                        "/crm/{version}/Contacts/<contact A>",
                        null,
                        null,
                        200,
                        json("{\"data\":1}")),
                new Exchange(
                        Exchange.FIXTURE,
                        "GET",
                        "/crm/{version}/Contacts/deleted",
                        null,
                        null,
                        200,
                        json("{\"data\":1}")));

        // WHEN each is checked
        // THEN none is known and none yields a violation
        for (Exchange exchange : unknown) {
            then(schemas.knows(exchange)).as(exchange.label()).isFalse();
            then(schemas.check(exchange)).as(exchange.label()).isEmpty();
        }
    }

    @Test
    void odd_exchanges_never_throw() {
        // GIVEN exchanges with nulls, empty paths, non-object bodies and a body that is JSON null
        ResponseSchemas schemas = ResponseSchemas.forVersion(ApiVersion.V8);
        List<Exchange> odd = List.of(
                new Exchange(null, null, null, null, null, 0, null),
                new Exchange(Exchange.DELINK, "DELETE", "", null, null, 200, json("[]")),
                new Exchange(Exchange.FIXTURE, "", "/crm", null, null, 200, json("{}")),
                new Exchange(Exchange.FIXTURE, "GET", "/crm/{version}//", null, null, 200, json("{}")),
                new Exchange(
                        Exchange.FIXTURE, "GET", "/crm/{version}/Contacts/<contact A>", null, null, 200, json("null")),
                new Exchange(
                        Exchange.DELINK,
                        "DELETE",
                        "/crm/{version}/Campaigns/<campaign C>/Contacts",
                        null,
                        null,
                        200,
                        TextNode.valueOf("<not JSON: 12 characters>")),
                new Exchange(Exchange.FIXTURE, "GET", "/crm/{version}/Contacts", null, null, 200, IntNode.valueOf(3)));

        // WHEN each is checked
        // THEN nothing throws; the delink that answered text is a breaking violation, the JSON null is nothing to check
        for (Exchange exchange : odd) {
            schemas.knows(exchange);
            schemas.check(exchange);
        }
        then(schemas.knows(odd.get(0))).isFalse();
        then(schemas.check(odd.get(4))).isEmpty();
        then(schemas.check(odd.get(5)))
                .singleElement()
                .satisfies(v -> then(v.undeclaredField()).isFalse());
        then(schemas.check(odd.get(6)))
                .singleElement()
                .satisfies(v -> then(v.pointer()).isEmpty());
        then(schemas.check(null)).isEmpty();
        then(schemas.knows(null)).isFalse();
    }

    @Test
    void the_schemas_of_a_version_are_loaded_once() {
        // GIVEN / WHEN the v2.1 schemas are asked for twice
        ResponseSchemas first = ResponseSchemas.forVersion(ApiVersion.V2_1);
        ResponseSchemas second = ResponseSchemas.forVersion(ApiVersion.V2_1);

        // THEN the same instance answers, for that version only
        then(second).isSameAs(first);
        then(first.version()).isEqualTo(ApiVersion.V2_1);
        then(ResponseSchemas.forVersion(ApiVersion.V7)).isNotSameAs(first);
    }

    @Test
    void v2_1_allows_an_info_block_without_page_tokens_where_v7_and_v8_require_them() {
        // GIVEN a related-records page whose info lacks the three page-token keys
        Exchange page = new Exchange(
                Exchange.FIXTURE,
                "GET",
                "/crm/{version}/Campaigns/<campaign C>/Contacts",
                "fields=Last_Name",
                null,
                200,
                json(
                        "{\"data\":[{\"id\":\"<contact A>\",\"Last_Name\":\"A\"}],\"info\":{\"per_page\":200,\"count\":1,\"page\":1,\"more_records\":false}}"));

        // WHEN it is checked against each version
        // THEN v2.1 accepts it (its docs at hand do not show the tokens) and v7 and v8 report three missing keys
        then(ResponseSchemas.forVersion(ApiVersion.V2_1).check(page)).isEmpty();
        for (ApiVersion version : List.of(ApiVersion.V7, ApiVersion.V8)) {
            then(ResponseSchemas.forVersion(version).check(page))
                    .extracting(SchemaViolation::pointer)
                    .containsExactlyInAnyOrder(
                            "/info/next_page_token", "/info/previous_page_token", "/info/page_token_expiry");
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** The emulator's 200 bulk delink of contacts A and B from campaign C. */
    private static Exchange realBulkDelink(ApiVersion version) {
        EmulatedZoho zoho = new EmulatedZoho(version);
        zoho.insert(Module.CAMPAIGNS, "campaign C");
        zoho.insert(Module.CONTACTS, "contact A");
        zoho.insert(Module.CONTACTS, "contact B");
        zoho.call(
                "PUT",
                "/Campaigns/" + zoho.id("campaign C") + "/Contacts",
                "{\"data\":[{\"id\":\"" + zoho.id("contact A") + "\"},{\"id\":\"" + zoho.id("contact B") + "\"}]}");
        Exchange delink = zoho.call(
                "DELETE",
                "/Campaigns/" + zoho.id("campaign C") + "/Contacts?ids=" + zoho.id("contact A") + ","
                        + zoho.id("contact B"),
                null);
        then(delink.status()).isEqualTo(200);
        then(ResponseSchemas.forVersion(version).check(delink))
                .as("the unchanged answer conforms")
                .isEmpty();
        return delink;
    }

    private static Exchange delinkExchange(int status, JsonNode body) {
        return new Exchange(
                Exchange.DELINK,
                "DELETE",
                "/crm/{version}/Campaigns/<campaign C>/Contacts",
                "ids=<contact A>",
                null,
                status,
                body);
    }

    private static Exchange with(Exchange exchange, JsonNode body) {
        return new Exchange(
                exchange.role(),
                exchange.method(),
                exchange.path(),
                exchange.query(),
                exchange.requestBody(),
                exchange.status(),
                body);
    }

    private static JsonNode planted(JsonNode original, Consumer<JsonNode> change) {
        JsonNode copy = original.deepCopy();
        change.accept(copy);
        then(copy).as("the planted change changed something").isNotEqualTo(original);
        return copy;
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The emulator driven in-process, answering as Exchanges whose paths carry aliases as a normalised recording does. */
    private static final class EmulatedZoho {

        final Emulator emulator = new Emulator(BehaviourProfile.bestEvidence());
        final ApiVersion version;
        final String token;
        private final Map<String, String> ids = new LinkedHashMap<>();

        EmulatedZoho(ApiVersion version) {
            this.version = version;
            this.token = tokenOf(emulator.administrator(), List.of(Scopes.ALL_MODULES));
        }

        String tokenOf(User user, List<String> scopes) {
            return emulator.issueToken(user, scopes, Duration.ofHours(1));
        }

        String id(String alias) {
            String id = ids.get(alias);
            if (id == null) {
                throw new IllegalArgumentException("no record " + alias);
            }
            return id;
        }

        Exchange insert(Module module, String alias) {
            Exchange insert = call(
                    "POST", "/" + module.urlName(), "{\"data\":[{\"" + module.nameField() + "\":\"" + alias + "\"}]}");
            then(insert.status()).as("insert " + alias).isEqualTo(201);
            ids.put(
                    alias,
                    insert.responseBody()
                            .get("data")
                            .get(0)
                            .get("details")
                            .get("id")
                            .asText());
            return insert;
        }

        Exchange call(String method, String pathAndQuery, String body) {
            return callAs(token, method, pathAndQuery, body);
        }

        Exchange callAs(String accessToken, String method, String pathAndQuery, String body) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            if (accessToken != null) {
                headers.put("Authorization", List.of("Zoho-oauthtoken " + accessToken));
            }
            EmulatorResponse response = emulator.apply(
                    EmulatorRequest.of(method, "/crm/" + version.pathSegment() + pathAndQuery, headers, body));
            int q = pathAndQuery.indexOf('?');
            String path = "/crm/{version}" + aliased(q < 0 ? pathAndQuery : pathAndQuery.substring(0, q));
            String query = q < 0 ? null : aliased(pathAndQuery.substring(q + 1));
            String role =
                    method.equals("DELETE") && path.split("/").length - 1 >= 5 ? Exchange.DELINK : Exchange.FIXTURE;
            JsonNode requestBody = body == null ? null : readOrNull(body);
            JsonNode responseBody = response.body().length == 0 ? null : json(response.bodyText());
            return new Exchange(role, method, path, query, requestBody, response.status(), responseBody);
        }

        private String aliased(String text) {
            String result = text;
            for (Map.Entry<String, String> entry : ids.entrySet()) {
                result = result.replace(entry.getValue(), "<" + entry.getKey() + ">");
            }
            return result;
        }

        private static JsonNode readOrNull(String text) {
            try {
                return MAPPER.readTree(text);
            } catch (JsonProcessingException notJson) {
                return null;
            }
        }
    }
}
