package dev.zohodelink.emulator.core;

import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.json;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.write;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.metadata.FieldDefinition;
import dev.zohodelink.emulator.core.metadata.ModuleFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Insert Records refuses what Zoho documents it refuses: a missing mandatory field, a value of the wrong kind. */
class InsertValidationTest {

    private final ZohoEmulatorFixture zoho = ZohoEmulatorFixture.bestEvidence();

    /** Every enforced mandatory field of every module, on the versions that have the module. */
    static Stream<Arguments> mandatoryFields() {
        List<Arguments> cases = new ArrayList<>();
        for (String version : List.of("v2.1", "v7", "v8")) {
            for (Module module : Module.values()) {
                if (module.isAvailableIn(ApiVersion.fromPathSegment(version).orElseThrow())) {
                    ModuleFields.definitions(module).stream()
                            .filter(FieldDefinition::enforced)
                            .forEach(field -> cases.add(Arguments.of(version, module, field.apiName())));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1}.{2} on {0}")
    @MethodSource("mandatoryFields")
    void a_record_without_a_mandatory_field_is_refused_with_mandatory_not_found_naming_it(
            String version, Module module, String field) {
        // GIVEN a record the emulator would add, less one mandatory field
        Map<String, Object> record = new LinkedHashMap<>(zoho.validRecord(version, module));
        then(record.remove(field)).as("the planned record carries %s", field).isNotNull();

        // WHEN it is inserted
        EmulatorResponse response = insert(version, module, record);

        // THEN the documented per-record error names the field (and, from v8 on, its JSON path)
        then(response.status()).isEqualTo(400);
        JsonNode item = json(response).at("/data/0");
        then(item.get("code").asText()).isEqualTo(ZohoError.MANDATORY_NOT_FOUND.code());
        then(item.get("message").asText()).isEqualTo("required field not found");
        then(item.at("/details/api_name").asText()).isEqualTo(field);
        then(item.at("/details/json_path").asText(null)).isEqualTo(version.equals("v8") ? "$.data[0]." + field : null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v2.1", "v7", "v8"})
    void a_record_with_every_mandatory_field_is_added_in_every_module_of_the_version(String version) {
        for (Module module : Module.values()) {
            if (module.isAvailableIn(ApiVersion.fromPathSegment(version).orElseThrow())) {
                // WHEN / THEN
                then(insert(version, module, zoho.validRecord(version, module)).status())
                        .as("insert of a %s", module.singular())
                        .isEqualTo(201);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {14, 1441, -30})
    void a_service_shorter_than_15_or_longer_than_1440_minutes_is_invalid_data(int minutes) {
        thenInvalid(Module.SERVICES, "Duration", minutes, "integer");
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 1440})
    void a_service_of_15_or_1440_minutes_is_added(int minutes) {
        Map<String, Object> service = new LinkedHashMap<>(zoho.validRecord("v7", Module.SERVICES));
        service.put("Duration", minutes);
        then(insert("v7", Module.SERVICES, service).status()).isEqualTo(201);
    }

    @Test
    void a_service_location_outside_the_three_documented_values_is_invalid_data() {
        thenInvalid(Module.SERVICES, "Location", "Online", "picklist");
    }

    @Test
    void a_service_whose_members_are_not_users_is_invalid_data() {
        thenInvalid(Module.SERVICES, "Members", List.of(Map.of("Members", Map.of("id", "1234567"))), "multiuserlookup");
    }

    @Test
    void a_service_available_on_a_specific_date_range_needs_its_dates() {
        Map<String, Object> service = new LinkedHashMap<>(zoho.validRecord("v7", Module.SERVICES));
        service.put("Availability_Type", "Specific Date Range");
        thenItem(insert("v7", Module.SERVICES, service), ZohoError.MANDATORY_NOT_FOUND, "Available_From");
    }

    @Test
    void an_appointment_at_the_clients_address_needs_an_address() {
        Map<String, Object> service = new LinkedHashMap<>(zoho.validRecord("v7", Module.SERVICES));
        service.put("Location", "Business Address and Client Address");
        String serviceId = createdId(insert("v7", Module.SERVICES, service));
        Map<String, Object> appointment = new LinkedHashMap<>(zoho.validRecord("v7", Module.APPOINTMENTS));
        appointment.put("Service_Name", Map.of("name", "fixture service", "id", serviceId));
        appointment.put("Location", "Client Address");

        thenItem(insert("v7", Module.APPOINTMENTS, appointment), ZohoError.MANDATORY_NOT_FOUND, "Address");
        appointment.put("Address", "1 Example Street");
        then(insert("v7", Module.APPOINTMENTS, appointment).status()).isEqualTo(201);
    }

    @Test
    void an_appointment_at_a_location_its_service_does_not_offer_is_invalid_data() {
        // GIVEN an appointment at the client's address, for the planned service, which offers the business address only
        Map<String, Object> appointment = new LinkedHashMap<>(zoho.validRecord("v7", Module.APPOINTMENTS));
        appointment.put("Location", "Client Address");
        appointment.put("Address", "1 Example Street");

        // WHEN / THEN
        then(thenItem(insert("v7", Module.APPOINTMENTS, appointment), ZohoError.INVALID_DATA_FIELD, "Location")
                        .at("/details/expected_data_type")
                        .asText())
                .isEqualTo("picklist");
    }

    @Test
    void an_appointment_for_a_service_that_does_not_exist_is_invalid_data() {
        thenInvalid(Module.APPOINTMENTS, "Service_Name", Map.of("name", "gone", "id", "1000000000000000001"), "lookup");
    }

    @Test
    void an_appointment_for_a_customer_of_another_kind_of_module_is_invalid_data() {
        String product = zoho.create(Module.PRODUCTS);
        thenInvalid(
                Module.APPOINTMENTS,
                "Appointment_For",
                Map.of("module", Map.of("api_name", "Products"), "name", "p", "id", product),
                "multi_module_lookup");
    }

    @Test
    void an_appointment_whose_owner_is_not_a_member_of_its_service_is_invalid_data() {
        String otherUser =
                zoho.emulator.addUser("Not A Member", true, java.util.Set.of()).id();
        thenInvalid(Module.APPOINTMENTS, "Owner", Map.of("id", otherUser), "ownerlookup");
    }

    @Test
    void an_appointment_start_time_that_is_not_iso_8601_is_invalid_data() {
        thenInvalid(Module.APPOINTMENTS, "Appointment_Start_Time", "tomorrow at ten", "datetime");
    }

    @Test
    void requires_what_zohos_pages_and_official_sdk_samples_require_and_not_what_is_only_inferred() {
        // WHEN / THEN the README's table "Mandatory fields on insert", module by module
        then(enforced(Module.LEADS)).containsExactly("Last_Name");
        then(enforced(Module.CONTACTS)).containsExactly("Last_Name");
        then(enforced(Module.ACCOUNTS)).containsExactly("Account_Name");
        then(enforced(Module.PRODUCTS)).containsExactly("Product_Name");
        then(enforced(Module.CAMPAIGNS)).containsExactly("Campaign_Name");
        then(enforced(Module.DEALS)).containsExactly("Deal_Name", "Stage");
        then(enforced(Module.PRICE_BOOKS)).containsExactly("Price_Book_Name", "Pricing_Model");
    }

    @Test
    void a_deal_without_a_pipeline_is_added_because_that_requirement_is_only_inferred() {
        // GIVEN the fields metadata lists Pipeline, not mandatory
        JsonNode pipeline = field(Module.DEALS, "Pipeline");
        then(pipeline.get("system_mandatory").asBoolean()).isFalse();
        then(ModuleFields.definitions(Module.DEALS).stream()
                        .filter(f -> f.apiName().equals("Pipeline"))
                        .findFirst()
                        .orElseThrow()
                        .requirement()
                        .orElseThrow()
                        .isAssumed())
                .isTrue();

        // WHEN / THEN a deal without one is added
        Map<String, Object> deal = zoho.validRecord("v7", Module.DEALS);
        then(deal).doesNotContainKey("Pipeline");
        then(insert("v7", Module.DEALS, deal).status()).isEqualTo(201);
    }

    @Test
    void the_fields_metadata_marks_exactly_the_enforced_fields_system_mandatory() {
        for (Module module : Module.values()) {
            List<String> mandatory = new ArrayList<>();
            json(zoho.send("GET", "/crm/v7/settings/fields?module=" + module.urlName()))
                    .get("fields")
                    .forEach(f -> {
                        if (f.get("system_mandatory").asBoolean()) {
                            mandatory.add(f.get("api_name").asText());
                        }
                    });
            then(mandatory)
                    .as("system-mandatory fields of %s", module)
                    .containsExactlyElementsOf(ModuleFields.definitions(module).stream()
                            .filter(FieldDefinition::enforced)
                            .map(FieldDefinition::apiName)
                            .toList());
        }
        then(field(Module.SERVICES, "Location").findValuesAsText("actual_value"))
                .containsExactlyElementsOf(ModuleFields.SERVICE_LOCATIONS);
    }

    @Test
    void a_mixed_insert_adds_the_valid_records_and_answers_207_with_the_failure_in_its_place() {
        Map<String, Object> valid = zoho.validRecord("v7", Module.SERVICES);
        Map<String, Object> withoutPrice = new LinkedHashMap<>(valid);
        withoutPrice.remove("Price");

        EmulatorResponse response = zoho.sendAs(
                zoho.token, "POST", "/crm/v7/Services__s", write(Map.of("data", List.of(valid, withoutPrice))));

        then(response.status()).isEqualTo(207);
        then(json(response).at("/data/0/code").asText()).isEqualTo("SUCCESS");
        then(json(response).at("/data/1/details/api_name").asText()).isEqualTo("Price");
    }

    private static List<String> enforced(Module module) {
        return ModuleFields.definitions(module).stream()
                .filter(FieldDefinition::enforced)
                .map(FieldDefinition::apiName)
                .toList();
    }

    private void thenInvalid(Module module, String fieldName, Object value, String expectedType) {
        // GIVEN a record the emulator would add, with one value it must not accept
        Map<String, Object> record = new LinkedHashMap<>(zoho.validRecord("v7", module));
        record.put(fieldName, value);

        // WHEN it is inserted
        EmulatorResponse response = insert("v7", module, record);

        // THEN INVALID_DATA "invalid data" names the field and its type, as Zoho does for a wrong value
        JsonNode item = thenItem(response, ZohoError.INVALID_DATA_FIELD, fieldName);
        then(item.at("/details/expected_data_type").asText()).isEqualTo(expectedType);
    }

    private static JsonNode thenItem(EmulatorResponse response, ZohoError error, String fieldName) {
        then(response.status()).as(response.bodyText()).isEqualTo(400);
        JsonNode item = json(response).at("/data/0");
        then(item.get("code").asText()).isEqualTo(error.code());
        then(item.get("message").asText()).isEqualTo(error.message());
        then(item.at("/details/api_name").asText()).isEqualTo(fieldName);
        return item;
    }

    private EmulatorResponse insert(String version, Module module, Map<String, Object> record) {
        return zoho.sendAs(
                zoho.token, "POST", "/crm/" + version + "/" + module.urlName(), write(Map.of("data", List.of(record))));
    }

    private static String createdId(EmulatorResponse response) {
        then(response.status()).as(response.bodyText()).isEqualTo(201);
        return json(response).at("/data/0/details/id").asText();
    }

    private JsonNode field(Module module, String apiName) {
        for (JsonNode f : json(zoho.send("GET", "/crm/v7/settings/fields?module=" + module.urlName()))
                .get("fields")) {
            if (f.get("api_name").asText().equals(apiName)) {
                return f;
            }
        }
        throw new AssertionError("no field " + apiName + " in " + module);
    }
}
