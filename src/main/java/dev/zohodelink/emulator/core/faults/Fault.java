package dev.zohodelink.emulator.core.faults;

import dev.zohodelink.contract.ZohoError;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/** Something to do instead of, or before, the real outcome of the calls of a route that its schedule selects. */
public record Fault(RouteKind route, Effect effect, FaultSchedule schedule) {

    /** What a fault does to a call it applies to. */
    public sealed interface Effect permits CatalogueError, Latency, TooManyRequests, DropConnection {}

    /** Answer a catalogue error; {@code status} may differ from the catalogue's to simulate another 5xx. */
    public record CatalogueError(ZohoError error, int status) implements Effect {
        public CatalogueError {
            Objects.requireNonNull(error, "error");
            if (status != error.httpStatus() && (status < 500 || status > 599)) {
                throw new IllegalArgumentException("status must be the error's own or a 5xx, not " + status);
            }
        }
    }

    /** Wait, then answer as usual. */
    public record Latency(Duration delay) implements Effect {
        public static final Duration MAX = Duration.ofMinutes(2);

        public Latency {
            if (delay.isNegative() || delay.isZero() || delay.compareTo(MAX) > 0) {
                throw new IllegalArgumentException("delay must be between 1 ms and " + MAX.toMillis() + " ms");
            }
        }
    }

    /** Answer 429 TOO_MANY_REQUESTS, with a {@code Retry-After} header when seconds are given. */
    public record TooManyRequests(OptionalInt retryAfterSeconds) implements Effect {
        public TooManyRequests {
            if (retryAfterSeconds.isPresent()
                    && (retryAfterSeconds.getAsInt() < 0 || retryAfterSeconds.getAsInt() > 86_400)) {
                throw new IllegalArgumentException("retry_after_seconds must be between 0 and 86400");
            }
        }
    }

    /** Close the connection without an answer. */
    public record DropConnection() implements Effect {}

    public Fault {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(schedule, "schedule");
    }

    /** The catalogue error for the next {@code times} calls of the route. */
    public Fault(RouteKind route, ZohoError error, int times) {
        this(route, new CatalogueError(error, error.httpStatus()), FaultSchedule.next(times));
    }
}
