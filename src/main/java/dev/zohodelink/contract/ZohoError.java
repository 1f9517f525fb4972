package dev.zohodelink.contract;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The error catalogue: every error the delink API documents, plus the errors Zoho returns around it
 * (tokens, limits, parameters) and those of the fixture APIs the suite and emulator use.
 *
 * <p>Constant names start with the wire code and carry a suffix only where Zoho reuses a code for another
 * meaning. The emulator renders its error bodies from here, the step definitions assert from here and the
 * README's error table is generated from here. {@link #message()} is the text sent on the wire;
 * {@link #pageMessage()} is the prose of the delink page where it differs.
 */
public enum ZohoError {
    INVALID_MODULE("INVALID_MODULE", 400, Level.CALL, true,
            "the module name given seems to be invalid", "The module name given seems to be invalid",
            Map.of("resource_path_index", 0),
            Provenance.documented("delink page, Possible Errors"),
            Provenance.seenOnWire("rikas/zoho_hub#77: lower-case on the wire"),
            Provenance.thirdParty("integration-test fixture shows {resource_path_index:0}; other captures show {}")),
    INVALID_MODULE_NOT_SUPPORTED("INVALID_MODULE", 400, Level.CALL, true,
            "The given module is not supported in API", null,
            Map.of("resource_path_index", 0),
            Provenance.documented("delink page, Possible Errors (\"such as Documents and Projects\")"),
            Provenance.documented("page prose; the case on the wire is unknown (zoho-api.md, unknown 11)"),
            Provenance.thirdParty("{resource_path_index:0} in generated examples")),
    INVALID_URL_PATTERN("INVALID_URL_PATTERN", 404, Level.CALL, true,
            "Please check if the URL trying to access is a correct one", null,
            Map.of(),
            Provenance.documented("delink page, Possible Errors"),
            Provenance.officialSdk("same text in the SDK/OAS message enum"),
            Provenance.seenOnWire("details {} on every captured Zoho error envelope")),
    OAUTH_SCOPE_MISMATCH("OAUTH_SCOPE_MISMATCH", 401, Level.CALL, true,
            "invalid oauth scope to access this URL", "Unauthorized",
            Map.of(),
            Provenance.documented("delink page, Possible Errors: client lacks ZohoCRM.modules.{module_name}.DELETE"),
            Provenance.seenOnWire("real body \"invalid oauth scope to access this URL\" (zoho-api.md §2)"),
            Provenance.seenOnWire("details {}")),
    NO_PERMISSION("NO_PERMISSION", 403, Level.CALL, true,
            "Permission denied to delete records", null,
            Map.of(),
            Provenance.documented("delink page, Possible Errors"),
            Provenance.documented("page text; the only wire capture (\"permission denied\") is for a profile without API access"),
            Provenance.unknown("the wire capture for API access carries {permissions:[...]}; for delete permission unknown")),
    INTERNAL_ERROR("INTERNAL_ERROR", 500, Level.CALL, true,
            "Internal server error occurred.", "Internal Server Error",
            Map.of(),
            Provenance.documented("delink page, Possible Errors"),
            Provenance.officialSdk("SDK related-records message enum; the page says \"Internal Server Error\""),
            Provenance.inferred("details {} as in every captured error envelope")),
    INVALID_REQUEST_METHOD("INVALID_REQUEST_METHOD", 400, Level.CALL, true,
            "The http request method type is not a valid one", null,
            Map.of(),
            Provenance.documented("delink page, Possible Errors"),
            Provenance.officialSdk("same text in the SDK/OAS message enum"),
            Provenance.inferred("details {}")),
    AUTHORIZATION_FAILED("AUTHORIZATION_FAILED", 400, Level.CALL, true,
            "User does not have sufficient privilege to delete related records data", null,
            Map.of(),
            Provenance.documented("delink page, Possible Errors"),
            Provenance.documented("page text; not seen on the wire"),
            Provenance.thirdParty("details {} in generated examples")),
    INVALID_DATA("INVALID_DATA", 400, Level.ITEM, true,
            "the related id given seems to be invalid", null,
            Map.of(),
            Provenance.documented("delink page, Possible Errors; per-record inside data[] per the official OAS (oneOf Success_Response, API_Exception)"),
            Provenance.documented("page text, lower-case on the page too"),
            Provenance.inferred("details {id} by analogy with the success item")),
    UNABLE_TO_PARSE_DATA_TYPE("UNABLE_TO_PARSE_DATA_TYPE", 400, Level.CALL, true,
            "either the request body or parameters is in wrong format", null,
            Map.of(),
            Provenance.documented("delink page, Possible Errors"),
            Provenance.documented("page text"),
            Provenance.thirdParty("details {} in generated examples")),
    LIMIT_EXCEEDED("LIMIT_EXCEEDED", 400, Level.CALL, false,
            "Limit Exceeded, You cannot give more than 100 record ids", null,
            orderedDetails("limit", "100", "param_name", "ids"),
            Provenance.inferred("the 100-id limit is documented but its error is not; Zoho answers LIMIT_EXCEEDED HTTP 400 for per-call limits elsewhere"),
            Provenance.thirdParty("generated delink examples (zoho-api.md §1.4)"),
            Provenance.thirdParty("two shapes in circulation: {limit,param_name} and {limit,limit_due_to}")),
    INVALID_TOKEN("INVALID_TOKEN", 401, Level.CALL, false,
            "invalid oauth token", null,
            Map.of(),
            Provenance.seenOnWire("solspace/craft-freeform#1372"),
            Provenance.seenOnWire("solspace/craft-freeform#1372"),
            Provenance.seenOnWire("details {}")),
    AUTHENTICATION_FAILURE("AUTHENTICATION_FAILURE", 401, Level.CALL, false,
            "Authentication failed", null,
            Map.of(),
            Provenance.seenOnWire("probe without an Authorization header (zoho-api.md §2)"),
            Provenance.seenOnWire("probe without an Authorization header"),
            Provenance.seenOnWire("details {}")),
    REQUIRED_PARAM_MISSING("REQUIRED_PARAM_MISSING", 400, Level.CALL, false,
            "One of the expected parameter is missing", null,
            Map.of("param_name", "ids"),
            Provenance.inferred("delink does not say; delete-records documents REQUIRED_PARAM_MISSING for a missing ids parameter"),
            Provenance.documented("delete-records page text"),
            Provenance.seenOnWire("{param_name} seen on v7 for fields")),
    INVALID_DATA_RELATION_NOT_FOUND("INVALID_DATA", 400, Level.ITEM, false,
            "relation not found", null,
            Map.of(),
            Provenance.thirdParty("generated delink examples show INVALID_DATA \"relation not found\" for an id that is not related"),
            Provenance.thirdParty("generated delink examples; Contact_Roles documents \"relation not found\" as MANDATORY_NOT_FOUND"),
            Provenance.inferred("details {id}")),
    INVALID_DATA_RELATION_NAME("INVALID_DATA", 400, Level.CALL, false,
            "the relation name given seems to be invalid", null,
            Map.of("resource_path_index", 2),
            Provenance.inferred("documented for Get Related Records (INVALID_DATA when the related list name is invalid); the delink page does not say"),
            Provenance.seenOnWire("GET Deals/{id}/Contacts (zoho-api.md §1.4)"),
            Provenance.thirdParty("{resource_path_index:2} in generated examples")),
    INVALID_DATA_RECORD_ID("INVALID_DATA", 400, Level.CALL, false,
            "the related id given seems to be invalid", null,
            Map.of("resource_path_index", 1),
            Provenance.inferred("a PUT on a deleted Lead answered INVALID_DATA {resource_path_index:1}; Contact_Roles uses this message for the parent id"),
            Provenance.documented("Contact_Roles page uses this text for an invalid parent id"),
            Provenance.seenOnWire("{resource_path_index:1} on a PUT to a deleted Lead")),
    INVALID_DATA_BODY("INVALID_DATA", 400, Level.CALL, false,
            "body", null,
            Map.of("expected_data_type", "jsonobject"),
            Provenance.seenOnWire("yellow.ai capture of a request with a malformed body"),
            Provenance.seenOnWire("yellow.ai capture"),
            Provenance.seenOnWire("yellow.ai capture")),
    MANDATORY_NOT_FOUND("MANDATORY_NOT_FOUND", 400, Level.ITEM, false,
            "required field not found", null,
            Map.of(),
            Provenance.documented("insert-records and update-related-records pages"),
            Provenance.documented("insert-records page"),
            Provenance.documented("{api_name} of the missing field")),
    TOO_MANY_REQUESTS("TOO_MANY_REQUESTS", 429, Level.CALL, false,
            "too many requests", null,
            Map.of(),
            Provenance.documented("Kaizen #203: exceeding the (sub-)concurrency limits returns a TOO_MANY_REQUESTS error, HTTP 429 (zoho-api.md §6)"),
            Provenance.unknown("the wire message is not documented (zoho-api.md, unknown 7); the emulator's choice"),
            Provenance.inferred("details {} as in every captured error envelope")),
    INVALID_DATA_RECORD_NOT_DELETED("INVALID_DATA", 400, Level.ITEM, false,
            "record not deleted", null,
            Map.of(),
            Provenance.documented("delete-records page: already deleted"),
            Provenance.documented("delete-records page"),
            Provenance.documented("details {id}")),
    INVALID_DATA_FIELD("INVALID_DATA", 400, Level.ITEM, false,
            "invalid data", null,
            Map.of(),
            Provenance.seenOnWire("n8n-io/n8n#8508: an insert whose Phone value was not a phone number"),
            Provenance.seenOnWire("n8n-io/n8n#8508"),
            Provenance.seenOnWire("{api_name, expected_data_type} of the field at fault"));

    private static Map<String, Object> orderedDetails(String firstKey, Object firstValue, String secondKey, Object secondValue) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(firstKey, firstValue);
        details.put(secondKey, secondValue);
        return java.util.Collections.unmodifiableMap(details);
    }

    /** Whether an error rejects the whole call or one record of it. */
    public enum Level { CALL, ITEM }

    public static final String STATUS = "error";

    private final String code;
    private final int httpStatus;
    private final Level level;
    private final boolean onDelinkPage;
    private final String message;
    private final String pageMessage;
    private final Map<String, Object> details;
    private final Provenance provenance;
    private final Provenance messageProvenance;
    private final Provenance detailsProvenance;

    ZohoError(String code, int httpStatus, Level level, boolean onDelinkPage, String message, String pageMessage,
              Map<String, Object> details, Provenance provenance, Provenance messageProvenance, Provenance detailsProvenance) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.level = level;
        this.onDelinkPage = onDelinkPage;
        this.message = message;
        this.pageMessage = pageMessage;
        this.details = details;
        this.provenance = provenance;
        this.messageProvenance = messageProvenance;
        this.detailsProvenance = detailsProvenance;
    }

    public String code() {
        return code;
    }

    /** For call-level errors the status of the response; for item errors the status when every record fails. */
    public int httpStatus() {
        return httpStatus;
    }

    public Level level() {
        return level;
    }

    /** One of the ten entries of the delink page's "Possible Errors". */
    public boolean isOnDelinkPage() {
        return onDelinkPage;
    }

    public String message() {
        return message;
    }

    public String pageMessage() {
        return pageMessage == null ? message : pageMessage;
    }

    public Map<String, Object> details() {
        return details;
    }

    public Provenance provenance() {
        return provenance;
    }

    public Provenance messageProvenance() {
        return messageProvenance;
    }

    public Provenance detailsProvenance() {
        return detailsProvenance;
    }

    /** True when code, status or message rest on less than documentation, the wire or Zoho's SDK. */
    public boolean isAssumed() {
        return provenance.isAssumed() || messageProvenance.isAssumed();
    }

    /** The details worth asserting: only those not assumed. */
    public Optional<Map<String, Object>> knownDetails() {
        return detailsProvenance.isAssumed() || level == Level.ITEM ? Optional.empty() : Optional.of(details);
    }

    /** The Zoho error envelope: {@code {"code","details","message","status"}}. */
    public Map<String, Object> body(Map<String, Object> detailValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("details", detailValues);
        body.put("message", message);
        body.put("status", STATUS);
        return body;
    }

    public Map<String, Object> body() {
        return body(details);
    }

    /**
     * The catalogue entry an error object describes: a whole-call envelope ({@link Level#CALL}) or an element of
     * {@code data[]} ({@link Level#ITEM}). Empty for a code and message the catalogue does not know.
     */
    public static Optional<ZohoError> fromWire(String code, String message, Level level) {
        return Arrays.stream(values()).filter(e -> e.level == level && e.code.equals(code) && e.message.equals(message)).findFirst();
    }
}
