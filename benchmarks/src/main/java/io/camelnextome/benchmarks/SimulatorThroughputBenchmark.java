package io.camelnextome.benchmarks;

import io.camelnextome.simulator.NextomeSimulator;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many {@code GET /trackables/{tid}} requests per second the simulator serves to a plain JDK
 * HttpClient with 16 concurrent callers, so that the simulator can be shown never to be the bottleneck
 * of a component benchmark. Client and server share the machine: the figure is a lower bound.
 * <p>
 * Settings ({@code -Dname=value}): {@code callers} (16), {@code warmupSeconds} (5), {@code seconds} (20).
 */
public final class SimulatorThroughputBenchmark {

    private SimulatorThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int callers = Integer.getInteger("callers", 16);
        Duration warmup = Duration.ofSeconds(Integer.getInteger("warmupSeconds", 5));
        Duration measured = Duration.ofSeconds(Integer.getInteger("seconds", 20));
        try (NextomeSimulator simulator = NextomeSimulator.builder().build().start()) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String token = authenticate(http, simulator);
            System.out.printf("Simulator %s, %d callers, %d cores, warm-up %d s, measured %d s%n", simulator.baseUrl(),
                    callers, Runtime.getRuntime().availableProcessors(), warmup.toSeconds(), measured.toSeconds());
            run(http, simulator, token, callers, warmup);
            Result result = run(http, simulator, token, callers, measured);
            System.out.printf("GET /trackables/{tid}: %d requests in %.1f s = %.0f requests/second, "
                    + "mean latency %.3f ms, %d errors%n", result.ok, result.seconds, result.ok / result.seconds,
                    result.meanLatencyMillis(), result.errors);
            System.out.printf("simulator counted %d requests of GET /trackables/{tid}%n",
                    simulator.control().requests("GET /trackables/{tid}"));
        }
    }

    private static Result run(HttpClient http, NextomeSimulator simulator, String token, int callers, Duration length)
            throws InterruptedException {
        LongAdder ok = new LongAdder();
        LongAdder errors = new LongAdder();
        LongAdder latencyNanos = new LongAdder();
        long start = System.nanoTime();
        long deadline = start + length.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            int caller = c;
            Thread thread = new Thread(() -> {
                long n = caller;
                while (System.nanoTime() < deadline) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.baseUrl()
                                    + String.format("/trackables/T-%03d", n++ % 20 + 1)))
                            .header("Authorization", "Bearer " + token).GET().build();
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        (response.statusCode() == 200 ? ok : errors).increment();
                        latencyNanos.add(System.nanoTime() - sent);
                    } catch (IOException e) {
                        errors.increment();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "caller-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(ok.sum(), errors.sum(), latencyNanos.sum(), seconds);
    }

    private static String authenticate(HttpClient http, NextomeSimulator simulator) throws Exception {
        String credentials = new JsonObject().put("clientId", simulator.clientId())
                .put("clientSecret", simulator.clientSecret()).encode();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/apps/auth"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(credentials)).build(), HttpResponse.BodyHandlers.ofString());
        return new JsonObject(response.body()).getString("accessToken");
    }

    private record Result(long ok, long errors, long latencyNanos, double seconds) {
        double meanLatencyMillis() {
            long count = ok + errors;
            return count == 0 ? 0 : latencyNanos / 1e6 / count;
        }
    }
}
