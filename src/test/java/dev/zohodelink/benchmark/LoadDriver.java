package dev.zohodelink.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;

/**
 * The one client of the benchmark, used unchanged against the emulator and against WireMock: a fixed number of
 * threads share one keep-alive HTTP/1.1 {@link HttpClient} and take requests from a list until it is used up; each
 * request is timed from before {@code send} to the fully read body. Every request of the list is sent exactly once.
 */
final class LoadDriver {

    private final int threads;

    LoadDriver(int threads) {
        this.threads = threads;
    }

    /** A keep-alive client; HTTP/1.1 forced so that neither server is offered an h2c upgrade. */
    static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * Sends {@code DELETE base + pathAndQuery} for each entry, {@code threads} at a time.
     *
     * @param check whether an answer (status, body) is what the scenario expects; judged after the clock stops
     */
    Phase run(
            HttpClient client, URI base, String token, List<String> pathsAndQueries, BiPredicate<Integer, String> check)
            throws InterruptedException {
        int total = pathsAndQueries.size();
        List<URI> uris = new ArrayList<>(total);
        for (String pathAndQuery : pathsAndQueries) {
            uris.add(base.resolve(pathAndQuery));
        }
        long[] latencies = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicLong failures = new AtomicLong();
        AtomicLong responseBytes = new AtomicLong();
        List<String> firstFailures = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(
                    () -> {
                        try {
                            start.await();
                            int i;
                            while ((i = next.getAndIncrement()) < total) {
                                HttpRequest request = HttpRequest.newBuilder(uris.get(i))
                                        .timeout(Duration.ofSeconds(60))
                                        .header("Authorization", "Zoho-oauthtoken " + token)
                                        .DELETE()
                                        .build();
                                long began = System.nanoTime();
                                HttpResponse<String> response;
                                try {
                                    response = client.send(request, HttpResponse.BodyHandlers.ofString());
                                } catch (IOException e) {
                                    latencies[i] = System.nanoTime() - began;
                                    failures.incrementAndGet();
                                    note(firstFailures, "I/O: " + e);
                                    continue;
                                }
                                latencies[i] = System.nanoTime() - began;
                                responseBytes.addAndGet(response.body().length());
                                if (!check.test(response.statusCode(), response.body())) {
                                    failures.incrementAndGet();
                                    note(firstFailures, response.statusCode() + " " + abbreviate(response.body()));
                                }
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } finally {
                            done.countDown();
                        }
                    },
                    "benchmark-client-" + t);
            worker.setDaemon(true);
            worker.start();
        }
        long began = System.nanoTime();
        start.countDown();
        done.await();
        long elapsed = System.nanoTime() - began;
        return new Phase(total, elapsed, latencies, failures.get(), responseBytes.get(), List.copyOf(firstFailures));
    }

    private static void note(List<String> firstFailures, String failure) {
        if (firstFailures.size() < 5) {
            firstFailures.add(failure);
        }
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }

    /** The outcome of one phase: its wall time, each request's latency, the answers that were not as expected. */
    record Phase(
            int requests,
            long elapsedNanos,
            long[] latencyNanos,
            long failures,
            long responseBytes,
            List<String> firstFailures) {

        /** Several phases as one: requests, wall times and latencies added up. */
        static Phase merge(List<Phase> phases) {
            int requests = 0;
            long elapsed = 0;
            long failures = 0;
            long bytes = 0;
            List<String> firstFailures = new ArrayList<>();
            java.util.stream.LongStream.Builder latencies = java.util.stream.LongStream.builder();
            for (Phase phase : phases) {
                requests += phase.requests();
                elapsed += phase.elapsedNanos();
                failures += phase.failures();
                bytes += phase.responseBytes();
                firstFailures.addAll(phase.firstFailures());
                java.util.Arrays.stream(phase.latencyNanos()).forEach(latencies::add);
            }
            return new Phase(
                    requests, elapsed, latencies.build().toArray(), failures, bytes, List.copyOf(firstFailures));
        }

        double throughput() {
            return requests / (elapsedNanos / 1e9);
        }

        /** Nearest-rank percentile in milliseconds. */
        double percentileMillis(double percentile) {
            long[] sorted = latencyNanos.clone();
            java.util.Arrays.sort(sorted);
            int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
        }

        double maxMillis() {
            return java.util.Arrays.stream(latencyNanos).max().orElse(0) / 1e6;
        }

        double averageResponseBytes() {
            return requests == 0 ? 0 : (double) responseBytes / requests;
        }
    }
}
