package dev.zohodelink.emulator.core;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Faults injected through the control plane, consumed one call at a time. */
final class Faults {

    private static final class Active {
        private final Fault fault;
        private int callsLeft;

        private Active(Fault fault) {
            this.fault = fault;
            this.callsLeft = fault.times();
        }
    }

    private final List<Active> active = new ArrayList<>();

    synchronized void add(Fault fault) {
        active.add(new Active(fault));
    }

    synchronized void clear() {
        active.clear();
    }

    synchronized Optional<Fault> take(RouteKind route) {
        for (Iterator<Active> it = active.iterator(); it.hasNext(); ) {
            Active candidate = it.next();
            if (candidate.fault.route() == RouteKind.ANY || candidate.fault.route() == route) {
                if (--candidate.callsLeft == 0) {
                    it.remove();
                }
                return Optional.of(candidate.fault);
            }
        }
        return Optional.empty();
    }
}
