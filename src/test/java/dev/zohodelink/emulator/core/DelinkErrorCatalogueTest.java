package dev.zohodelink.emulator.core;

import static dev.zohodelink.contract.Module.CAMPAIGNS;
import static dev.zohodelink.contract.Module.LEADS;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.json;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.relatedListPath;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.thenItemFailedWith;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.thenRejectedWith;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.control.EmulatorControl;
import dev.zohodelink.emulator.core.faults.Fault;
import dev.zohodelink.emulator.core.faults.RouteKind;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entry of the error catalogue that the delink route can produce, each reached through its real cause
 * on a campaign linked to a lead. The expectations come from {@link ZohoError} alone.
 */
class DelinkErrorCatalogueTest {

    /**
     * Catalogue entries of other routes: request bodies (link, insert, and the HTTP adapter), Insert Records' field
     * checks (InsertValidationTest), and Delete Records; and
     * TOO_MANY_REQUESTS, which only an injected fault produces (InjectedFaultsTest).
     */
    private static final Set<ZohoError> NOT_FROM_THE_DELINK_ROUTE = EnumSet.of(
            ZohoError.INVALID_DATA_BODY,
            ZohoError.MANDATORY_NOT_FOUND,
            ZohoError.INVALID_DATA_RECORD_NOT_DELETED,
            ZohoError.TOO_MANY_REQUESTS,
            ZohoError.INVALID_DATA_FIELD);

    /** A campaign {@code campaign} linked to the lead {@code lead}; the cause gets both ids. */
    record Cause(
            ZohoError error,
            String what,
            String profile,
            BiFunction<ZohoEmulatorFixture, String[], EmulatorResponse> provoke) {

        Cause(ZohoError error, String what, BiFunction<ZohoEmulatorFixture, String[], EmulatorResponse> provoke) {
            this(error, what, BehaviourProfile.DEFAULT_SPEC, provoke);
        }

        @Override
        public String toString() {
            return error + " <- " + what + (profile.equals(BehaviourProfile.DEFAULT_SPEC) ? "" : " (" + profile + ")");
        }
    }

    static Stream<Cause> causes() {
        return Stream.of(
                new Cause(
                        ZohoError.INVALID_MODULE,
                        "unknown module",
                        (z, ids) -> z.delete("/crm/v7/Widgets/" + ids[0] + "/Leads/" + ids[1])),
                new Cause(
                        ZohoError.INVALID_MODULE_NOT_SUPPORTED,
                        "Documents",
                        (z, ids) -> z.delete("/crm/v7/Documents/" + ids[0] + "/Leads?ids=" + ids[1])),
                new Cause(
                        ZohoError.NOT_SUPPORTED,
                        "Documents",
                        "best-evidence,not-supported=not-supported",
                        (z, ids) -> z.delete("/crm/v7/Documents/" + ids[0] + "/Leads?ids=" + ids[1])),
                new Cause(
                        ZohoError.INVALID_URL_PATTERN,
                        "extra path segment",
                        (z, ids) -> z.delete(delinkOne(ids) + "/extra")),
                new Cause(
                        ZohoError.OAUTH_SCOPE_MISMATCH,
                        "token with READ scope only",
                        (z, ids) -> z.sendAs(
                                token(z, z.emulator.administrator(), "ZohoCRM.modules.campaigns.READ"),
                                "DELETE",
                                delinkOne(ids),
                                null)),
                new Cause(
                        ZohoError.NO_PERMISSION,
                        "user without delete permission",
                        (z, ids) -> z.sendAs(
                                token(z, z.emulator.addUser("No Delete", false, Set.of()), "ZohoCRM.modules.ALL"),
                                "DELETE",
                                delinkOne(ids),
                                null)),
                new Cause(ZohoError.INTERNAL_ERROR, "injected fault", (z, ids) -> {
                    z.emulator.injectFault(new Fault(RouteKind.DELINK, ZohoError.INTERNAL_ERROR, 1));
                    return z.delete(delinkOne(ids));
                }),
                new Cause(
                        ZohoError.INVALID_REQUEST_METHOD,
                        "POST on a delink URL",
                        (z, ids) -> z.send("POST", delinkOne(ids))),
                new Cause(
                        ZohoError.AUTHORIZATION_FAILED,
                        "user without access to Leads",
                        (z, ids) -> z.sendAs(
                                token(z, z.emulator.addUser("No Leads", true, Set.of(LEADS)), "ZohoCRM.modules.ALL"),
                                "DELETE",
                                delinkOne(ids),
                                null)),
                new Cause(
                        ZohoError.INVALID_DATA,
                        "related id that names no lead",
                        (z, ids) -> z.delete(relatedListPath(CAMPAIGNS, ids[0], LEADS) + "?ids=1234567890123")),
                new Cause(
                        ZohoError.UNABLE_TO_PARSE_DATA_TYPE,
                        "non-numeric id",
                        (z, ids) -> z.delete(relatedListPath(CAMPAIGNS, ids[0], LEADS) + "?ids=" + ids[1] + ",abc")),
                new Cause(
                        ZohoError.LIMIT_EXCEEDED,
                        "101 ids",
                        (z, ids) -> z.delete(relatedListPath(CAMPAIGNS, ids[0], LEADS) + "?ids="
                                + String.join(
                                        ",",
                                        Stream.concat(
                                                        Stream.of(ids[1]),
                                                        IntStream.range(0, 100)
                                                                .mapToObj(i -> Long.toString(1_000_000_000_000L + i)))
                                                .toList()))),
                new Cause(
                        ZohoError.UNABLE_TO_PARSE_DATA_TYPE_IN_PATH,
                        "non-numeric record id in the path",
                        (z, ids) -> z.delete(relatedListPath(CAMPAIGNS, "abc", LEADS) + "/" + ids[1])),
                new Cause(
                        ZohoError.INVALID_TOKEN_EXPIRED,
                        "expired token",
                        (z, ids) -> z.sendAs(
                                z.emulator.issueToken(
                                        z.emulator.administrator(),
                                        List.of("ZohoCRM.modules.ALL"),
                                        Duration.ofSeconds(-1)),
                                "DELETE",
                                delinkOne(ids),
                                null)),
                new Cause(
                        ZohoError.INVALID_TOKEN,
                        "unknown token",
                        (z, ids) -> z.sendAs("1000.never-issued.by-this-emulator", "DELETE", delinkOne(ids), null)),
                new Cause(
                        ZohoError.AUTHENTICATION_FAILURE,
                        "no Authorization header",
                        (z, ids) -> z.sendAs(null, "DELETE", delinkOne(ids), null)),
                new Cause(
                        ZohoError.MANDATORY_NOT_FOUND_IDS,
                        "bulk form without ids",
                        (z, ids) -> z.delete(relatedListPath(CAMPAIGNS, ids[0], LEADS))),
                new Cause(
                        ZohoError.REQUIRED_PARAM_MISSING,
                        "bulk form without ids",
                        "best-evidence,missing-ids=required-param-missing",
                        (z, ids) -> z.delete(relatedListPath(CAMPAIGNS, ids[0], LEADS))),
                new Cause(
                        ZohoError.INVALID_DATA_RELATION_NOT_FOUND,
                        "lead that is not related",
                        (z, ids) -> z.delete(relatedListPath(CAMPAIGNS, ids[0], LEADS) + "?ids=" + z.create(LEADS))),
                new Cause(
                        ZohoError.INVALID_DATA_RELATION_NAME,
                        "unknown related list",
                        (z, ids) -> z.delete("/crm/v7/Campaigns/" + ids[0] + "/Widgets?ids=" + ids[1])),
                new Cause(
                        ZohoError.INVALID_DATA_RECORD_ID,
                        "parent record that does not exist",
                        (z, ids) -> z.delete(relatedListPath(CAMPAIGNS, "1234567890123", LEADS) + "/" + ids[1])));
    }

    private static String delinkOne(String[] ids) {
        return relatedListPath(CAMPAIGNS, ids[0], LEADS) + "/" + ids[1];
    }

    private static String token(ZohoEmulatorFixture zoho, User user, String scope) {
        return zoho.emulator.issueToken(user, List.of(scope), Duration.ofHours(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("causes")
    void every_error_the_delink_route_produces_answers_the_catalogue_status_code_and_message_and_leaves_the_relation(
            Cause cause) {
        // GIVEN a campaign linked to a lead
        ZohoEmulatorFixture zoho = ZohoEmulatorFixture.withProfile(cause.profile());
        String campaign = zoho.create(CAMPAIGNS);
        String lead = zoho.create(LEADS);
        zoho.link(CAMPAIGNS, campaign, LEADS, lead);

        // WHEN the error's real cause is sent
        EmulatorResponse response = cause.provoke().apply(zoho, new String[] {campaign, lead});

        // THEN the answer is the catalogue's, call-level as a bare envelope, item-level inside data[]
        if (cause.error().level() == ZohoError.Level.CALL) {
            JsonNode details = thenRejectedWith(response, cause.error());
            then(details)
                    .isEqualTo(
                            ZohoEmulatorFixture.MAPPER.valueToTree(cause.error().details()));
        } else {
            then(response.status())
                    .as(response.bodyText())
                    .isEqualTo(cause.error().httpStatus());
            JsonNode body = json(response);
            then(ZohoEmulatorFixture.keys(body)).containsExactly("data");
            then(body.get("data")).hasSize(1);
            thenItemFailedWith(
                    body.get("data").get(0),
                    cause.error(),
                    body.at("/data/0/details/id").asText());
        }
        // AND the existing relation was not touched
        then(zoho.relatedIds(CAMPAIGNS, campaign, LEADS)).containsExactly(lead);
        then(EmulatorControl.inProcess(zoho.emulator).state().unexpectedFailures())
                .isZero();
    }

    @Test
    void every_catalogue_error_of_the_delink_route_has_a_real_cause_above() {
        // GIVEN the catalogue minus the errors of other routes
        Set<ZohoError> producible = EnumSet.complementOf(EnumSet.copyOf(NOT_FROM_THE_DELINK_ROUTE));

        // WHEN the causes exercised above are collected
        Set<ZohoError> exercised =
                causes().map(Cause::error).collect(Collectors.toCollection(() -> EnumSet.noneOf(ZohoError.class)));

        // THEN each producible error is exercised (a new catalogue entry needs a cause here or a reason to be excluded)
        then(exercised).containsExactlyInAnyOrderElementsOf(producible);
    }

    @Test
    void every_documented_delink_error_is_among_the_exercised_causes() {
        // GIVEN the ten entries of the delink page's "Possible Errors"
        Set<ZohoError> documented = Stream.of(ZohoError.values())
                .filter(ZohoError::isOnDelinkPage)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ZohoError.class)));

        // WHEN compared with the exercised causes
        Set<ZohoError> exercised = causes().map(Cause::error).collect(Collectors.toSet());

        // THEN all ten are exercised
        then(documented).hasSize(10);
        then(exercised).containsAll(documented);
    }
}
