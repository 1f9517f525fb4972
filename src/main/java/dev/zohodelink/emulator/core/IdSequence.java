package dev.zohodelink.emulator.core;

import java.util.HashSet;
import java.util.Set;

/**
 * The ids of one org's records and users, which share one space as on Zoho: generated ones count up from a
 * Zoho-like base and skip those a caller chose; an id is in use until its record is deleted.
 */
public final class IdSequence {

    private static final long BASE = 5_725_767_000_000_400_000L;

    private final Set<String> inUse = new HashSet<>();
    private long next = BASE + 1;

    public synchronized String next() {
        String id;
        do {
            id = Long.toString(next++);
        } while (!inUse.add(id));
        return id;
    }

    /** Takes an id chosen by the caller; false when a record or user has it. */
    public synchronized boolean claim(String id) {
        return inUse.add(id);
    }

    public synchronized void release(String id) {
        inUse.remove(id);
    }
}
