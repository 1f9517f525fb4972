package dev.zohodelink.support;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Module;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** Fixtures as the steps use them, against an emulator that requires Zoho's documented mandatory fields. */
class OrgFixturesTest {

    private EmulatorTarget org;

    private OrgFixtures fixturesOn(ApiVersion version) {
        org = new EmulatorTarget(version, BehaviourProfile.bestEvidence(), Misbehaviour.NONE);
        return new OrgFixtures(org.api(), org.administratorToken(), org.marker(), org.ledger(), org.fieldMetadata());
    }

    @AfterEach
    void stopTheEmulator() {
        org.close();
    }

    @ParameterizedTest
    @EnumSource(value = ApiVersion.class, names = {"V7", "V8"})
    void creates_appointments_with_one_service_and_one_customer_made_for_them_and_reads_each_metadata_once(ApiVersion version) {
        // GIVEN
        OrgFixtures fixtures = fixturesOn(version);

        // WHEN two appointments are created, then a contact
        List<String> appointments = fixtures.create(Module.APPOINTMENTS, List.of("P", "Q"));
        fixtures.create(Module.CONTACTS, List.of("A"));

        // THEN the appointments exist, with the service, contact and user their lookups need, all in the ledger
        then(appointments).hasSize(2).allSatisfy(id -> then(fixtures.exists(new RecordRef(Module.APPOINTMENTS, "P", id))).isTrue());
        then(org.ledger().outstanding()).containsOnlyKeys(Module.APPOINTMENTS, Module.SERVICES, Module.CONTACTS);
        then(org.ledger().outstanding().get(Module.SERVICES)).hasSize(1);
        then(org.ledger().outstanding().get(Module.CONTACTS)).hasSize(2);
        // and the metadata of Appointments, Services and Contacts and the current user were read once each
        then(org.fieldMetadata().reads()).isEqualTo(4);
        // 4 metadata reads, 3 inserts for the appointments (service, contact, appointments), 1 for contact A, 2 reads above
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
    void an_appointment_on_an_org_without_services_is_not_proven_before_any_record_is_made() {
        OrgFixtures fixtures = fixturesOn(ApiVersion.V2_1);

        thenThrownBy(() -> fixtures.create(Module.APPOINTMENTS, List.of("P")))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("no Appointments__s module");
        then(org.ledger().createdCount()).isZero();
    }
}
