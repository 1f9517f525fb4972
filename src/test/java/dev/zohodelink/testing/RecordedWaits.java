package dev.zohodelink.testing;

import dev.zohodelink.client.Waiting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/** A {@link Waiting} that records every wait and line instead of sleeping; a pause can move a test clock instead. */
public final class RecordedWaits implements Waiting {

    private final List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());
    private final List<String> reasons = Collections.synchronizedList(new ArrayList<>());
    private final List<String> limiterWaits = Collections.synchronizedList(new ArrayList<>());
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final Consumer<Duration> onPause;

    public RecordedWaits() {
        this(duration -> {});
    }

    /** @param onPause what a pause does instead of sleeping, e.g. {@code clock::advance} */
    public RecordedWaits(Consumer<Duration> onPause) {
        this.onPause = onPause;
    }

    @Override
    public void line(String text) {
        lines.add(text);
    }

    @Override
    public void pause(Duration duration, String why) {
        pauses.add(duration);
        reasons.add(why);
        onPause.accept(duration);
    }

    @Override
    public void waited(Duration duration, String why) {
        limiterWaits.add(why);
    }

    /** The pauses before retries, in order. */
    public List<Duration> recorded() {
        return List.copyOf(pauses);
    }

    public List<String> reasons() {
        return List.copyOf(reasons);
    }

    public List<String> limiterWaits() {
        return List.copyOf(limiterWaits);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }
}
