package dev.zohodelink.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zohodelink.bench.ScenarioClock.VersionSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassTimingsTest {

    @Test
    void start_up_scenarios_and_reports_add_up_to_the_wall_time() {
        // pass 0..100: version one plans at 5, scenarios 10..40, plan ends 45; version two plans at 50, scenarios
        // 52..90, ends 93
        PassTimings timings =
                PassTimings.of(0, 100, List.of(new VersionSpan(5, 10, 40, 45), new VersionSpan(50, 52, 90, 93)));

        assertThat(timings.wallNanos()).isEqualTo(100);
        assertThat(timings.startupNanos()).isEqualTo(10 + 7);
        assertThat(timings.scenariosNanos()).isEqualTo(30 + 38);
        assertThat(timings.reportsNanos()).isEqualTo(5 + 3 + 7);
        assertThat(timings.startupNanos() + timings.scenariosNanos() + timings.reportsNanos())
                .isEqualTo(timings.wallNanos());
    }
}
