package dev.zohodelink.emulator.core;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.core.codecs.Json;
import dev.zohodelink.emulator.core.metadata.FieldDefinition;
import dev.zohodelink.emulator.core.metadata.FieldValues;
import dev.zohodelink.emulator.core.metadata.ModuleFields;
import dev.zohodelink.emulator.core.oauth.Identity;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one record of an insert against its module's fields, as Zoho does before adding it: every enforced mandatory
 * field present (else MANDATORY_NOT_FOUND, documented on the insert-records page), then each value of the right kind
 * (else INVALID_DATA "invalid data", seen on the wire), then the fields documented as mandatory only for some
 * values, then the appointment's agreement with its service. Zoho reports one error per record; so does this.
 * Runs under the org's lock.
 */
final class InsertValidator {

    /** "mandatory for Client Address" and "mandatory for Specific Date Range / Date(s) / Day(s)" (create-appointments, create-services). */
    private record Dependent(Module module, String field, String value, List<String> required) {}

    private static final List<Dependent> DEPENDENTS = List.of(
            new Dependent(Module.APPOINTMENTS, "Location", "Client Address", List.of("Address")),
            new Dependent(
                    Module.SERVICES,
                    "Availability_Type",
                    "Specific Date Range",
                    List.of("Available_From", "Available_Till")),
            new Dependent(Module.SERVICES, "Availability_Type", "Specific Date(s)", List.of("Available_Dates")),
            new Dependent(Module.SERVICES, "Availability_Type", "Specific Day(s)", List.of("Available_Days")));

    /** Why a record is refused: the catalogue entry and its details. */
    record Problem(ZohoError error, Map<String, Object> details) {}

    private final Records records;
    private final Identity identity;

    InsertValidator(Records records, Identity identity) {
        this.records = records;
        this.identity = identity;
    }

    /** The per-record error for the record at {@code index} of {@code data[]}, or empty when Zoho would add it. */
    Optional<Problem> problem(ApiVersion version, Module module, int index, Map<String, Object> fields) {
        List<FieldDefinition> definitions = ModuleFields.definitions(module);
        for (FieldDefinition field : definitions) {
            if (field.enforced() && isBlank(fields.get(field.apiName()))) {
                return Optional.of(error(ZohoError.MANDATORY_NOT_FOUND, version, index, field.apiName(), null));
            }
        }
        for (FieldDefinition field : definitions) {
            Object value = fields.get(field.apiName());
            if (!isBlank(value) && !isValid(field, value)) {
                return Optional.of(
                        error(ZohoError.INVALID_DATA_FIELD, version, index, field.apiName(), field.dataType()));
            }
        }
        for (Dependent dependent : DEPENDENTS) {
            if (dependent.module() == module && dependent.value().equals(fields.get(dependent.field()))) {
                for (String required : dependent.required()) {
                    if (isBlank(fields.get(required))) {
                        return Optional.of(error(ZohoError.MANDATORY_NOT_FOUND, version, index, required, null));
                    }
                }
            }
        }
        return module == Module.APPOINTMENTS ? appointmentAgreesWithService(version, index, fields) : Optional.empty();
    }

    /**
     * "Owner: the ID of the service member who will provide the service" and "Location: 'Client Address' and
     * 'Business Address' that matches the service Location" (create-appointments page).
     */
    private Optional<Problem> appointmentAgreesWithService(ApiVersion version, int index, Map<String, Object> fields) {
        StoredRecord service = records.record(
                        Module.SERVICES,
                        FieldValues.id(fields.get("Service_Name")).orElseThrow())
                .orElseThrow();
        List<String> members = FieldValues.userIds(service.fields().get("Members"));
        if (!members.contains(FieldValues.id(fields.get("Owner")).orElseThrow())) {
            return Optional.of(error(ZohoError.INVALID_DATA_FIELD, version, index, "Owner", "ownerlookup"));
        }
        if (!String.valueOf(service.fields().get("Location")).contains(String.valueOf(fields.get("Location")))) {
            return Optional.of(error(ZohoError.INVALID_DATA_FIELD, version, index, "Location", "picklist"));
        }
        return Optional.empty();
    }

    private boolean isValid(FieldDefinition field, Object value) {
        return switch (field.dataType()) {
            case "integer" ->
                FieldValues.wholeNumber(value)
                        .filter(n -> field.range().map(r -> r.contains(n)).orElse(true))
                        .isPresent();
            case "picklist" -> !field.checksValues() || field.pickListValues().contains(String.valueOf(value));
            case "datetime" -> isDateTime(value);
            case "lookup" ->
                FieldValues.id(value)
                        .flatMap(id -> records.record(field.lookupModules().get(0), id))
                        .isPresent();
            case "multi_module_lookup" ->
                FieldValues.lookupModule(value, field.lookupModules())
                        .flatMap(target -> FieldValues.id(value).flatMap(id -> records.record(target, id)))
                        .isPresent();
            case "ownerlookup" -> FieldValues.id(value).flatMap(identity::user).isPresent();
            case "multiuserlookup" ->
                value instanceof List<?>
                        && FieldValues.userIds(value).size() == ((List<?>) value).size()
                        && FieldValues.userIds(value).stream()
                                .allMatch(id -> identity.user(id).isPresent());
            default -> true;
        };
    }

    private static boolean isDateTime(Object value) {
        try {
            OffsetDateTime.parse(String.valueOf(value));
            return true;
        } catch (DateTimeParseException notIso8601) {
            return false;
        }
    }

    private static boolean isBlank(Object value) {
        return value == null
                || value.toString().isBlank()
                || (value instanceof List<?> list && list.isEmpty())
                || (value instanceof Map<?, ?> map && map.isEmpty());
    }

    /**
     * {@code {api_name}} as documented, with {@code expected_data_type} for a wrong value (seen on the wire), and from
     * v8 on {@code json_path} (documented on the v8 insert-records page).
     */
    private static Problem error(ZohoError error, ApiVersion version, int index, String apiName, String expectedType) {
        Map<String, Object> details = Json.object("api_name", apiName);
        if (expectedType != null) {
            details.put("expected_data_type", expectedType);
        }
        if (version == ApiVersion.V8) {
            details.put("json_path", "$.data[" + index + "]." + apiName);
        }
        return new Problem(error, details);
    }
}
