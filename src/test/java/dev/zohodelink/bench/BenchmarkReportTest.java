package dev.zohodelink.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkReportTest {

    private static final long MS = 1_000_000;

    @Test
    void the_suite_and_the_plain_client_stand_side_by_side_with_their_ratio() {
        PassFigures warmUp = new PassFigures(
                new PassTimings(9_000 * MS, 1_000 * MS, 7_000 * MS, 1_000 * MS),
                Distribution.of(List.of(40 * MS, 50 * MS, 60 * MS)),
                1,
                30,
                600 * MS,
                12_000 * MS,
                true);
        PassFigures measured = new PassFigures(
                new PassTimings(5_000 * MS, 500 * MS, 4_000 * MS, 500 * MS),
                Distribution.of(List.of(10 * MS, 20 * MS, 30 * MS)),
                1,
                30,
                300 * MS,
                8_000 * MS,
                true);
        PlainClientReplay.Result plain =
                new PlainClientReplay.Result(Distribution.of(java.util.Collections.nCopies(30, 2 * MS)), 29, 60 * MS);

        ClientFloor.Result clients = new ClientFloor.Result(
                Distribution.of(List.of(3 * MS, 3 * MS)), Distribution.of(List.of(MS / 2, MS / 2)));

        String markdown =
                new BenchmarkReport("API v7, 4 threads.", 500 * MS, warmUp, measured, plain, 30, clients).markdown();

        assertThat(markdown)
                .contains("| mean time inside a call, at the client seam | 10.00 ms | 2.00 ms | 5.0x |")
                .contains("| scenario time / calls | 2.00 ms | 2.00 ms | 1.0x |")
                .contains("| process CPU time / calls | 266.67 ms | 2.00 ms | 133.3x |")
                .contains("| calls | 30 | 30 (29 with the suite's status) |  |")
                .contains("| REST Assured alone: one GET in a loop, one thread (2 calls) | 3.00 ms | 0.50 ms | 6.0x |")
                .contains("| scenarios run (skipped) | 3 (1) | 3 (1) |")
                .contains("| median scenario | 50.00 ms | 20.00 ms |")
                .contains("| p90 scenario | 60.00 ms | 30.00 ms |")
                .contains("| whole run, wall | 9.50 s (with JVM start) | 5.00 s |")
                .contains("| start-up | 1.50 s (JVM 0.50 s) | 0.50 s |")
                .contains("| scenarios | 7.00 s | 4.00 s |")
                .contains("| reports | 1.00 s | 0.50 s |")
                .contains("| process CPU time (all threads) | 12.00 s | 8.00 s |")
                .contains("| verdict | green | green |");
    }
}
