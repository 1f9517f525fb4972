package dev.zohodelink.emulator.core.metadata;

import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Provenance;
import dev.zohodelink.emulator.core.codecs.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of each module: what {@code settings/fields} lists and what an insert must carry. Each mandatory field
 * is graded; only documented (or official-SDK) requirements are enforced and served as {@code system_mandatory}.
 * Sources: the create-services and create-appointments pages
 * (https://www.zoho.com/crm/developer/docs/api/v7/create-services.html, .../create-appointments.html), the
 * insert-records and update-related-records pages, and Zoho's official SDK record samples.
 */
public final class ModuleFields {

    private static final String SERVICES_PAGE = "create-services page (v3 to v7): ";
    private static final String APPOINTMENTS_PAGE = "create-appointments page (v3 to v7): ";
    private static final Provenance LAST_NAME = Provenance.zohoDocs(
            "update-related-records page: MANDATORY_NOT_FOUND \"required field not found\" {api_name: Last_Name}");
    private static final Provenance NAME_IN_SDK_SAMPLES = Provenance.officialSdk(
            "Zoho's official SDK record samples set it on every insert (zoho/zohocrm-java-sdk-7.0, samples/record); the flag itself is not documented");
    private static final Provenance SERVICE = Provenance.zohoDocs(SERVICES_PAGE + "\"mandatory\"");
    private static final Provenance APPOINTMENT = Provenance.zohoDocs(APPOINTMENTS_PAGE + "\"mandatory\"");

    public static final List<String> SERVICE_LOCATIONS =
            List.of("Business Address", "Client Address", "Business Address and Client Address");
    static final List<String> AVAILABILITY_TYPES =
            List.of("Every Business Days", "Specific Date Range", "Specific Date(s)", "Specific Day(s)");
    static final List<String> APPOINTMENT_LOCATIONS = List.of("Business Address", "Client Address");
    /** The stages of a new org's standard pipeline: served so that clients can pick one, never checked (not documented). */
    private static final List<String> DEAL_STAGES = List.of(
            "Qualification",
            "Needs Analysis",
            "Value Proposition",
            "Id. Decision Makers",
            "Proposal/Price Quote",
            "Negotiation/Review",
            "Closed Won",
            "Closed Lost",
            "Closed Lost to Competition");

    private ModuleFields() {}

    public static List<FieldDefinition> definitions(Module module) {
        List<FieldDefinition> fields = new ArrayList<>();
        fields.add(FieldDefinition.of(module.nameField(), "text", "string", 120)
                .requiredBecause(
                        switch (module) {
                            case LEADS, CONTACTS -> LAST_NAME;
                            case SERVICES -> SERVICE;
                            case APPOINTMENTS -> APPOINTMENT;
                            default -> NAME_IN_SDK_SAMPLES;
                        }));
        fields.addAll(
                switch (module) {
                    case LEADS ->
                        List.of(
                                FieldDefinition.of("First_Name", "text", "string", 40),
                                FieldDefinition.of("Email", "email", "string", 100),
                                FieldDefinition.of("Company", "text", "string", 200)
                                        .requiredBecause(
                                                Provenance.inferred(
                                                        "older Zoho help lists Company as mandatory for Leads; the API pages do not")));
                    case CONTACTS ->
                        List.of(
                                FieldDefinition.of("First_Name", "text", "string", 40),
                                FieldDefinition.of("Email", "email", "string", 100));
                    case DEALS ->
                        List.of(
                                FieldDefinition.of("Stage", "picklist", "string", 120)
                                        .requiredBecause(NAME_IN_SDK_SAMPLES)
                                        .values(DEAL_STAGES, false),
                                FieldDefinition.of("Pipeline", "picklist", "string", 120)
                                        .values(List.of("Standard (Standard)"), false)
                                        .requiredBecause(
                                                Provenance.inferred(
                                                        "mandatory only where the org has pipelines enabled; not required by default")));
                    case PRICE_BOOKS ->
                        List.of(
                                FieldDefinition.of("Pricing_Model", "picklist", "string", 120)
                                        .requiredBecause(NAME_IN_SDK_SAMPLES)
                                        .values(List.of("Flat", "Differential"), false),
                                FieldDefinition.of("Pricing_Details", "jsonarray", "jsonarray", null)
                                        .requiredBecause(
                                                Provenance.inferred(
                                                        "the discount ranges of the Differential pricing model; the SDK sample sets them")));
                    case SERVICES ->
                        List.of(
                                FieldDefinition.of("Duration", "integer", "integer", 9)
                                        .requiredBecause(SERVICE)
                                        .within(15, 1440),
                                FieldDefinition.of("Location", "picklist", "string", 120)
                                        .requiredBecause(SERVICE)
                                        .values(SERVICE_LOCATIONS, true),
                                FieldDefinition.of("Members", "multiuserlookup", "jsonarray", null)
                                        .requiredBecause(SERVICE),
                                FieldDefinition.of("Availability_Type", "picklist", "string", 120)
                                        .requiredBecause(SERVICE)
                                        .values(AVAILABILITY_TYPES, true),
                                FieldDefinition.of("Price", "integer", "integer", 16)
                                        .requiredBecause(SERVICE)
                                        .within(0, Long.MAX_VALUE));
                    case APPOINTMENTS ->
                        List.of(
                                FieldDefinition.of("Service_Name", "lookup", "jsonobject", null)
                                        .requiredBecause(APPOINTMENT)
                                        .pointingTo(List.of(Module.SERVICES)),
                                FieldDefinition.of("Appointment_For", "multi_module_lookup", "jsonobject", null)
                                        .requiredBecause(APPOINTMENT)
                                        .pointingTo(List.of(Module.CONTACTS, Module.LEADS, Module.ACCOUNTS)),
                                FieldDefinition.of("Owner", "ownerlookup", "jsonobject", null)
                                        .requiredBecause(APPOINTMENT),
                                FieldDefinition.of("Appointment_Start_Time", "datetime", "string", null)
                                        .requiredBecause(APPOINTMENT),
                                FieldDefinition.of("Location", "picklist", "string", 120)
                                        .requiredBecause(APPOINTMENT)
                                        .values(APPOINTMENT_LOCATIONS, true),
                                FieldDefinition.of("Address", "textarea", "string", 2000));
                    default -> List.<FieldDefinition>of();
                });
        fields.add(FieldDefinition.of("Description", "textarea", "string", 32_000));
        fields.add(FieldDefinition.readOnly("Created_Time", "datetime", "string"));
        return fields;
    }

    /** {@code settings/fields?module=}: the definitions as Zoho's fields metadata shapes them. */
    public static List<Map<String, Object>> of(Module module) {
        List<FieldDefinition> definitions = definitions(module);
        List<Map<String, Object>> json = new ArrayList<>();
        for (int i = 0; i < definitions.size(); i++) {
            json.add(toJson(module, i, definitions.get(i)));
        }
        return json;
    }

    private static Map<String, Object> toJson(Module module, int index, FieldDefinition field) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", MetadataIds.field(module, index));
        json.put("api_name", field.apiName());
        json.put("field_label", MetadataIds.fieldLabel(field.apiName()));
        json.put("display_label", MetadataIds.fieldLabel(field.apiName()));
        json.put("data_type", field.dataType());
        json.put("json_type", field.jsonType());
        json.put("system_mandatory", field.enforced());
        json.put("read_only", field.readOnly());
        json.put("custom_field", false);
        json.put("visible", true);
        json.put("length", field.length());
        if (!field.pickListValues().isEmpty()) {
            json.put(
                    "pick_list_values",
                    field.pickListValues().stream()
                            .map(value -> Json.object("display_value", value, "actual_value", value))
                            .toList());
        }
        if (field.dataType().equals("lookup")) {
            Module target = field.lookupModules().get(0);
            json.put(
                    "lookup",
                    Json.object("module", Json.object("api_name", target.urlName(), "id", MetadataIds.module(target))));
        }
        if (field.dataType().equals("multi_module_lookup")) {
            json.put(
                    "multi_module_lookup",
                    Json.object(
                            "modules",
                            field.lookupModules().stream()
                                    .map(target ->
                                            Json.object("api_name", target.urlName(), "id", MetadataIds.module(target)))
                                    .toList()));
        }
        return json;
    }
}
