package dev.zohodelink.client;

import java.time.Duration;

/**
 * The waits of a live run, each reported as one progress line with its reason and length: before a retry (backoff,
 * Retry-After, the accounts server's throttle) and for a free slot of the concurrency limiter. Tests pass one that
 * records instead of sleeping.
 */
public interface Waiting extends Progress {

    /** Waits before the next attempt. */
    void pause(Duration duration, String why);

    /** A wait that already happened: a call blocked until the limiter had a free slot. */
    void waited(Duration duration, String why);

    /** Sleeps for real, and prints one line per wait, and every other line, to {@code progress}. */
    static Waiting sleeping(Progress progress) {
        return new Waiting() {
            @Override
            public void line(String text) {
                progress.line(text);
            }

            @Override
            public void pause(Duration duration, String why) {
                progress.line(why + ": waiting " + Progress.describe(duration));
                try {
                    Thread.sleep(duration.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting: " + why, e);
                }
            }

            @Override
            public void waited(Duration duration, String why) {
                progress.line(why + ": waited " + Progress.describe(duration));
            }
        };
    }
}
