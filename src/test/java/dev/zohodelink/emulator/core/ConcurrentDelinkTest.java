package dev.zohodelink.emulator.core;

import static dev.zohodelink.contract.Module.CAMPAIGNS;
import static dev.zohodelink.contract.Module.LEADS;
import static dev.zohodelink.contract.Module.PRODUCTS;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.json;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.relatedListPath;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zohodelink.contract.Module;
import dev.zohodelink.emulator.control.EmulatorControl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrentDelinkTest {

    private static final int THREADS = 8;
    private static final int ITERATIONS = 300;

    @Test
    void eight_threads_linking_and_delinking_the_same_records_leave_both_sides_of_every_relation_in_agreement()
            throws Exception {
        // GIVEN two campaigns, two products and six leads shared by all threads
        ZohoEmulatorFixture zoho = ZohoEmulatorFixture.bestEvidence();
        List<String> campaigns = List.of(zoho.create(CAMPAIGNS), zoho.create(CAMPAIGNS));
        List<String> products = List.of(zoho.create(PRODUCTS), zoho.create(PRODUCTS));
        List<String> leads = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            leads.add(zoho.create(LEADS));
        }
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger linksAdded = new AtomicInteger();
        AtomicInteger relationsRemoved = new AtomicInteger();

        // WHEN 8 threads link and delink them at random, through both delink forms and both directions
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = 42L + t;
            workers.add(pool.submit(() -> {
                Random random = new Random(seed);
                start.await();
                for (int i = 0; i < ITERATIONS; i++) {
                    boolean viaCampaign = random.nextBoolean();
                    Module parentModule = viaCampaign ? CAMPAIGNS : PRODUCTS;
                    String parent = (viaCampaign ? campaigns : products).get(random.nextInt(2));
                    String lead = leads.get(random.nextInt(leads.size()));
                    String otherLead = leads.get(random.nextInt(leads.size()));
                    EmulatorResponse response = switch (random.nextInt(4)) {
                        case 0 ->
                            zoho.sendAs(
                                    zoho.token,
                                    "PUT",
                                    relatedListPath(parentModule, parent, LEADS),
                                    "{\"data\":[{\"id\":\"" + lead + "\"},{\"id\":\"" + otherLead + "\"}]}");
                        case 1 -> zoho.delete(relatedListPath(parentModule, parent, LEADS) + "/" + lead);
                        case 2 ->
                            zoho.delete(
                                    relatedListPath(parentModule, parent, LEADS) + "?ids=" + lead + "," + otherLead);
                        default -> zoho.delete(relatedListPath(LEADS, lead, parentModule) + "?ids=" + parent);
                    };
                    statuses.computeIfAbsent(response.status(), s -> new AtomicInteger())
                            .incrementAndGet();
                    for (JsonNode item : json(response).get("data")) {
                        switch (item.get("message").asText()) {
                            case "relation added" -> linksAdded.incrementAndGet();
                            case "relation removed" -> relationsRemoved.incrementAndGet();
                            default -> {}
                        }
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        // THEN every call was answered as planned: success, multi-status or all-failed, never 500
        then(statuses.keySet()).isSubsetOf(200, 207, 400);
        then(EmulatorControl.inProcess(zoho.emulator).state().unexpectedFailures())
                .isZero();
        // AND every relation is seen identically from both sides
        int related = 0;
        for (Module parentModule : List.of(CAMPAIGNS, PRODUCTS)) {
            for (String parent : parentModule == CAMPAIGNS ? campaigns : products) {
                List<String> fromParent = zoho.relatedIds(parentModule, parent, LEADS);
                then(fromParent).doesNotHaveDuplicates().isSubsetOf(leads);
                for (String lead : leads) {
                    then(zoho.relatedIds(LEADS, lead, parentModule).contains(parent))
                            .as("%s %s <-> lead %s", parentModule, parent, lead)
                            .isEqualTo(fromParent.contains(lead));
                }
                related += fromParent.size();
            }
        }
        // AND the org's own count agrees, and what is related plus what was removed never exceeds what was added
        then(EmulatorControl.inProcess(zoho.emulator).state().relations()).isEqualTo(related);
        then(related + relationsRemoved.get()).isLessThanOrEqualTo(linksAdded.get());
        then(relationsRemoved.get()).isPositive();
        then(EmulatorControl.inProcess(zoho.emulator).state().records()).isEqualTo(10);
    }
}
