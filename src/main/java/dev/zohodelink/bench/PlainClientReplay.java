package dev.zohodelink.bench;

import dev.zohodelink.contract.Scopes;
import dev.zohodelink.emulator.control.ControlPlane;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.http.EmulatorServer;
import dev.zohodelink.recording.ExchangeRecorder.RawExchange;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor: the suite's own exchanges (method, path, query and body, in each scenario's order) sent again by a plain
 * keep-alive {@code java.net.http} client, to a fresh emulator per scenario on a loopback port, as the
 * administrator, on as many threads as the suite used. Only the calls are timed, each from building its request to
 * reading its whole body. Record ids are counted per emulator, so the same sequence addresses the same records;
 * what differs (calls as another user, injected faults, which the recorder does not see) shows in the status count.
 */
final class PlainClientReplay {

    /** Every replayed call's time, how many got the status the suite's call got, and the process CPU time of the replay. */
    record Result(Distribution calls, long sameStatus, long cpuNanos) {}

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final int threads;

    PlainClientReplay(int threads) {
        this.threads = threads;
    }

    Result replay(List<CapturedScenario> scenarios) throws InterruptedException {
        long cpuStart = ProcessCpu.nanos();
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        AtomicLong sameStatus = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (CapturedScenario scenario : scenarios) {
                running.add(pool.submit(() -> {
                    replay(scenario, nanos, sameStatus);
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the plain client's replay failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Result(Distribution.of(nanos), sameStatus.get(), ProcessCpu.nanos() - cpuStart);
    }

    private void replay(CapturedScenario scenario, ConcurrentLinkedQueue<Long> nanos, AtomicLong sameStatus)
            throws IOException, InterruptedException {
        Emulator emulator = new Emulator(scenario.profile());
        String authorization = "Zoho-oauthtoken "
                + emulator.issueToken(emulator.administrator(), List.of(Scopes.ALL_MODULES), Duration.ofHours(1));
        try (EmulatorServer server =
                EmulatorServer.startOnSharedThreads(emulator, new ControlPlane(emulator), "127.0.0.1", 0)) {
            for (RawExchange exchange : scenario.exchanges()) {
                long start = System.nanoTime();
                HttpResponse<String> response = client.send(
                        request(server.baseUri(), exchange, authorization), HttpResponse.BodyHandlers.ofString());
                nanos.add(System.nanoTime() - start);
                if (response.statusCode() == exchange.status()) {
                    sameStatus.incrementAndGet();
                }
            }
        }
    }

    private static HttpRequest request(URI base, RawExchange exchange, String authorization) {
        URI uri =
                URI.create(base + exchange.rawPath() + (exchange.rawQuery() == null ? "" : "?" + exchange.rawQuery()));
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Authorization", authorization);
        if (exchange.requestBody() == null) {
            return request.method(exchange.method(), HttpRequest.BodyPublishers.noBody())
                    .build();
        }
        return request.header("Content-Type", "application/json")
                .method(exchange.method(), HttpRequest.BodyPublishers.ofString(exchange.requestBody()))
                .build();
    }
}
