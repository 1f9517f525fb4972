package dev.zohodelink.client;

import java.time.Duration;

/**
 * One line about what a run is doing while nothing else shows it: every wait (the accounts server's throttle,
 * Retry-After, backoff, the concurrency limiter) says what it waits for and how long. Never given a secret.
 */
@FunctionalInterface
public interface Progress {

    void line(String text);

    static Progress standardOutput() {
        return text -> System.out.println(text);
    }

    /** {@code 350 ms}, {@code 5 s}, {@code 1.5 s}, {@code 2 min 5 s}. */
    static String describe(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return millis % 1000 == 0
                    ? millis / 1000 + " s"
                    : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = duration.toSeconds();
        return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
    }
}
