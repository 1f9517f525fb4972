package dev.zohodelink.benchmark;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.emulator.control.EmulatorControl;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.core.EmulatorResponse;
import dev.zohodelink.emulator.http.EmulatorServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * The emulator's speed for delink calls, side by side with WireMock standalone serving a static stub of the same
 * answer to the same load, and its memory per 100,000 records and relations. Not a timed test: it asserts only that
 * the calls did what they should (every delink answered 200 SUCCESS and really removed its relations, WireMock
 * answered 200); the figures go to {@code reports/benchmark.md} and to the console.
 *
 * <p>Run with {@code ./mvnw -B -ntp -Pbenchmark verify}. Parameters (system properties): {@code benchmark.threads}
 * (16), {@code benchmark.single.warmup} / {@code benchmark.single.requests}, {@code benchmark.bulk.warmup} /
 * {@code benchmark.bulk.requests}, {@code benchmark.memory.repetitions} (3).
 */
class EmulatorVersusWireMockBenchmark {

    /** Contacts linked to each campaign; every (campaign, contact) pair is delinked at most once. */
    private static final int CONTACT_POOL = 2_000;

    private static final int IDS_PER_BULK = 100;

    private final int threads = Integer.getInteger("benchmark.threads", 16);
    private final int singleWarmup = Integer.getInteger("benchmark.single.warmup", 3_000);
    private final int singleRequests = Integer.getInteger("benchmark.single.requests", 20_000);
    private final int bulkWarmup = Integer.getInteger("benchmark.bulk.warmup", 400);
    private final int bulkRequests = Integer.getInteger("benchmark.bulk.requests", 2_400);
    private final int rounds = Integer.getInteger("benchmark.rounds", 4);
    private final int memoryRepetitions = Integer.getInteger("benchmark.memory.repetitions", 3);

    @Test
    void emulator_versus_wiremock_static_stub() throws Exception {
        MachineFacts machineBefore = MachineFacts.now();
        Emulator emulator = new Emulator(BehaviourProfile.bestEvidence());
        String token =
                emulator.issueToken(emulator.administrator(), List.of("ZohoCRM.modules.ALL"), Duration.ofHours(1));
        Map<String, Comparison> comparisons = new LinkedHashMap<>();
        Map<String, String> sampleBodies = new LinkedHashMap<>();
        long seedMillis;
        long relationsSeeded;
        String wireMockSettings;
        try (EmulatorServer emulatorServer = EmulatorServer.startOnFreeLoopbackPort(emulator)) {
            URI emulatorBase = emulatorServer.baseUri();

            // seeding, through the Zoho-shaped routes (in process); one extra pair / block per case gives the sample
            // answer for the stub
            long seedStart = System.nanoTime();
            int singlePairs = singleWarmup + singleRequests + 1;
            int bulkBlocks = bulkWarmup + bulkRequests + 1;
            int blocksPerCampaign = CONTACT_POOL / IDS_PER_BULK;
            int singleCampaignCount = ceilDiv(singlePairs, CONTACT_POOL);
            int bulkCampaignCount = ceilDiv(bulkBlocks, blocksPerCampaign);
            List<String> contacts;
            List<String> singleCampaigns;
            List<String> bulkCampaigns;
            ZohoSeeder seeder = new ZohoSeeder(emulator, token);
            contacts = seeder.insert("Contacts", "Last_Name", "Benchmark contact ", CONTACT_POOL);
            singleCampaigns = seeder.insert("Campaigns", "Campaign_Name", "Benchmark single ", singleCampaignCount);
            bulkCampaigns = seeder.insert("Campaigns", "Campaign_Name", "Benchmark bulk ", bulkCampaignCount);
            for (String campaign : singleCampaigns) {
                seeder.link(campaign, contacts);
            }
            for (String campaign : bulkCampaigns) {
                seeder.link(campaign, contacts);
            }
            seedMillis = (System.nanoTime() - seedStart) / 1_000_000;
            relationsSeeded = relations(emulator);
            assertThat(relationsSeeded).isEqualTo((long) (singleCampaignCount + bulkCampaignCount) * CONTACT_POOL);

            // work lists: consecutive requests go to different campaigns; no pair is delinked twice
            List<String> single = new ArrayList<>(singlePairs);
            for (int c = 0; single.size() < singlePairs; c++) {
                single.add("/crm/v7/Campaigns/" + singleCampaigns.get(c % singleCampaignCount) + "/Contacts/"
                        + contacts.get(c / singleCampaignCount));
            }
            List<String> bulk = new ArrayList<>(bulkBlocks);
            for (int b = 0; bulk.size() < bulkBlocks; b++) {
                int block = b / bulkCampaignCount;
                bulk.add("/crm/v7/Campaigns/" + bulkCampaigns.get(b % bulkCampaignCount) + "/Contacts?ids="
                        + String.join(",", contacts.subList(block * IDS_PER_BULK, (block + 1) * IDS_PER_BULK)));
            }

            // the sample answers, used verbatim by the stub
            HttpClient sampler = LoadDriver.newClient();
            HttpResponse<String> singleSample =
                    delete(sampler, emulatorBase.resolve(single.remove(single.size() - 1)), token);
            HttpResponse<String> bulkSample =
                    delete(sampler, emulatorBase.resolve(bulk.remove(bulk.size() - 1)), token);
            assertThat(singleSample.statusCode()).isEqualTo(200);
            assertThat(bulkSample.statusCode()).isEqualTo(200);
            assertThat(occurrences(bulkSample.body(), "\"SUCCESS\"")).isEqualTo(IDS_PER_BULK);
            sampleBodies.put("single", singleSample.body());
            sampleBodies.put("bulk", bulkSample.body());
            long relationsBeforeLoad = relations(emulator);

            WireMockConfiguration options = WireMockConfiguration.options()
                    .dynamicPort()
                    .bindAddress("127.0.0.1")
                    .disableRequestJournal()
                    .stubRequestLoggingDisabled(true)
                    .notifier(new ConsoleNotifier(false));
            wireMockSettings = "container threads " + options.containerThreads() + ", Jetty acceptors "
                    + options.jettySettings()
                            .getAcceptors()
                            .map(String::valueOf)
                            .orElse("default");
            WireMockServer wireMock = new WireMockServer(options);
            wireMock.start();
            try {
                wireMock.stubFor(WireMock.delete(urlPathMatching("/crm/v7/Campaigns/[0-9]+/Contacts/[0-9]+"))
                        .willReturn(aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", EmulatorResponse.JSON)
                                .withBody(singleSample.body())));
                wireMock.stubFor(WireMock.delete(urlPathMatching("/crm/v7/Campaigns/[0-9]+/Contacts"))
                        .willReturn(aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", EmulatorResponse.JSON)
                                .withBody(bulkSample.body())));
                URI wireMockBase = URI.create("http://127.0.0.1:" + wireMock.port());
                LoadDriver driver = new LoadDriver(threads);
                BiPredicate<Integer, String> oneSuccess =
                        (status, body) -> status == 200 && occurrences(body, "\"SUCCESS\"") == 1;
                BiPredicate<Integer, String> hundredSuccesses =
                        (status, body) -> status == 200 && occurrences(body, "\"SUCCESS\"") == IDS_PER_BULK;

                comparisons.put(
                        "single-id delink `DELETE /crm/v7/Campaigns/{id}/Contacts/{rid}`",
                        compare(driver, emulatorBase, wireMockBase, token, single, singleWarmup, rounds, oneSuccess));
                comparisons.put(
                        "100-id bulk delink `DELETE /crm/v7/Campaigns/{id}/Contacts?ids=...`",
                        compare(driver, emulatorBase, wireMockBase, token, bulk, bulkWarmup, rounds, hundredSuccesses));
            } finally {
                wireMock.stop();
            }

            // sanity, not speed: every answer was as expected, and the emulator's state changed accordingly
            for (Comparison comparison : comparisons.values()) {
                assertThat(comparison.emulatorWarmup().failures())
                        .as("emulator warm-up: %s", comparison.emulatorWarmup().firstFailures())
                        .isZero();
                assertThat(comparison.emulator().failures())
                        .as("emulator: %s", comparison.emulator().firstFailures())
                        .isZero();
                assertThat(comparison.wireMockWarmup().failures())
                        .as("WireMock warm-up: %s", comparison.wireMockWarmup().firstFailures())
                        .isZero();
                assertThat(comparison.wireMock().failures())
                        .as("WireMock: %s", comparison.wireMock().firstFailures())
                        .isZero();
            }
            long delinkedIds = single.size() + (long) bulk.size() * IDS_PER_BULK;
            assertThat(relations(emulator))
                    .as("relations left after the load")
                    .isEqualTo(relationsBeforeLoad - delinkedIds);
            assertThat(EmulatorControl.inProcess(emulator).state().unexpectedFailures())
                    .isZero();
        }

        MemoryProbe.Result memory = new MemoryProbe().measure(memoryRepetitions);
        assertThat(memory.stateAfter())
                .containsEntry("records", MemoryProbe.CAMPAIGNS + MemoryProbe.CONTACTS)
                .containsEntry("relations", MemoryProbe.CAMPAIGNS * MemoryProbe.RELATIONS_PER_CAMPAIGN);

        BenchmarkReport report = new BenchmarkReport(
                machineBefore,
                MachineFacts.now(),
                threads,
                rounds,
                Map.of("single", new int[] {singleWarmup, singleRequests}, "bulk", new int[] {bulkWarmup, bulkRequests
                }),
                CONTACT_POOL,
                relationsSeeded,
                seedMillis,
                comparisons,
                sampleBodies,
                wireMockSettings,
                memory,
                memoryRepetitions);
        String markdown = report.markdown();
        System.out.println(markdown);
        Path reports = Path.of(System.getProperty("zoho.reports.dir", "reports"));
        Files.createDirectories(reports);
        Files.writeString(reports.resolve("benchmark.md"), markdown, StandardCharsets.UTF_8);
    }

    /**
     * Warm-up of both servers on the first {@code warmup} requests, then the rest in {@code rounds} equal slices, each
     * sent to both servers, alternating which goes first (emulator, WireMock, WireMock, emulator, ...), so that a
     * change in the machine's load during the run falls on both. One keep-alive client per server for the whole case.
     */
    private static Comparison compare(
            LoadDriver driver,
            URI emulatorBase,
            URI wireMockBase,
            String token,
            List<String> work,
            int warmup,
            int rounds,
            BiPredicate<Integer, String> check)
            throws InterruptedException {
        HttpClient emulatorClient = LoadDriver.newClient();
        HttpClient wireMockClient = LoadDriver.newClient();
        LoadDriver.Phase emulatorWarmup =
                driver.run(emulatorClient, emulatorBase, token, work.subList(0, warmup), check);
        LoadDriver.Phase wireMockWarmup =
                driver.run(wireMockClient, wireMockBase, token, work.subList(0, warmup), check);
        List<LoadDriver.Phase> emulatorPhases = new ArrayList<>();
        List<LoadDriver.Phase> wireMockPhases = new ArrayList<>();
        int measured = work.size() - warmup;
        for (int r = 0; r < rounds; r++) {
            List<String> slice = work.subList(warmup + measured * r / rounds, warmup + measured * (r + 1) / rounds);
            boolean emulatorFirst = r % 4 == 0 || r % 4 == 3;
            if (emulatorFirst) {
                emulatorPhases.add(driver.run(emulatorClient, emulatorBase, token, slice, check));
            }
            wireMockPhases.add(driver.run(wireMockClient, wireMockBase, token, slice, check));
            if (!emulatorFirst) {
                emulatorPhases.add(driver.run(emulatorClient, emulatorBase, token, slice, check));
            }
        }
        return new Comparison(
                emulatorWarmup,
                wireMockWarmup,
                LoadDriver.Phase.merge(emulatorPhases),
                LoadDriver.Phase.merge(wireMockPhases));
    }

    record Comparison(
            LoadDriver.Phase emulatorWarmup,
            LoadDriver.Phase wireMockWarmup,
            LoadDriver.Phase emulator,
            LoadDriver.Phase wireMock) {}

    private static HttpResponse<String> delete(HttpClient client, URI uri, String token) throws Exception {
        return client.send(
                HttpRequest.newBuilder(uri)
                        .header("Authorization", "Zoho-oauthtoken " + token)
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long relations(Emulator emulator) {
        return EmulatorControl.inProcess(emulator).state().relations();
    }

    static int occurrences(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
