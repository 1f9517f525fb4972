package dev.zohodelink.emulator.core;

import dev.zohodelink.contract.ZohoError;

/** An error to answer instead of the real outcome, for the next {@code times} calls of a route. */
public record Fault(RouteKind route, ZohoError error, int times) {

    public Fault {
        if (times < 1) {
            throw new IllegalArgumentException("a fault must apply to at least one call");
        }
    }
}
