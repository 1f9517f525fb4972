package dev.zohodelink.contract;

import static dev.zohodelink.contract.ErrorGrades.codeAndStatus;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The error catalogue: every error the delink API documents, plus the errors Zoho returns around it
 * (tokens, limits, parameters) and those of the fixture APIs the suite and emulator use.
 *
 * <p>Constant names start with the wire code and carry a suffix only where Zoho reuses a code for another
 * meaning; the features name the code, never the constant. The emulator renders its error bodies from here, the
 * steps assert from here ({@link #claims()}, each graded) and the README's error table is generated from here.
 * {@link #message()} is the exact text the emulator sends; {@link #pageMessage()} is the delink page's prose.
 */
public enum ZohoError {
    INVALID_MODULE(
            "INVALID_MODULE",
            400,
            Level.CALL,
            true,
            "the module name given seems to be invalid",
            details("resource_path_index", 0),
            codeAndStatus(Provenance.delinkPage(Sources.POSSIBLE_ERRORS))
                    .pageText("The module name given seems to be invalid")
                    .message(Provenance.seenOnWire("rikas/zoho_hub#77: lower case on the wire"))
                    .details(Provenance.officialExample(Sources.OAS_PATH_ERRORS + "; some captures show {}"))),
    INVALID_MODULE_NOT_SUPPORTED(
            "INVALID_MODULE",
            400,
            Level.CALL,
            true,
            "The given module is not supported in API",
            details("resource_path_index", 0),
            codeAndStatus(Provenance.delinkPage(Sources.POSSIBLE_ERRORS + " (\"such as Documents and Projects\")"))
                    .code(
                            Provenance.contested(
                                    "the delink page; Zoho's official OpenAPI example says NOT_SUPPORTED (docs/evidence.md §9.1)"))
                    .documentedCodes(List.of("INVALID_MODULE", "NOT_SUPPORTED"), Sources.NOT_SUPPORTED_CODES)
                    .pageText("The given module is not supported in API")
                    .message(Provenance.inferred(
                            "the page's text; its case on the wire is unknown (docs/evidence.md, open question 11)"))
                    .details(Provenance.officialExample(Sources.OAS_PATH_ERRORS))),
    NOT_SUPPORTED(
            "NOT_SUPPORTED",
            400,
            Level.CALL,
            false,
            "The given module is not supported in API",
            details("resource_path_index", 0),
            codeAndStatus(Provenance.delinkPage(Sources.POSSIBLE_ERRORS + " (\"such as Documents and Projects\")"))
                    .code(
                            Provenance.contested(
                                    "Zoho's official OpenAPI example; the delink page says INVALID_MODULE (docs/evidence.md §9.1)"))
                    .documentedCodes(List.of("INVALID_MODULE", "NOT_SUPPORTED"), Sources.NOT_SUPPORTED_CODES)
                    .pageText("The given module is not supported in API")
                    .message(Provenance.officialExample(Sources.OAS_PATH_ERRORS))
                    .details(Provenance.officialExample(Sources.OAS_PATH_ERRORS))),
    INVALID_URL_PATTERN(
            "INVALID_URL_PATTERN",
            404,
            Level.CALL,
            true,
            "Please check if the URL trying to access is a correct one",
            Map.of(),
            codeAndStatus(Provenance.delinkPage(Sources.POSSIBLE_ERRORS))
                    .pageText("Please check if the URL trying to access is a correct one")
                    .message(Provenance.officialSdk("the same text, case included, in the SDKs' message enum"))
                    .details(Provenance.seenOnWire("details {} on captured Zoho errors of this kind"))),
    OAUTH_SCOPE_MISMATCH(
            "OAUTH_SCOPE_MISMATCH",
            401,
            Level.CALL,
            true,
            "invalid oauth scope to access this URL",
            Map.of(),
            codeAndStatus(Provenance.delinkPage(
                            Sources.POSSIBLE_ERRORS + ": the client lacks ZohoCRM.modules.{module_name}.DELETE"))
                    .pageProse("Unauthorized")
                    .message(Provenance.seenOnWire(
                            "a real answer reads \"invalid oauth scope to access this URL\" (docs/evidence.md §2)"))
                    .details(Provenance.seenOnWire("details {} in the capture"))),
    NO_PERMISSION(
            "NO_PERMISSION",
            403,
            Level.CALL,
            true,
            "permission denied",
            details("permissions", List.of("Crm_Implied_Delete_Related_Records")),
            codeAndStatus(Sources.WHICH_PERMISSION_CODE)
                    .refusal(Provenance.delinkPage(
                            Sources.POSSIBLE_ERRORS + ": a user without permission to delete related records data"))
                    .documentedCodes(List.of("NO_PERMISSION", "AUTHORIZATION_FAILED"), Sources.PERMISSION_CODES)
                    .pageProse("Permission denied to delete records")
                    .message(
                            Provenance.seenOnWire(
                                    "the one capture reads \"permission denied\", for a profile without API access (docs/evidence.md §2)"))
                    .detailsKeys(
                            List.of("permissions"),
                            Provenance.officialExample(
                                    "the official OpenAPI example of a delink's NO_PERMISSION has details {permissions: [...]}; the permission the emulator names is inferred (docs/evidence.md §2)"))),
    INTERNAL_ERROR(
            "INTERNAL_ERROR",
            500,
            Level.CALL,
            true,
            "Internal server error occurred.",
            Map.of(),
            codeAndStatus(Provenance.delinkPage(Sources.POSSIBLE_ERRORS))
                    .pageProse("Internal Server Error")
                    .message(
                            Provenance.officialSdk(
                                    "the SDKs' message enum; the official OpenAPI example says \"Unexpected and unhandled exception in Server\""))
                    .details(Provenance.inferred("details {} as on every captured Zoho error"))),
    INVALID_REQUEST_METHOD(
            "INVALID_REQUEST_METHOD",
            400,
            Level.CALL,
            true,
            "The http request method type is not a valid one",
            Map.of(),
            codeAndStatus(Provenance.delinkPage(Sources.POSSIBLE_ERRORS))
                    .pageText("The http request method type is not a valid one")
                    .message(Provenance.officialSdk("the same text, case included, in the SDKs' message enum"))
                    .details(Provenance.inferred("details {} as on every captured Zoho error"))),
    AUTHORIZATION_FAILED(
            "AUTHORIZATION_FAILED",
            400,
            Level.CALL,
            true,
            "User does not have sufficient privilege to delete related records data",
            Map.of(),
            codeAndStatus(Sources.WHICH_PERMISSION_CODE)
                    .refusal(Provenance.delinkPage(
                            Sources.POSSIBLE_ERRORS + ": a user without permission to delete related records data"))
                    .documentedCodes(List.of("NO_PERMISSION", "AUTHORIZATION_FAILED"), Sources.PERMISSION_CODES)
                    .pageTextOfItsCode("User does not have sufficient privilege to delete related records data")
                    .message(Provenance.inferred("the page's text; its case on the wire is unknown"))),
    INVALID_DATA(
            "INVALID_DATA",
            400,
            Level.ITEM,
            true,
            "the related id given seems to be invalid",
            Map.of(),
            codeAndStatus(Provenance.delinkPage(
                            Sources.POSSIBLE_ERRORS + ": \"You have specified an incorrect related record ID\""))
                    .status(Provenance.officialExample(
                            "400 when every record fails, in the official OpenAPI examples (docs/evidence.md §9.1)"))
                    .pageText("the related id given seems to be invalid")
                    .message(Provenance.officialSdk("the same text, lower case, in the SDKs' message enum"))
                    .reportedAs(Provenance.officialExample(
                            "the official OpenAPI file puts per-record errors in data[], each with details.id"))),
    UNABLE_TO_PARSE_DATA_TYPE(
            "UNABLE_TO_PARSE_DATA_TYPE",
            400,
            Level.CALL,
            true,
            "either the request body or parameters is in wrong format",
            Map.of(),
            codeAndStatus(Provenance.delinkPage(Sources.POSSIBLE_ERRORS
                            + ": \"The parameter values are in the wrong format. Specify valid record IDs\""))
                    .pageText("either the request body or parameters is in wrong format")
                    .message(Provenance.inferred("the page's text; its case on the wire is unknown"))
                    .details(Provenance.officialExample("details {} in the official OpenAPI examples"))
                    .reportedAs(
                            Provenance.officialExample(
                                    "the official OpenAPI file declares ids with the pattern ^[0-9]+(,[0-9]+)*$: a malformed list is a malformed parameter"))),
    UNABLE_TO_PARSE_DATA_TYPE_IN_PATH(
            "UNABLE_TO_PARSE_DATA_TYPE",
            400,
            Level.CALL,
            false,
            "either the request body or parameters is in wrong format",
            Map.of(),
            codeAndStatus(
                            Provenance.inferred(
                                    "nothing documents a record id in the path that is not a number (docs/evidence.md, open question 6)"))
                    .message(Provenance.inferred("the page's text for malformed ids"))),
    LIMIT_EXCEEDED(
            "LIMIT_EXCEEDED",
            400,
            Level.CALL,
            false,
            "Limit Exceeded, You cannot give more than 100 record ids",
            details("limit", "100", "param_name", "ids"),
            codeAndStatus(Provenance.officialExample(
                            "the official OpenAPI example for more than 100 ids (docs/evidence.md §9.1)"))
                    .refusal(Provenance.delinkPage("Note: \"you can specify a maximum of 100 related record IDs\""))
                    .message(Provenance.officialExample("the official OpenAPI example"))
                    .details(Provenance.officialExample("the official OpenAPI example, limit as a string"))),
    INVALID_TOKEN(
            "INVALID_TOKEN",
            401,
            Level.CALL,
            false,
            "invalid oauth token",
            Map.of(),
            codeAndStatus(Provenance.seenOnWire("solspace/craft-freeform#1372"))
                    .refusal(Provenance.zohoDocs("every call carries an access token Zoho issued (OAuth pages)"))
                    .message(Provenance.seenOnWire("solspace/craft-freeform#1372"))
                    .details(Provenance.seenOnWire("details {} in the capture"))),
    INVALID_TOKEN_EXPIRED(
            "INVALID_TOKEN",
            401,
            Level.CALL,
            false,
            "invalid oauth token",
            Map.of(),
            codeAndStatus(
                            Provenance.zohoDocs(
                                    "the create-services page lists INVALID_TOKEN for \"The access token you used has expired\""))
                    .status(Provenance.seenOnWire(
                            "401 with INVALID_TOKEN in solspace/craft-freeform#1372, for another cause"))
                    .refusal(Provenance.zohoDocs("an access token is valid for one hour (OAuth pages)"))
                    .message(
                            Provenance.inferred(
                                    "no capture shows the message for an expired token; the one for an unknown token is assumed"))),
    AUTHENTICATION_FAILURE(
            "AUTHENTICATION_FAILURE",
            401,
            Level.CALL,
            false,
            "Authentication failed",
            Map.of(),
            codeAndStatus(Provenance.seenOnWire("probes without an Authorization header (docs/evidence.md §2)"))
                    .refusal(Provenance.delinkPage("Header: Authorization Zoho-oauthtoken is required"))
                    .message(Provenance.seenOnWire("probes without an Authorization header"))
                    .details(Provenance.seenOnWire("details {} in the probes"))),
    MANDATORY_NOT_FOUND_IDS(
            "MANDATORY_NOT_FOUND",
            400,
            Level.CALL,
            false,
            "One of the expected parameter is missing",
            details("param_name", "ids"),
            codeAndStatus(
                            Provenance.officialExample(
                                    "the official OpenAPI example for a missing ids parameter; contested by REQUIRED_PARAM_MISSING (docs/evidence.md §9.1)"))
                    .refusal(Provenance.delinkPage("Parameters: ids is mandatory when delinking several records"))
                    .message(Provenance.officialExample("the official OpenAPI example"))
                    .details(Provenance.officialExample("the official OpenAPI example"))),
    REQUIRED_PARAM_MISSING(
            "REQUIRED_PARAM_MISSING",
            400,
            Level.CALL,
            false,
            "One of the expected parameter is missing",
            details("param_name", "ids"),
            codeAndStatus(
                            Provenance.inferred(
                                    "delete-records documents REQUIRED_PARAM_MISSING for a missing ids parameter; contested by MANDATORY_NOT_FOUND"))
                    .refusal(Provenance.delinkPage("Parameters: ids is mandatory when delinking several records"))
                    .message(Provenance.inferred("the delete-records page's text"))
                    .details(Provenance.seenOnWire("{param_name} seen on v7 for a missing fields parameter"))),
    INVALID_DATA_RELATION_NOT_FOUND(
            "INVALID_DATA",
            400,
            Level.ITEM,
            false,
            "relation not found",
            Map.of(),
            codeAndStatus(
                            Provenance.officialExample(
                                    "the official OpenAPI examples answer INVALID_DATA \"relation not found\" for an id that is not related"))
                    .message(Provenance.officialExample("the official OpenAPI examples"))
                    .reportedAs(Provenance.officialExample("the official OpenAPI examples, with details.id"))),
    INVALID_DATA_RELATION_NAME(
            "INVALID_DATA",
            400,
            Level.CALL,
            false,
            "the relation name given seems to be invalid",
            details("resource_path_index", 2),
            codeAndStatus(
                            Provenance.inferred(
                                    "documented for Get Related Records (an invalid related list name); the delink page does not say"))
                    .message(Provenance.seenOnWire("GET Deals/{id}/Contacts (docs/evidence.md §1.4)"))
                    .details(Provenance.officialExample(Sources.OAS_PATH_ERRORS))),
    INVALID_DATA_RECORD_ID(
            "INVALID_DATA",
            400,
            Level.CALL,
            false,
            "the related id given seems to be invalid",
            details("resource_path_index", 1),
            codeAndStatus(
                            Provenance.contested(
                                    "a PUT on a deleted Lead answered INVALID_DATA 400 {resource_path_index:1}; an official OpenAPI example answers 404 \"The record does not exist\""))
                    .message(Provenance.inferred(
                            "the page's text for an invalid related id; the official example capitalises it"))
                    .details(Provenance.seenOnWire("{resource_path_index:1} on a PUT to a deleted Lead"))),
    INVALID_DATA_BODY(
            "INVALID_DATA",
            400,
            Level.CALL,
            false,
            "body",
            details("expected_data_type", "jsonobject"),
            codeAndStatus(Provenance.seenOnWire("yellow.ai capture of a request with a malformed body"))
                    .message(Provenance.seenOnWire("yellow.ai capture"))
                    .details(Provenance.seenOnWire("yellow.ai capture"))),
    MANDATORY_NOT_FOUND(
            "MANDATORY_NOT_FOUND",
            400,
            Level.ITEM,
            false,
            "required field not found",
            Map.of(),
            codeAndStatus(Provenance.zohoDocs("insert-records and update-related-records pages"))
                    .message(Provenance.zohoDocs("insert-records page"))
                    .details(Provenance.zohoDocs("{api_name} of the missing field"))),
    TOO_MANY_REQUESTS(
            "TOO_MANY_REQUESTS",
            429,
            Level.CALL,
            false,
            "too many requests",
            Map.of(),
            codeAndStatus(
                            Provenance.inferred(
                                    "Kaizen #203, a Zoho community post: exceeding the concurrency limits returns TOO_MANY_REQUESTS, HTTP 429"))
                    .message(Provenance.unknown(
                            "the message is not documented (docs/evidence.md, open question 7); the emulator's choice"))
                    .details(Provenance.inferred("details {} as on every captured Zoho error"))),
    INVALID_DATA_RECORD_NOT_DELETED(
            "INVALID_DATA",
            400,
            Level.ITEM,
            false,
            "record not deleted",
            Map.of(),
            codeAndStatus(Provenance.zohoDocs("delete-records page: already deleted"))
                    .message(Provenance.zohoDocs("delete-records page"))
                    .details(Provenance.zohoDocs("details {id}"))),
    INVALID_DATA_FIELD(
            "INVALID_DATA",
            400,
            Level.ITEM,
            false,
            "invalid data",
            Map.of(),
            codeAndStatus(Provenance.seenOnWire("n8n-io/n8n#8508: an insert whose Phone value was not a phone number"))
                    .message(Provenance.seenOnWire("n8n-io/n8n#8508"))
                    .details(Provenance.seenOnWire("{api_name, expected_data_type} of the field at fault")));

    /** Whether an error rejects the whole call or one record of it. */
    public enum Level {
        CALL,
        ITEM
    }

    public static final String STATUS = "error";

    private final String code;
    private final int httpStatus;
    private final Level level;
    private final boolean onDelinkPage;
    private final String message;
    private final Map<String, Object> details;
    private final ErrorGrades grades;

    ZohoError(
            String code,
            int httpStatus,
            Level level,
            boolean onDelinkPage,
            String message,
            Map<String, Object> details,
            ErrorGrades grades) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.level = level;
        this.onDelinkPage = onDelinkPage;
        this.message = message;
        this.details = details;
        this.grades = grades;
    }

    private static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            details.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(details);
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

    /** One of the entries of the delink page's "Possible Errors". */
    public boolean isOnDelinkPage() {
        return onDelinkPage;
    }

    /** The exact text the emulator sends and the suite expects, at the grade of its best source. */
    public String message() {
        return message;
    }

    /** The delink page's Message column, or the exact message where the page has none. */
    public String pageMessage() {
        return grades.pageMessage() == null ? message : grades.pageMessage();
    }

    public Map<String, Object> details() {
        return details;
    }

    /** The grade of the code and its HTTP status. */
    public Provenance provenance() {
        return grades.code();
    }

    public Provenance messageProvenance() {
        return grades.message();
    }

    /** Each thing a Then step expects of this error, with its own grade, in the order the features' tables list them. */
    public List<Claim> claims() {
        return grades.claims(this);
    }

    /** True when nothing a step expects of this error is documented. */
    public boolean isAssumed() {
        return claims().stream().noneMatch(claim -> claim.basis().isDocumented());
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
        return Arrays.stream(values())
                .filter(e -> e.level == level && e.code.equals(code) && e.message.equals(message))
                .findFirst();
    }

    /** Where the catalogue's sources are named once. */
    private static final class Sources {
        static final String POSSIBLE_ERRORS = "delink page, Possible Errors";
        static final Provenance NOT_SUPPORTED_CODES = Provenance.delinkPage(
                "the delink page says INVALID_MODULE; Zoho's official OpenAPI example says NOT_SUPPORTED: either is Zoho's word");
        static final Provenance WHICH_PERMISSION_CODE = Provenance.inferred(
                "the delink page gives NO_PERMISSION (403) and AUTHORIZATION_FAILED (400) the same resolution; which cause yields which is a guess");
        static final Provenance PERMISSION_CODES =
                Provenance.delinkPage("both codes answer a user without permission to delete related records data");
        static final String OAS_PATH_ERRORS =
                "official OpenAPI examples: details.resource_path_index 0 module, 1 record, 2 related list";
    }
}
