package dev.zohodelink.junit;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import org.junit.jupiter.api.Test;

@ZohoEmulatorTest(profile = "best-evidence,mixed=200", seed = "/emulator/example-seed.json")
class ZohoEmulatorProfileAndSeedTest {

    @Test
    void starts_the_emulator_with_the_profile_asked_for(ZohoEmulatorInfo zoho) {
        // WHEN the emulator's profile is looked at THEN mixed results answer 200
        then(zoho.emulator().profile().mixedResultStatus()).isEqualTo(200);
    }

    @Test
    void loads_the_seed_from_the_class_path_and_gives_the_ids_of_its_keyed_records(ZohoEmulatorInfo zoho) {
        // WHEN the seeded records are looked up by key
        String spring = zoho.seededRecordId("spring");
        String roe = zoho.seededRecordId("roe");

        // THEN they are there and related as the seed says
        then(spring).isEqualTo("9100000000000000001");
        then(zoho.emulator().areLinked(spring, roe)).isTrue();
        thenThrownBy(() -> zoho.seededRecordId("nothing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nothing'");
    }
}
