package dev.zohodelink.benchmark;

import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.emulator.control.EmulatorControl;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.core.codecs.Json;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The emulator's heap per 100,000 records and 100,000 relations. Method: a fresh in-process emulator with one token;
 * used heap after {@code System.gc()} (three collections, settled) before seeding; then 1,000 campaigns and 99,000
 * contacts are inserted ({@code POST /crm/v7/{Module}}, 100 per call) and each campaign is linked to 100 contacts
 * ({@code PUT /crm/v7/Campaigns/{id}/Contacts}, 100 per call), all through {@link Emulator#apply}; used heap after
 * {@code System.gc()} again, with the emulator still reachable. The difference, repeated, median taken.
 */
final class MemoryProbe {

    static final int CAMPAIGNS = 1_000;
    static final int CONTACTS = 99_000;
    static final int RELATIONS_PER_CAMPAIGN = 100;

    record Result(List<Long> samples, long medianBytes, Map<String, Object> stateAfter) {}

    Result measure(int repetitions) {
        List<Long> samples = new ArrayList<>();
        Map<String, Object> state = Map.of();
        for (int r = 0; r < repetitions; r++) {
            long before = usedHeapAfterGc();
            Emulator emulator = new Emulator(BehaviourProfile.bestEvidence());
            String token =
                    emulator.issueToken(emulator.administrator(), List.of("ZohoCRM.modules.ALL"), Duration.ofHours(1));
            seed(emulator, token);
            state = Json.asObject(EmulatorControl.inProcess(emulator).state());
            long after = usedHeapAfterGc();
            java.lang.ref.Reference.reachabilityFence(emulator);
            samples.add(after - before);
        }
        long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(List.copyOf(samples), sorted[sorted.length / 2], state);
    }

    /** In its own method so that the seeder's lists of ids are garbage when the heap is read. */
    private static void seed(Emulator emulator, String token) {
        ZohoSeeder seeder = new ZohoSeeder(emulator, token);
        List<String> campaigns = seeder.insert("Campaigns", "Campaign_Name", "Memory campaign ", CAMPAIGNS);
        List<String> contacts = seeder.insert("Contacts", "Last_Name", "Memory contact ", CONTACTS);
        for (int c = 0; c < campaigns.size(); c++) {
            List<String> linked = new ArrayList<>(RELATIONS_PER_CAMPAIGN);
            for (int k = 0; k < RELATIONS_PER_CAMPAIGN; k++) {
                linked.add(contacts.get((c * RELATIONS_PER_CAMPAIGN + k) % contacts.size()));
            }
            seeder.link(campaigns.get(c), linked);
        }
    }

    static long usedHeapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(
                    used,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    static String describeSamples(List<Long> samples) {
        return Arrays.toString(samples.stream()
                .mapToDouble(b -> b / 1048576.0)
                .mapToObj(mb -> String.format("%.1f MiB", mb))
                .toArray());
    }
}
