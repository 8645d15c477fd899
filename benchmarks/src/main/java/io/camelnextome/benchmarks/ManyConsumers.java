package io.camelnextome.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import io.camelnextome.nextome.NextomeComponent;
import io.camelnextome.nextome.model.VenueDto;
import io.vertx.core.json.JsonObject;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

/**
 * What each incremental consumer costs when one JVM runs many: 0, 1, 10, 100 and 500
 * {@code nextome:locations/positions} consumers, one per venue, each run in a JVM of its own against the simulator
 * in another process, once with a thread per consumer ({@code consumerPoolSize=0}, what Camel polling consumers
 * do) and once on the component's shared pool (its default size). Once every consumer has polled at least twice,
 * the JVM reports its heap after a full GC, its resident memory, its live threads and its established connections
 * to the simulator. The run with none is the baseline that the cost per consumer is taken from.
 * <p>
 * Settings: {@code many.counts} (1,10,100,500), {@code many.delay} (1000 ms between a consumer's polls),
 * {@code many.pools} (0,10: the consumerPoolSize of each series).
 */
public final class ManyConsumers {

    private ManyConsumers() {
    }

    /** The figures of one child JVM. */
    record Run(int pool, int consumers, long heapBytes, long rssKiB, int threads, int connections) {
    }

    static void run(Report report) throws Exception {
        int[] counts = java.util.Arrays.stream(System.getProperty("many.counts", "1,10,100,500").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int most = java.util.Arrays.stream(counts).max().orElse(0);
        int[] pools = java.util.Arrays.stream(System.getProperty("many.pools", "0,10").split(","))
                .mapToInt(Integer::parseInt).toArray();
        List<Run> runs = new ArrayList<>();
        try (SimulatorProcess simulator = SimulatorProcess.start(0)) {
            List<Long> venues = createVenues(simulator.url(), most);
            Path ids = Files.createTempFile("venues", ".txt");
            Files.write(ids, venues.stream().map(String::valueOf).toList());
            runs.add(child(simulator.url(), ids, 0, 0));
            for (int count : counts) {
                for (int pool : pools) { // in turns, so that both series see the same load
                    runs.add(child(simulator.url(), ids, pool, count));
                }
            }
            Files.delete(ids);
        }
        write(report, runs);
    }

    private static Run child(String url, Path venues, int pool, int count) throws Exception {
        try (JavaProcess child = JavaProcess.start(List.of("-Xmx1g", "-DbaseUrl=" + url,
                "-Dmany.delay=" + Integer.getInteger("many.delay", 1000), "-Dmany.pool=" + pool),
                ManyConsumers.class.getName(), venues.toString(), String.valueOf(count))) {
            for (String line : child.finish()) {
                if (line.startsWith("RESULT ")) {
                    String[] v = line.split(" ");
                    Run run = new Run(pool, count, Long.parseLong(v[1]), Long.parseLong(v[2]), Integer.parseInt(v[3]),
                            Integer.parseInt(v[4]));
                    System.out.printf("%3d consumers, %s: heap %.1f MiB, RSS %.1f MiB, %d threads, %d connections%n",
                            count, poolName(pool), run.heapBytes() / 1048576.0, run.rssKiB() / 1024.0, run.threads(),
                            run.connections());
                    return run;
                }
            }
            throw new IllegalStateException("No RESULT line from the run with " + count + " consumers");
        }
    }

    private static List<Long> createVenues(String url, int count) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (CamelContext camel = context(url)) {
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            for (int i = 0; i < count; i++) {
                VenueDto venue = new VenueDto();
                venue.setName("Benchmark venue " + i);
                ids.add(template.requestBody("nextome:venues/create", venue, VenueDto.class).getId());
            }
        }
        return ids;
    }

    private static CamelContext context(String url) {
        return NextomeContexts.of(url, "demo-client", "demo-secret");
    }

    private static String poolName(int pool) {
        return pool == 0 ? "a thread each" : "a pool of " + pool;
    }

    /**
     * The child: {@code <venue id file> <consumers>}; prints
     * {@code RESULT <heap bytes> <RSS KiB> <threads> <connections>}.
     */
    public static void main(String[] args) throws Exception {
        String url = System.getProperty("baseUrl");
        List<String> venues = Files.readAllLines(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        int delay = Integer.getInteger("many.delay", 1000);
        LongAdder delivered = new LongAdder();
        try (CamelContext camel = context(url)) {
            camel.getComponent("nextome", NextomeComponent.class).setConsumerPoolSize(Integer.getInteger("many.pool", 0));
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    for (int i = 0; i < count; i++) {
                        from("nextome:locations/positions?venueId=" + venues.get(i) + "&delay=" + delay)
                                .process(exchange -> delivered.increment());
                    }
                }
            });
            long before = positionCalls(url);
            camel.start();
            // every consumer polled at least twice (the simulator counts the calls), bounded by a minute
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (positionCalls(url) - before < 2L * count) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(count + " consumers did not all poll twice within a minute");
                }
                Thread.sleep(50);
            }
            System.gc();
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            int threads = ManagementFactory.getThreadMXBean().getThreadCount();
            System.out.printf(Locale.ROOT, "RESULT %d %d %d %d%n", heap, rss(), threads,
                    connectionsTo(URI.create(url).getPort()));
        }
    }

    /** The probe that reads the simulator's counters: one client, so its thread and connection are in the baseline. */
    private static final HttpClient PROBE = HttpClient.newHttpClient();

    private static long positionCalls(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = PROBE.send(HttpRequest.newBuilder(URI.create(url
                + "/_sim/counters")).build(), HttpResponse.BodyHandlers.ofString());
        JsonObject counters = new JsonObject(response.body());
        JsonObject requests = counters.getJsonObject("requestsByOperation", new JsonObject());
        return requests.getLong("GET /locations/positions/{venueId}", 0L);
    }

    /** This JVM's resident memory, in KiB: the heap, and the thread stacks the heap does not show. */
    private static long rss() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("No VmRSS in /proc/self/status");
    }

    /** Established TCP connections whose remote end is the simulator's port: this JVM's pooled connections. */
    private static int connectionsTo(int port) throws IOException {
        String remote = String.format(":%04X", port);
        int count = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                String[] fields = line.trim().split("\\s+");
                // fields: sl local_address rem_address st ...; state 01 is ESTABLISHED
                if (fields.length > 3 && fields[2].endsWith(remote) && "01".equals(fields[3])) {
                    count++;
                }
            }
        }
        return count;
    }

    private static void write(Report report, List<Run> runs) throws IOException {
        Run base = runs.get(0);
        report.line("## 4. Many consumers in one JVM").line("");
        report.line("One incremental `locations/positions` consumer per venue (delay %d ms), each count in a JVM of its"
                    + " own, with a thread per consumer (`consumerPoolSize=0`, what Camel polling consumers do) and"
                    + " on the component's shared pool (the default, 10 threads), in turns; figures taken once every"
                    + " consumer polled twice, the heap after a full GC. The cost per consumer is the difference to"
                    + " the JVM with none (heap %.1f MiB, RSS %.1f MiB, %d threads), divided by the count; the"
                    + " connections are the component's, less the probe that reads the simulator's counters.",
                Integer.getInteger("many.delay", 1000), base.heapBytes() / 1048576.0, base.rssKiB() / 1024.0,
                base.threads());
        List<Run> measured = runs.subList(1, runs.size());
        List<List<String>> rows = new ArrayList<>();
        for (Run run : measured) {
            rows.add(List.of(String.valueOf(run.consumers()), poolName(run.pool()),
                    String.format("%.1f", run.heapBytes() / 1048576.0),
                    String.format("**%.1f**", (run.heapBytes() - base.heapBytes()) / 1024.0 / run.consumers()),
                    String.format("%.1f", run.rssKiB() / 1024.0),
                    String.format("%.0f", (run.rssKiB() - base.rssKiB()) / (double) run.consumers()),
                    String.valueOf(run.threads()), String.format("**%.2f**", (run.threads() - base.threads())
                                                                             / (double) run.consumers()),
                    String.valueOf(run.connections() - base.connections())));
        }
        report.table(List.of("consumers", "polls on", "heap MiB", "heap KiB per consumer", "RSS MiB",
                "RSS KiB per consumer", "threads", "threads per consumer", "connections to Nextome"), rows);
        Map<String, Charts.Series> series = new LinkedHashMap<>();
        for (int pool : measured.stream().mapToInt(Run::pool).distinct().toArray()) {
            List<Run> these = measured.stream().filter(r -> r.pool() == pool).toList();
            double[] x = these.stream().mapToDouble(Run::consumers).toArray();
            series.put("threads, " + poolName(pool), new Charts.Series(x,
                    these.stream().mapToDouble(Run::threads).toArray()));
            series.put("heap MiB, " + poolName(pool), new Charts.Series(x,
                    these.stream().mapToDouble(r -> r.heapBytes() / 1048576.0).toArray()));
            series.put("connections, " + poolName(pool), new Charts.Series(x,
                    these.stream().mapToDouble(r -> r.connections() - base.connections()).toArray()));
        }
        report.chart("many-consumers", "Cost of many consumers in one JVM", "consumers", "MiB / threads / connections",
                true, series);
    }
}
