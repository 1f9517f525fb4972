package dev.zohodelink.emulator.core;

import dev.zohodelink.contract.Module;
import java.util.Comparator;

/** Two related records, as the control plane lists them: the one with the lower id first. */
public record LinkedPair(Module firstModule, String firstId, Module secondModule, String secondId) {

    /** Numeric order of record ids (1 to 19 digits). */
    static final Comparator<String> BY_ID =
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

    static LinkedPair of(StoredRecord a, StoredRecord b) {
        return BY_ID.compare(a.id(), b.id()) <= 0
                ? new LinkedPair(a.module(), a.id(), b.module(), b.id())
                : new LinkedPair(b.module(), b.id(), a.module(), a.id());
    }
}
