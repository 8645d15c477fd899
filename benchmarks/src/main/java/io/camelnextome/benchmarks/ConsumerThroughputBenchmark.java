package io.camelnextome.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectReader;
import com.sun.management.ThreadMXBean;
import io.camelnextome.nextome.model.LocationDto;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.apache.camel.CamelContext;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.engine.PooledExchangeFactory;
import org.apache.camel.impl.engine.PooledProcessorExchangeFactory;

/**
 * How many positions per second one incremental consumer ({@code nextome:locations/positions}, pages of 500, no
 * delay between polls) delivers to a processor that counts them, and the heap its JVM used to do so. The simulator
 * runs in another process (see {@code consumer-benchmark.sh}), so that this JVM's heap is the consumer's alone: run
 * it with a small {@code -Xmx}.
 * <p>
 * Settings ({@code -Dname=value}): {@code baseUrl} (the simulator, required), {@code positions} (1000000: the
 * stream is the first range of the simulator's history that holds that many positions), {@code venueId}
 * (1), {@code size} (500), {@code timeoutSeconds} (600), {@code coordinates} (PIXEL; WGS84 adds latitude and
 * longitude to every position, to measure what that costs), {@code mode} ({@code consumer}; {@code lists} for the
 * consumer with {@code splitResult=false}, a List per page; {@code raw} for the same pages read by a plain
 * HttpClient 5 and Jackson loop, the anchor; or {@code raw-in-camel} for that loop routing each position through a
 * bare Camel consumer, {@link RawLoopEndpoint}: Camel's share of the consumer's cost), {@code exchangeFactory} ({@code pooled}: Camel's pooled exchange
 * factory, as {@code camel.main.exchangeFactory=pooled} sets it up; default prototype), {@code streamCaching} ({@code false}:
 * Camel's stream caching off, as {@code camel.main.streamCachingEnabled=false} sets it; default on), {@code heapSeries} (false: print the heap
 * used every 100 ms at the end).
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
        String coordinates = System.getProperty("coordinates", "PIXEL");

        Window window = Window.holding(baseUrl, venueId, positions);
        System.out.printf("Streaming %,d positions of venue %d (timestampGenerated %d..%d) from %s in pages of %d,"
                + " coordinates=%s; max heap %d MiB, %d cores, load average %.2f%n", window.count, venueId, window.start,
                window.end, baseUrl, size, coordinates, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        String mode = System.getProperty("mode", "consumer");
        boolean raw = "raw".equals(mode);
        HeapSampler heap = new HeapSampler();
        heap.start();
        Run run = raw ? rawLoop(baseUrl, venueId, window, size, position -> true)
                : "raw-in-camel".equals(mode) ? rawLoopInCamel(baseUrl, venueId, window, size)
                : consumer(baseUrl, venueId, window, size, coordinates, timeoutSeconds, "lists".equals(mode));
        double seconds = (run.finished() - run.started()) / 1e9;
        heap.stop();
        long delivered = run.delivered();
        // read while the consumer's threads still live
        long allocated = run.allocated();
        long cpuPerPosition = run.cpuNanos() / Math.max(1, delivered);
        if (delivered < window.count) {
            System.out.printf("INCOMPLETE: %,d of %,d positions in %.1f s%n", delivered, window.count, seconds);
            System.exit(1);
        }
        System.out.printf("%s: %,d positions in %.1f s = %,.0f positions/second (%s)%n", raw ? "raw loop"
                : "raw-in-camel".equals(mode) ? "raw loop in a Camel consumer" : "lists".equals(mode) ? "consumer, splitResult=false" : "consumer",
                delivered, seconds, delivered / seconds,
                delivered == window.count ? "as many as the simulator holds" : "MISMATCH with the simulator's count");
        System.out.printf("heap: max %d MiB; peak used %.1f MiB (sampled every 10 ms), %.1f MiB (sum of pool"
                + " peaks); GC %s%n", Runtime.getRuntime().maxMemory() >> 20, heap.peak / 1048576.0,
                poolPeaks() / 1048576.0, gcs());
        System.out.printf("allocated %,d bytes per position (all threads of this JVM)%n", allocated / Math.max(1, delivered));
        System.out.printf("CPU time %,d ns per position (all threads of this JVM, GC and JIT included: steadier than"
                + " the rate on a loaded machine)%n", cpuPerPosition);
        // for PerformanceReport, which runs this class in a JVM of its own
        System.out.printf(java.util.Locale.ROOT, "RESULT positions=%d seconds=%.3f peakHeapBytes=%d allocatedPerPosition=%d cpuNanosPerPosition=%d%n",
                delivered, seconds, heap.peak, allocated / Math.max(1, delivered), cpuPerPosition);
        if (Boolean.getBoolean("heapSeries")) {
            heap.print();
        }
        if (delivered != window.count) {
            System.exit(1);
        }
    }

    /**
     * What a run delivered, the bytes all threads allocated and the CPU time the JVM used meanwhile, and its start
     * and end (nanoTime): from the
     * route's start (the CamelContext is started before, as an application starts it once) or, for the raw loop,
     * from the creation of its client, to the last position.
     */
    private record Run(long delivered, long allocated, long cpuNanos, long started, long finished) {
    }

    private static Run consumer(String baseUrl, long venueId, Window window, int size, String coordinates,
                               long timeoutSeconds, boolean lists)
            throws Exception {
        AtomicLong delivered = new AtomicLong();
        CountDownLatch all = new CountDownLatch(1);
        try (CamelContext camel = camel()) {
            camel.addComponent("nextome", NextomeContexts.component(baseUrl, System.getProperty("clientId", "demo-client"),
                    System.getProperty("clientSecret", "demo-secret")));
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("nextome:locations/positions?venueId=" + venueId + "&start=" + window.start + "&end="
                         + window.end + "&size=" + size + "&coordinates=" + coordinates + "&delay=0&initialDelay=0"
                         + (lists ? "&splitResult=false" : ""))
                            .routeId("positions").autoStartup(false)
                            .process(counting(delivered, window.count, all));
                }
            });
            camel.start();
            long allocatedBefore = allocatedByAllThreads();
            long cpuBefore = processCpuNanos();
            long started = System.nanoTime();
            camel.getRouteController().startRoute("positions");
            all.await(timeoutSeconds, TimeUnit.SECONDS);
            long finished = System.nanoTime();
            long allocated = allocatedByAllThreads() - allocatedBefore;
            long cpu = processCpuNanos() - cpuBefore;
            camel.getRouteController().stopRoute("positions");
            return new Run(delivered.get(), allocated, cpu, started, finished);
        }
    }

    /**
     * The route's processor in both Camel modes: counts the positions it is given, one per {@code LocationDto} body
     * or the size of a List of them, and opens {@code all} when {@code total} were counted.
     */
    private static Processor counting(AtomicLong delivered, long total, CountDownLatch all) {
        return exchange -> {
            Object body = exchange.getIn().getBody();
            int count = body instanceof LocationDto ? 1 : body instanceof List<?> page
                    && !page.isEmpty() && page.get(0) instanceof LocationDto ? page.size() : 0;
            if (count > 0 && delivered.addAndGet(count) == total) {
                all.countDown();
            }
        };
    }

    /** A Camel context with the settings {@code exchangeFactory} and {@code streamCaching}. */
    private static CamelContext camel() {
        CamelContext camel = new DefaultCamelContext();
        if ("pooled".equals(System.getProperty("exchangeFactory"))) {
            // what camel.main.exchangeFactory=pooled sets up
            camel.getCamelContextExtension().setExchangeFactory(new PooledExchangeFactory());
            camel.getCamelContextExtension().setProcessorExchangeFactory(new PooledProcessorExchangeFactory());
        }
        if ("false".equals(System.getProperty("streamCaching"))) {
            camel.setStreamCaching(false); // what camel.main.streamCachingEnabled=false sets
        }
        return camel;
    }

    /**
     * The raw loop, each position routed in an exchange of its own by {@link RawLoopEndpoint} to the same counting
     * processor as the consumer's: the delivered count is the route's. The context and the route are started before
     * the loop's clock starts, as the consumer's context is.
     */
    private static Run rawLoopInCamel(String baseUrl, long venueId, Window window, int size) throws Exception {
        AtomicLong routed = new AtomicLong();
        try (CamelContext camel = camel()) {
            RawLoopEndpoint endpoint = new RawLoopEndpoint();
            endpoint.setCamelContext(camel);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    // the loop routes synchronously: it ends with the last position, nothing awaits the latch
                    from(endpoint).routeId("positions").process(counting(routed, window.count, new CountDownLatch(1)));
                }
            });
            camel.start();
            Run loop = rawLoop(baseUrl, venueId, window, size, endpoint::deliver);
            return new Run(routed.get(), loop.allocated(), loop.cpuNanos(), loop.started(), loop.finished());
        }
    }

    /**
     * The anchor: the same pages read by a plain loop, Apache HttpClient 5 and Jackson into {@code LocationDto},
     * with no exchanges, no watermark and no retries; each position is handed to {@code sink}, and counted when it
     * takes it.
     */
    private static Run rawLoop(String baseUrl, long venueId, Window window, int size,
                               java.util.function.Predicate<LocationDto> sink) throws Exception {
        long allocatedBefore = allocatedByAllThreads();
        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        ObjectReader reader = RawHttpClient5.listReader(LocationDto.class);
        long delivered = 0;
        try (RawHttpClient5 http = new RawHttpClient5(baseUrl, System.getProperty("clientId", "demo-client"),
                System.getProperty("clientSecret", "demo-secret"), 1)) {
            for (int page = 0;; page++) {
                List<LocationDto> positions = http.get("/locations/positions/" + venueId + "?start=" + window.start
                                                       + "&end=" + window.end + "&page=" + page + "&size=" + size,
                        reader);
                for (LocationDto position : positions) {
                    if (position != null && sink.test(position)) {
                        delivered++;
                    }
                }
                if (positions.size() < size) {
                    return new Run(delivered, allocatedByAllThreads() - allocatedBefore,
                            processCpuNanos() - cpuBefore, started, System.nanoTime());
                }
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

    /** The highest heap use seen, sampled by a daemon thread, and every 10th sample (one each 100 ms) kept. */
    static final class HeapSampler {

        private volatile boolean running = true;
        volatile long peak;
        private final Thread thread = new Thread(this::sample, "heap-sampler");
        private final List<long[]> series = new java.util.ArrayList<>();

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        /** {@code HEAP <milliseconds since start> <bytes used>} lines, read by PerformanceReport. */
        void print() {
            series.forEach(sample -> System.out.println("HEAP " + sample[0] + " " + sample[1]));
        }

        private void sample() {
            var memory = ManagementFactory.getMemoryMXBean();
            long start = System.nanoTime();
            for (long n = 0; running; n++) {
                long used = memory.getHeapMemoryUsage().getUsed();
                peak = Math.max(peak, used);
                if (n % 10 == 0) {
                    series.add(new long[] { (System.nanoTime() - start) / 1_000_000, used });
                }
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

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
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
