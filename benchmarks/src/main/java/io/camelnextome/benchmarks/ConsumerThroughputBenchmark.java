package io.camelnextome.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.management.ThreadMXBean;
import io.camelnextome.nextome.NextomeComponent;
import io.camelnextome.nextome.model.LocationDto;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * How many positions per second one incremental consumer ({@code nextome:locations/positions}, pages of 500, no
 * delay between polls) delivers to a processor that counts them, and the heap its JVM used to do so. The simulator
 * runs in another process (see {@code consumer-benchmark.sh}), so that this JVM's heap is the consumer's alone: run
 * it with a small {@code -Xmx}.
 * <p>
 * Settings ({@code -Dname=value}): {@code baseUrl} (the simulator, required), {@code positions} (1000000: the
 * stream is the first range of the simulator's history that holds that many positions), {@code venueId}
 * (1), {@code size} (500), {@code timeoutSeconds} (600).
 */
public final class ConsumerThroughputBenchmark {

    private ConsumerThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = System.getProperty("baseUrl");
        if (baseUrl == null) {
            throw new IllegalArgumentException("Set -DbaseUrl to the simulator's URL, e.g. http://127.0.0.1:8080");
        }
        long positions = Long.getLong("positions", 1_000_000);
        long venueId = Long.getLong("venueId", 1);
        int size = Integer.getInteger("size", 500);
        long timeoutSeconds = Long.getLong("timeoutSeconds", 600);

        Window window = Window.holding(baseUrl, venueId, positions);
        System.out.printf("Streaming %,d positions of venue %d (timestampGenerated %d..%d) from %s in pages of %d;"
                + " max heap %d MiB, %d cores, load average %.2f%n", window.count, venueId, window.start, window.end,
                baseUrl, size, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        AtomicLong delivered = new AtomicLong();
        CountDownLatch all = new CountDownLatch(1);
        HeapSampler heap = new HeapSampler();
        try (CamelContext camel = new DefaultCamelContext()) {
            NextomeComponent nextome = new NextomeComponent();
            nextome.getConfiguration().setBaseUrl(baseUrl);
            nextome.getConfiguration().setClientId(System.getProperty("clientId", "demo-client"));
            nextome.getConfiguration().setClientSecret(System.getProperty("clientSecret", "demo-secret"));
            camel.addComponent("nextome", nextome);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("nextome:locations/positions?venueId=" + venueId + "&start=" + window.start + "&end="
                         + window.end + "&size=" + size + "&delay=0&initialDelay=0")
                            .routeId("positions").autoStartup(false)
                            .process(exchange -> {
                                if (exchange.getIn().getBody() instanceof LocationDto
                                    && delivered.incrementAndGet() == window.count) {
                                    all.countDown();
                                }
                            });
                }
            });
            camel.start();
            heap.start();
            long allocatedBefore = allocatedByAllThreads();
            long started = System.nanoTime();
            camel.getRouteController().startRoute("positions");
            boolean complete = all.await(timeoutSeconds, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - started) / 1e9;
            // read while the consumer's thread still lives
            long allocated = allocatedByAllThreads() - allocatedBefore;
            camel.getRouteController().stopRoute("positions");
            heap.stop();
            if (!complete) {
                System.out.printf("INCOMPLETE: %,d of %,d positions in %.1f s%n", delivered.get(), window.count, seconds);
                System.exit(1);
            }
            System.out.printf("%,d positions in %.1f s = %,.0f positions/second (%s)%n", delivered.get(), seconds,
                    delivered.get() / seconds, delivered.get() == window.count ? "as many as the simulator holds" : "MISMATCH with the simulator's count");
            System.out.printf("heap: max %d MiB; peak used %.1f MiB (sampled every 10 ms), %.1f MiB (sum of pool"
                    + " peaks); GC %s%n", Runtime.getRuntime().maxMemory() >> 20, heap.peak / 1048576.0,
                    poolPeaks() / 1048576.0, gcs());
            System.out.printf("allocated %,d bytes per position (all threads of this JVM)%n",
                    allocated / Math.max(1, delivered.get()));
            if (delivered.get() != window.count) {
                System.exit(1);
            }
        }
    }

    /**
     * The first range of the simulator's history holding at least {@code positions} positions of the venue. The
     * history generated at start has exactly one position per trackable per interval; live positions come from a
     * timer whose ticks bunch up under load into identical positions, which the consumer rightly delivers once.
     */
    record Window(long start, long end, long count) {

        static Window holding(String baseUrl, long venueId, long positions) throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            long interval = get(http, baseUrl + "/_sim/status").getLong("positionIntervalMillis");
            PlainClient api = new PlainClient(baseUrl, System.getProperty("clientId", "demo-client"),
                    System.getProperty("clientSecret", "demo-secret"));
            JsonArray first = new JsonArray(Buffer.buffer(api.get("/locations/positions/" + venueId + "?start=0&end="
                    + System.currentTimeMillis() + "&page=0&size=1").body()));
            if (first.isEmpty()) {
                throw new IllegalStateException("The simulator holds no positions of venue " + venueId);
            }
            long start = first.getJsonObject(0).getLong("timestampGenerated");
            long perInterval = count(http, baseUrl, venueId, start, start);
            long end = start + (positions + perInterval - 1) / perInterval * interval - 1;
            long count = count(http, baseUrl, venueId, start, end);
            if (count < positions || end > System.currentTimeMillis() - 60_000) {
                throw new IllegalStateException("The simulator's history from " + start + " is too short for "
                                                + positions + " positions: start it with more history");
            }
            return new Window(start, end, count);
        }

        private static long count(HttpClient http, String baseUrl, long venueId, long from, long to) throws Exception {
            return get(http, baseUrl + "/_sim/positions/count?venueId=" + venueId + "&from=" + from + "&to=" + to)
                    .getLong("count");
        }

        private static JsonObject get(HttpClient http, String url) throws Exception {
            return new JsonObject(http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        }
    }

    /** The highest heap use seen, sampled by a daemon thread. */
    static final class HeapSampler {

        private volatile boolean running = true;
        volatile long peak;
        private final Thread thread = new Thread(this::sample, "heap-sampler");

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        private void sample() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    static long allocatedByAllThreads() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            sum += Math.max(0, bytes);
        }
        return sum;
    }

    static long poolPeaks() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static String gcs() {
        StringBuilder text = new StringBuilder();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            text.append(text.isEmpty() ? "" : ", ").append(gc.getName()).append(' ').append(gc.getCollectionCount())
                    .append("x ").append(gc.getCollectionTime()).append(" ms");
        }
        return text.toString();
    }
}
