package dev.zohodelink.emulator.core.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Faults injected through the control plane, consulted once per call in the order they were injected: every
 * latency that applies adds its delay, and the first other fault that applies decides the answer; later ones are
 * not consulted for that call, so they neither count it nor draw for it.
 */
public final class Faults {

    /** What the faults do to one call: a delay (possibly zero) and perhaps an answer instead of the real one. */
    public record Injection(Duration delay, Optional<Fault.Effect> answer) {
        static final Injection NONE = new Injection(Duration.ZERO, Optional.empty());
    }

    private static final class Active {
        private final Fault fault;
        private final Random random;
        private int callsLeft;

        private Active(Fault fault) {
            this.fault = fault;
            this.random = new Random(fault.schedule().seed());
            this.callsLeft = fault.schedule().times();
        }

        boolean appliesTo(RouteKind route) {
            return fault.route() == RouteKind.ANY || fault.route() == route;
        }

        boolean fires() {
            boolean fires = !fault.schedule().isFractional()
                    || random.nextDouble() < fault.schedule().fraction();
            if (fires && fault.schedule().isLimited()) {
                callsLeft--;
            }
            return fires;
        }

        Fault remaining() {
            FaultSchedule schedule = fault.schedule();
            return new Fault(
                    fault.route(), fault.effect(), new FaultSchedule(callsLeft, schedule.fraction(), schedule.seed()));
        }

        boolean isUsedUp() {
            return fault.schedule().isLimited() && callsLeft == 0;
        }
    }

    private final List<Active> active = new ArrayList<>();

    public synchronized void add(Fault fault) {
        active.add(new Active(fault));
    }

    public synchronized void clear() {
        active.clear();
    }

    /** The faults still waiting for calls, in injection order, each with the calls it has left as its {@code times}. */
    public synchronized List<Fault> pending() {
        return active.stream().map(Active::remaining).toList();
    }

    public synchronized Injection take(RouteKind route) {
        if (active.isEmpty()) {
            return Injection.NONE;
        }
        Duration delay = Duration.ZERO;
        Fault.Effect answer = null;
        for (Iterator<Active> it = active.iterator(); it.hasNext(); ) {
            Active candidate = it.next();
            boolean isLatency = candidate.fault.effect() instanceof Fault.Latency;
            if (!candidate.appliesTo(route) || (!isLatency && answer != null) || !candidate.fires()) {
                continue;
            }
            if (candidate.fault.effect() instanceof Fault.Latency latency) {
                delay = delay.plus(latency.delay());
            } else {
                answer = candidate.fault.effect();
            }
            if (candidate.isUsedUp()) {
                it.remove();
            }
        }
        return new Injection(delay, Optional.ofNullable(answer));
    }
}
