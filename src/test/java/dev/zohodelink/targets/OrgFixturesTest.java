package dev.zohodelink.targets;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.zohodelink.client.AccessToken;
import dev.zohodelink.client.ApiRequest;
import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.client.ZohoCrmApi;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Module;
import dev.zohodelink.emulator.core.EmulatorRequest;
import dev.zohodelink.emulator.core.EmulatorResponse;
import dev.zohodelink.fixtures.FieldMetadata;
import dev.zohodelink.recording.ExchangeRecorder;
import dev.zohodelink.support.LayoutRequirement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opentest4j.TestAbortedException;

/** Fixtures as the steps use them, against an emulator that requires Zoho's documented mandatory fields. */
class OrgFixturesTest {

    private EmulatorTarget org;

    private OrgFixtures fixturesOn(ApiVersion version) {
        return fixtures(version, UnaryOperator.identity());
    }

    private OrgFixtures fixturesBehind(ApiVersion version, LayoutRequirement layout) {
        return fixtures(version, layout::wrap);
    }

    private OrgFixtures fixtures(
            ApiVersion version, UnaryOperator<Function<EmulatorRequest, EmulatorResponse>> answers) {
        org = new EmulatorTarget(version, BehaviourProfile.bestEvidence(), answers, new FieldMetadata());
        return new OrgFixtures(
                org.api(),
                version,
                org.administratorToken(),
                org.marker(),
                org.ledger(),
                org.fieldMetadata(),
                org.recorder());
    }

    @AfterEach
    void stopTheEmulator() {
        org.close();
    }

    @ParameterizedTest
    @EnumSource(
            value = ApiVersion.class,
            names = {"V7", "V8"})
    void creates_appointments_with_one_service_and_one_customer_made_for_them_and_reads_each_metadata_once(
            ApiVersion version) {
        // GIVEN
        OrgFixtures fixtures = fixturesOn(version);

        // WHEN two appointments are created, then a contact
        List<String> appointments = fixtures.create(Module.APPOINTMENTS, List.of("P", "Q"));
        fixtures.create(Module.CONTACTS, List.of("A"));

        // THEN the appointments exist, with the service, contact and user their lookups need, all in the ledger
        then(appointments)
                .hasSize(2)
                .allSatisfy(id -> then(fixtures.exists(new RecordRef(Module.APPOINTMENTS, "P", id)))
                        .isTrue());
        then(org.ledger().outstanding()).containsOnlyKeys(Module.APPOINTMENTS, Module.SERVICES, Module.CONTACTS);
        then(org.ledger().outstanding().get(Module.SERVICES)).hasSize(1);
        then(org.ledger().outstanding().get(Module.CONTACTS)).hasSize(2);
        // and the metadata of Appointments, Services and Contacts and the current user were read once each
        then(org.fieldMetadata().reads()).isEqualTo(4);
        // 4 metadata reads, 3 inserts for the appointments (service, contact, appointments), 1 for contact A, 2 reads
        // above
        then(org.usage().calls()).isEqualTo(10);
    }

    @Test
    void a_module_the_org_lacks_makes_the_scenario_not_proven_and_is_asked_about_once() {
        // GIVEN an org without Services (v2.1 has neither Services nor Appointments)
        OrgFixtures fixtures = fixturesOn(ApiVersion.V2_1);

        // WHEN / THEN the scenario is skipped with the reason, twice, from one metadata read
        for (int attempt = 0; attempt < 2; attempt++) {
            thenThrownBy(() -> fixtures.create(Module.SERVICES, List.of("S")))
                    .isInstanceOf(TestAbortedException.class)
                    .hasMessageStartingWith("not proven: this org has no Services__s module")
                    .hasMessageContaining("INVALID_MODULE");
        }
        then(org.fieldMetadata().reads()).isEqualTo(1);
        then(org.ledger().createdCount()).isZero();
    }

    @Test
    void a_token_that_may_not_read_the_fields_metadata_fails_each_scenario_from_one_refused_read() {
        // GIVEN an org that refuses the fields metadata to the token, as Zoho does without ZohoCRM.settings.fields.READ
        OrgFixtures fixtures = fixtures(
                ApiVersion.V7,
                answers -> request -> isFieldsRead(request)
                        ? EmulatorResponse.json(
                                401,
                                Map.of(
                                        "code", "OAUTH_SCOPE_MISMATCH",
                                        "details", Map.of(),
                                        "message", "invalid oauth scope to access this URL",
                                        "status", "error"))
                        : answers.apply(request));

        // WHEN / THEN two scenarios fail with the scope to add, from one read
        for (int scenario = 0; scenario < 2; scenario++) {
            thenThrownBy(() -> fixtures.create(Module.CONTACTS, List.of("A")))
                    .hasMessageStartingWith(
                            "fixture step failed: could not read the fields of Contacts (settings/fields"
                                    + " needs the scope"
                                    + " ZohoCRM.settings.fields.READ): HTTP 401 OAUTH_SCOPE_MISMATCH")
                    .hasMessageEndingWith("; asked once per run");
        }
        then(org.fieldMetadata().reads()).isEqualTo(1);
        then(org.ledger().createdCount()).isZero();
    }

    private static boolean isFieldsRead(EmulatorRequest request) {
        return request.pathSegments()
                .filter(segments -> segments.size() == 4 && segments.get(3).equals("fields"))
                .isPresent();
    }

    @Test
    void an_appointment_on_an_org_without_services_is_not_proven_before_any_record_is_made() {
        OrgFixtures fixtures = fixturesOn(ApiVersion.V2_1);

        thenThrownBy(() -> fixtures.create(Module.APPOINTMENTS, List.of("P")))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("no Appointments__s module");
        then(org.ledger().createdCount()).isZero();
    }

    @Test
    void fills_a_field_the_layout_requires_once_zoho_names_it_and_from_then_on_and_records_no_refusal() {
        // GIVEN an org whose layout requires Company on leads, which its metadata does not flag (as Zoho may)
        OrgFixtures fixtures = fixturesBehind(ApiVersion.V7, new LayoutRequirement("Leads", "Company"));

        // WHEN two leads are created, then one more
        List<String> first = fixtures.create(Module.LEADS, List.of("A", "B"));
        List<String> second = fixtures.create(Module.LEADS, List.of("C"));

        // THEN the refused batch was sent again with Company, and the next insert carried it from the start
        then(first).hasSize(2).doesNotContainNull();
        then(second).hasSize(1);
        then(inserts(org.recorder().exchanges()))
                .extracting(
                        insert -> insert.requestBody().contains("\"Company\""), ExchangeRecorder.RawExchange::status)
                .containsExactly(tuple(false, 400), tuple(true, 201), tuple(true, 201));
        then(org.ledger().outstanding().get(Module.LEADS))
                .containsExactlyElementsOf(java.util.stream.Stream.concat(first.stream(), second.stream())
                        .toList());
        // and the refusal stays in the report's log but leaves the recording, as only the run's first scenario makes it
        then(inserts(org.recorder().recorded()))
                .extracting(ExchangeRecorder.RawExchange::status)
                .containsExactly(201, 201);
        then(inserts(org.recorder().exchanges()).get(0).leftOutBecause())
                .contains("the run learnt from it to fill Company");
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void the_emulator_accepts_the_first_insert_of_every_module_so_its_runs_learn_nothing(ApiVersion version) {
        // GIVEN the emulator, whose fields metadata flags as system_mandatory every field it requires
        OrgFixtures fixtures = fixturesOn(version);

        // WHEN a record of every module the version has is created
        for (Module module : Module.values()) {
            if (module.isAvailableIn(version)) {
                fixtures.create(module, List.of("A"));
            }
        }

        // THEN no insert was refused, so the run learnt no field
        then(org.recorder().exchanges())
                .filteredOn(exchange -> exchange.method().equals("POST"))
                .isNotEmpty()
                .allSatisfy(insert -> then(insert.status()).isEqualTo(201));
    }

    @Test
    void a_refusal_for_a_field_the_metadata_does_not_list_fails_the_fixture_with_zohos_answer() {
        OrgFixtures fixtures = fixturesBehind(ApiVersion.V7, new LayoutRequirement("Leads", "Not_In_Metadata"));

        thenThrownBy(() -> fixtures.create(Module.LEADS, List.of("A")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("could not insert 1 leads")
                .hasMessageContaining("\"api_name\":\"Not_In_Metadata\"");
        then(org.ledger().createdCount()).isZero();
    }

    @Test
    void an_insert_answered_with_invalid_module_makes_the_scenario_not_proven() {
        // GIVEN an org whose fields metadata lists Services but which refuses to insert one (a feature switched off)
        org = new EmulatorTarget(
                ApiVersion.V7, BehaviourProfile.bestEvidence(), UnaryOperator.identity(), new FieldMetadata());
        ZohoCrmApi servicesOff = new ZohoCrmApi() {
            @Override
            public ApiResponse exchange(ApiRequest request) {
                return org.api().exchange(request);
            }

            @Override
            public ApiResponse insert(Module module, List<Map<String, Object>> records, AccessToken token) {
                return new ApiResponse(
                        "POST",
                        "/crm/v7/Services__s",
                        400,
                        "{\"code\":\"INVALID_MODULE\",\"details\":{},\"message\":\"the module name given seems to be invalid\",\"status\":\"error\"}");
            }
        };
        OrgFixtures fixtures = new OrgFixtures(
                servicesOff,
                ApiVersion.V7,
                org.administratorToken(),
                org.marker(),
                org.ledger(),
                org.fieldMetadata(),
                org.recorder());

        // WHEN / THEN
        thenThrownBy(() -> fixtures.create(Module.SERVICES, List.of("S")))
                .isInstanceOf(TestAbortedException.class)
                .hasMessage(
                        "not proven: this org has no Services__s module: POST /crm/v7/Services__s answered HTTP 400 INVALID_MODULE "
                                + "\"the module name given seems to be invalid\"");
    }

    private static List<ExchangeRecorder.RawExchange> inserts(List<ExchangeRecorder.RawExchange> exchanges) {
        return exchanges.stream()
                .filter(exchange -> exchange.method().equals("POST"))
                .toList();
    }
}
