package dev.zohodelink.emulator.core;

import dev.zohodelink.contract.Module;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The data of one emulated CRM organisation: its records and the relations between them. Every method is atomic;
 * {@link #atomically} groups several into one step, as one API call does.
 */
public final class Records {

    private final Clock clock;
    private final IdSequence ids;
    private final Map<String, StoredRecord> records = new HashMap<>();
    private final Map<String, Map<String, Map<String, Object>>> relations = new HashMap<>();

    public Records(Clock clock, IdSequence ids) {
        this.clock = clock;
        this.ids = ids;
    }

    public synchronized <T> T atomically(Supplier<T> work) {
        return work.get();
    }

    synchronized StoredRecord insert(Module module, Map<String, Object> fields, User createdBy) {
        StoredRecord record = new StoredRecord(ids.next(), module, fields, clock.instant(), createdBy);
        records.put(record.id(), record);
        return record;
    }

    /** Inserts a record under an id chosen by the caller; false when a record or user has the id. */
    synchronized boolean insert(String id, Module module, Map<String, Object> fields, User createdBy) {
        if (!ids.claim(id)) {
            return false;
        }
        records.put(id, new StoredRecord(id, module, fields, clock.instant(), createdBy));
        return true;
    }

    synchronized Optional<StoredRecord> record(String id) {
        return Optional.ofNullable(records.get(id));
    }

    synchronized Optional<StoredRecord> record(Module module, String id) {
        return record(id).filter(r -> r.module() == module);
    }

    synchronized List<StoredRecord> inModule(Module module) {
        return records.values().stream()
                .filter(r -> r.module() == module)
                .sorted(Comparator.comparing(StoredRecord::id))
                .toList();
    }

    synchronized boolean delete(String id) {
        if (records.remove(id) == null) {
            return false;
        }
        ids.release(id);
        Map<String, Map<String, Object>> links = relations.remove(id);
        if (links != null) {
            links.keySet()
                    .forEach(other -> relations.getOrDefault(other, Map.of()).remove(id));
        }
        return true;
    }

    synchronized void link(String a, String b, Map<String, Object> relationFields) {
        relations.computeIfAbsent(a, k -> new LinkedHashMap<>()).put(b, Map.copyOf(relationFields));
        relations.computeIfAbsent(b, k -> new LinkedHashMap<>()).put(a, Map.copyOf(relationFields));
    }

    synchronized boolean unlink(String a, String b) {
        Map<String, Map<String, Object>> fromA = relations.get(a);
        Map<String, Map<String, Object>> fromB = relations.get(b);
        boolean removed = fromA != null && fromA.remove(b) != null;
        if (fromB != null) {
            fromB.remove(a);
        }
        return removed;
    }

    /** Every relation once, sorted by the lower record id, then the higher. */
    synchronized List<LinkedPair> relations() {
        List<LinkedPair> pairs = new ArrayList<>();
        relations.forEach((id, others) -> others.keySet().stream()
                .filter(other -> LinkedPair.BY_ID.compare(id, other) < 0)
                .forEach(other -> pairs.add(LinkedPair.of(records.get(id), records.get(other)))));
        pairs.sort(Comparator.comparing(LinkedPair::firstId, LinkedPair.BY_ID)
                .thenComparing(LinkedPair::secondId, LinkedPair.BY_ID));
        return pairs;
    }

    synchronized boolean areLinked(String a, String b) {
        return relations.getOrDefault(a, Map.of()).containsKey(b);
    }

    /** The records of a module linked to a record, in the order they were linked. */
    synchronized List<StoredRecord> linked(String id, Module module) {
        List<StoredRecord> linked = new ArrayList<>();
        for (String other : relations.getOrDefault(id, Map.of()).keySet()) {
            StoredRecord record = records.get(other);
            if (record != null && record.module() == module) {
                linked.add(record);
            }
        }
        return linked;
    }

    /** Forgets all records and relations. */
    public synchronized void clear() {
        records.keySet().forEach(ids::release);
        records.clear();
        relations.clear();
    }

    public synchronized int recordCount() {
        return records.size();
    }

    public synchronized int relationCount() {
        return relations.values().stream().mapToInt(Map::size).sum() / 2;
    }
}
