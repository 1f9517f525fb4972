package dev.zohodelink.client;

import static org.assertj.core.api.BDDAssertions.then;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void describes_a_wait_in_the_unit_a_reader_expects() {
        then(Progress.describe(Duration.ofMillis(350))).isEqualTo("350 ms");
        then(Progress.describe(Duration.ofSeconds(5))).isEqualTo("5 s");
        then(Progress.describe(Duration.ofMillis(1500))).isEqualTo("1.5 s");
        then(Progress.describe(Duration.ofSeconds(120))).isEqualTo("2 min");
        then(Progress.describe(Duration.ofSeconds(125))).isEqualTo("2 min 5 s");
    }
}
