package dev.zohodelink.emulator.core.faults;

import java.time.Duration;

/** Waits for an injected latency; tests pass one that records instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    public void sleep(Duration duration) throws InterruptedException;
}
