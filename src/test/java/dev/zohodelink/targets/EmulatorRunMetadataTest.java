package dev.zohodelink.targets;

import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.contract.Module;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fresh emulators of one run share the fields metadata the first of them read, as scenarios on a live org do. */
class EmulatorRunMetadataTest {

    private static final BehaviourProfile PROFILE = BehaviourProfile.bestEvidence();

    @AfterEach
    void closeTheRun() {
        RunScope.close();
    }

    @Test
    void the_second_emulator_of_a_run_creates_a_contact_without_reading_the_fields_again() {
        // GIVEN two scenarios' emulators of one run on v7
        try (EmulatorTarget first = emulatorOfThisRun(ApiVersion.V7);
                EmulatorTarget second = emulatorOfThisRun(ApiVersion.V7)) {

            // WHEN each creates a contact
            fixturesOf(first).create(Module.CONTACTS, List.of("A"));
            fixturesOf(second).create(Module.CONTACTS, List.of("B"));

            // THEN the first read the metadata and inserted; the second only inserted
            then(first.usage().calls()).isEqualTo(2);
            then(second.usage().calls()).isEqualTo(1);
            then(second.fieldMetadata().reads()).isEqualTo(1);
        }
    }

    @Test
    void each_version_and_each_run_read_their_own_metadata() {
        try (EmulatorTarget v7 = emulatorOfThisRun(ApiVersion.V7);
                EmulatorTarget v8 = emulatorOfThisRun(ApiVersion.V8)) {
            fixturesOf(v7).create(Module.CONTACTS, List.of("A"));

            then(v8.fieldMetadata()).isNotSameAs(v7.fieldMetadata());
            then(v8.fieldMetadata().reads()).isZero();
        }
        RunScope.close();

        try (EmulatorTarget nextRun = emulatorOfThisRun(ApiVersion.V7)) {
            then(nextRun.fieldMetadata().reads()).isZero();
        }
    }

    private static EmulatorTarget emulatorOfThisRun(ApiVersion version) {
        return new EmulatorTarget(
                version, PROFILE, UnaryOperator.identity(), RunScope.emulatorFieldMetadata(version, PROFILE));
    }

    private static OrgFixtures fixturesOf(EmulatorTarget org) {
        return new OrgFixtures(
                org.api(),
                org.version(),
                org.administratorToken(),
                org.marker(),
                org.ledger(),
                org.fieldMetadata(),
                org.recorder());
    }
}
