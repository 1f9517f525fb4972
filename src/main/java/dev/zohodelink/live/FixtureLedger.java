package dev.zohodelink.live;

import dev.zohodelink.contract.Module;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Every record a run created and whether it is gone again; the basis of cleanup and of its report. */
public final class FixtureLedger {

    private final FixtureLedger parent;
    private final Map<Module, Set<String>> outstanding = new EnumMap<>(Module.class);
    private final Map<Module, Long> createdByModule = new EnumMap<>(Module.class);
    private long created;
    private long deleted;
    private int insertsInFlight;
    private boolean closed;

    /** An insert between its request and the ledger's entries for the ids Zoho answered; closing it ends it. */
    public interface Insertion extends AutoCloseable {
        @Override
        void close();
    }

    public FixtureLedger() {
        this(null);
    }

    private FixtureLedger(FixtureLedger parent) {
        this.parent = parent;
    }

    /** A ledger for one scenario whose entries also count in this one. */
    public FixtureLedger child() {
        return new FixtureLedger(this);
    }

    public void created(Module module, String id) {
        synchronized (this) {
            outstanding.computeIfAbsent(module, m -> new LinkedHashSet<>()).add(id);
            createdByModule.merge(module, 1L, Long::sum);
            created++;
        }
        if (parent != null) {
            parent.created(module, id);
        }
    }

    public void deleted(Module module, String id) {
        synchronized (this) {
            Set<String> ids = outstanding.get(module);
            if (ids != null && ids.remove(id)) {
                deleted++;
            }
        }
        if (parent != null) {
            parent.deleted(module, id);
        }
    }

    /**
     * Marks an insert in flight until the returned insertion is closed, so that {@link #closeAndAwaitInserts} waits
     * for the ids it creates.
     *
     * @throws IllegalStateException once the ledger is closed: the run is being cleaned up, so nothing more is created
     */
    public Insertion inserting() {
        if (parent != null) {
            return parent.inserting();
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the run is stopping and cleaning up: no more records are created");
            }
            insertsInFlight++;
        }
        return () -> {
            synchronized (this) {
                insertsInFlight--;
                notifyAll();
            }
        };
    }

    /**
     * Refuses new inserts and waits, at most {@code timeout}, for those in flight, whose records a cleanup started
     * earlier would miss (a run stopped with Ctrl-C while its scenarios insert).
     *
     * @return whether no insert is still in flight
     */
    public boolean closeAndAwaitInserts(Duration timeout) {
        if (parent != null) {
            return parent.closeAndAwaitInserts(timeout);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            closed = true;
            try {
                for (long left = timeout.toNanos();
                        insertsInFlight > 0 && left > 0;
                        left = deadline - System.nanoTime()) {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return insertsInFlight == 0;
        }
    }

    /** The records not yet deleted, per module. */
    public synchronized Map<Module, List<String>> outstanding() {
        Map<Module, List<String>> copy = new EnumMap<>(Module.class);
        outstanding.forEach((module, ids) -> {
            if (!ids.isEmpty()) {
                copy.put(module, new ArrayList<>(ids));
            }
        });
        return copy;
    }

    /** How many records were created per module, deleted or not. */
    public synchronized Map<Module, Long> createdByModule() {
        return new EnumMap<>(createdByModule);
    }

    public synchronized long createdCount() {
        return created;
    }

    public synchronized long deletedCount() {
        return deleted;
    }

    public synchronized long outstandingCount() {
        return created - deleted;
    }
}
