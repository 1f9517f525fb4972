package dev.zohodelink.regressions;

import static dev.zohodelink.regressions.SimulatedRegression.breaksDocumentation;
import static dev.zohodelink.regressions.SimulatedRegression.breaksOnlyUndocumented;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.support.Misbehaviour;
import java.util.List;

/**
 * The simulated regressions, each with the features that concern it: only those run against it. An entry listed
 * apart (breaking only what Zoho does not document) says why no documented expectation can catch it.
 */
public final class RegressionCatalogue {

    static final String RELATIONS = "features/relations/delink-each-supported-relation.feature";
    static final String OTHER_RELATIONS = "features/relations/other-relations-stay.feature";
    static final String REPEATS = "features/relations/repeat-and-relink.feature";
    static final String METHODS = "features/relations/only-delete-delinks.feature";
    static final String SHAPES = "features/relations/request-shapes.feature";
    static final String LEGACY_NAMES = "features/relations/legacy-module-names.feature";
    static final String LIMITS = "features/limits/ids-per-call.feature";
    static final String OUTCOMES = "features/outcomes/per-record-results.feature";
    static final String ADDRESSES = "features/errors/invalid-url.feature";
    static final String IDS = "features/errors/invalid-ids.feature";
    static final String MODULES = "features/errors/invalid-module.feature";
    static final String SCOPES = "features/errors/oauth-scopes.feature";
    static final String PERMISSIONS = "features/errors/permissions.feature";
    static final String INTERNAL = "features/errors/internal-error.feature";

    /** The relation scenarios of campaigns, through both URL forms: enough for a change to every delink answer. */
    private static final String CAMPAIGNS = "campaign";

    private static final String MORE_THAN_100 = "^101 contacts";

    private static final List<SimulatedRegression> ENTRIES = List.of(
            breaksDocumentation(Misbehaviour.REPORTS_SUCCESS_WITHOUT_DELINKING, RELATIONS)
                    .onlyScenarios(CAMPAIGNS),
            breaksDocumentation(Misbehaviour.DELINKS_ONLY_THE_FIRST_ID, RELATIONS)
                    .onlyScenarios(CAMPAIGNS),
            breaksDocumentation(Misbehaviour.DELINKS_EVERY_RELATED_RECORD, RELATIONS)
                    .onlyScenarios(CAMPAIGNS),
            breaksDocumentation(Misbehaviour.DELETES_THE_RELATED_RECORD, RELATIONS)
                    .onlyScenarios(CAMPAIGNS),
            breaksDocumentation(Misbehaviour.REMOVES_THE_OTHER_PARENTS, OTHER_RELATIONS),
            breaksDocumentation(Misbehaviour.KEEPS_THE_RELATION_ON_THE_RELATED_SIDE, OTHER_RELATIONS),
            breaksDocumentation(Misbehaviour.RELINKING_IS_IGNORED, REPEATS),
            breaksDocumentation(Misbehaviour.OTHER_METHODS_DELINK, METHODS),
            breaksOnlyUndocumented(
                            Misbehaviour.SINGLE_FORM_HONOURS_IDS,
                            "nothing documents what the single-id address does with an ids parameter (docs/evidence.md, open question 3)",
                            LIMITS)
                    .onlyScenarios("single-id address"),
            breaksOnlyUndocumented(
                            Misbehaviour.REFUSES_THE_LEGACY_NAME_POTENTIALS,
                            "the v2.1 delink page names the relation Products to Potentials, but the URL taking the legacy name is inferred (docs/evidence.md §3)",
                            LEGACY_NAMES)
                    .on(ApiVersion.V2_1),
            breaksDocumentation(Misbehaviour.IGNORES_THE_ID_LIMIT, LIMITS).onlyScenarios(MORE_THAN_100),
            breaksDocumentation(Misbehaviour.LIMIT_LOWERED_TO_50, LIMITS).onlyScenarios("^100 contacts"),
            breaksOnlyUndocumented(
                            Misbehaviour.REFUSES_101_IDS_WITH_ANOTHER_CODE,
                            "the delink page fixes the limit, not the error: LIMIT_EXCEEDED, its message and details are an official example",
                            LIMITS)
                    .onlyScenarios(MORE_THAN_100),
            breaksOnlyUndocumented(
                            Misbehaviour.LIMIT_DETAILS_AS_A_NUMBER,
                            "details {\"limit\":\"100\"} with the limit as a string is an official example only",
                            LIMITS)
                    .onlyScenarios(MORE_THAN_100),
            breaksOnlyUndocumented(
                            Misbehaviour.DEDUPLICATES_THE_IDS,
                            "nothing documents an id listed twice (docs/evidence.md, open question 3)",
                            LIMITS)
                    .onlyScenarios("listed twice"),
            breaksDocumentation(Misbehaviour.WRONG_SUCCESS_MESSAGE, RELATIONS).onlyScenarios(CAMPAIGNS),
            breaksDocumentation(Misbehaviour.SUCCESS_CODE_RENAMED, RELATIONS).onlyScenarios(CAMPAIGNS),
            breaksDocumentation(Misbehaviour.SUCCESS_STATUS_CAPITALISED, RELATIONS)
                    .onlyScenarios(CAMPAIGNS),
            breaksDocumentation(Misbehaviour.IDS_AS_NUMBERS, RELATIONS).onlyScenarios(CAMPAIGNS),
            breaksDocumentation(Misbehaviour.DATA_RENAMED, RELATIONS).onlyScenarios(CAMPAIGNS),
            breaksDocumentation(Misbehaviour.DROPS_THE_LAST_RESULT, RELATIONS).onlyScenarios(CAMPAIGNS),
            breaksDocumentation(Misbehaviour.SINGLE_FORM_ANSWERS_TWO_RESULTS, RELATIONS)
                    .onlyScenarios(CAMPAIGNS),
            breaksOnlyUndocumented(
                            Misbehaviour.RESULTS_IN_REVERSE_ORDER,
                            "the request order of results is inferred from one two-item sample",
                            RELATIONS)
                    .onlyScenarios(CAMPAIGNS),
            breaksDocumentation(Misbehaviour.DELETED_RECORD_REPORTED_AS_SUCCESS, OUTCOMES, IDS),
            breaksOnlyUndocumented(
                    Misbehaviour.NOT_RELATED_REPORTED_AS_SUCCESS,
                    "the answer for an id that is not related is an official example only (docs/evidence.md, open question 2)",
                    OUTCOMES,
                    REPEATS),
            breaksDocumentation(Misbehaviour.ERRORS_AS_200, ADDRESSES),
            breaksDocumentation(Misbehaviour.SINGLE_FORM_ANSWERS_207, RELATIONS).onlyScenarios(CAMPAIGNS),
            breaksDocumentation(Misbehaviour.EVERY_SUCCESS_AS_207, RELATIONS).onlyScenarios(CAMPAIGNS),
            breaksOnlyUndocumented(
                    Misbehaviour.MIXED_RESULTS_AS_200,
                    "207 for mixed results is an official example; the older official file declares only 200 (docs/evidence.md, open question 1)",
                    OUTCOMES),
            breaksOnlyUndocumented(
                    Misbehaviour.EVERY_FAILURE_AS_200,
                    "400 when every record fails is an official example (docs/evidence.md, open question 1)",
                    IDS),
            breaksDocumentation(Misbehaviour.INTERNAL_ERROR_AS_503, INTERNAL),
            breaksDocumentation(Misbehaviour.SCOPE_MISMATCH_AS_403, SCOPES),
            breaksDocumentation(Misbehaviour.URL_PATTERN_CODE_RENAMED, ADDRESSES),
            breaksDocumentation(Misbehaviour.REQUEST_METHOD_MESSAGE_REWORDED, ADDRESSES),
            breaksOnlyUndocumented(
                            Misbehaviour.MISSING_IDS_AS_REQUIRED_PARAM_MISSING,
                            "the code for a missing ids parameter is contested: the official example says MANDATORY_NOT_FOUND, delete-records REQUIRED_PARAM_MISSING",
                            LIMITS)
                    .onlyScenarios("ids parameter is refused|empty list"),
            breaksDocumentation(Misbehaviour.UNSUPPORTED_MODULE_AS_NOT_FOUND, MODULES),
            breaksOnlyUndocumented(
                    Misbehaviour.LOWER_CASE_NOT_SUPPORTED,
                    "the case of \"The given module is not supported in API\" on the wire is unknown (docs/evidence.md, open question 11)",
                    MODULES),
            breaksOnlyUndocumented(
                    Misbehaviour.NO_PERMISSION_WITHOUT_PERMISSIONS,
                    "details {permissions: [...]} of NO_PERMISSION is an official example",
                    PERMISSIONS),
            breaksOnlyUndocumented(
                    Misbehaviour.ERROR_ENVELOPE_GAINS_A_KEY,
                    "the envelope of exactly code, details, message and status is seen on the wire, not documented",
                    ADDRESSES),
            breaksOnlyUndocumented(
                    Misbehaviour.REFUSES_ENCODED_COMMAS,
                    "the delink page shows literal commas; that %2C separates ids too rests on what Zoho's official SDKs send (docs/evidence.md §9.3)",
                    SHAPES),
            breaksOnlyUndocumented(
                    Misbehaviour.REFUSES_A_TRAILING_AMPERSAND,
                    "a trailing & rests on what Zoho's official Node SDKs send (docs/evidence.md §9.3)",
                    SHAPES),
            breaksOnlyUndocumented(
                    Misbehaviour.REFUSES_PLUS_FOR_SPACE,
                    "spaces in the ids are undocumented (docs/evidence.md, open question 3); + is how the official Java and TypeScript SDKs encode them",
                    SHAPES),
            breaksOnlyUndocumented(
                            Misbehaviour.CONTENT_TYPE_TEXT_PLAIN,
                            "application/json;charset=UTF-8 is seen on the wire, not documented (docs/evidence.md §1.2, §9.2)",
                            RELATIONS)
                    .onlyScenarios(CAMPAIGNS));

    private RegressionCatalogue() {}

    public static List<SimulatedRegression> entries() {
        return ENTRIES;
    }
}
