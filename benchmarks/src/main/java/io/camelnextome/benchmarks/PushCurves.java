package io.camelnextome.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelnextome.nextome.model.LocationDto;
import io.camelnextome.nextome.model.LocationProviderDto;
import io.camelnextome.nextome.model.LocationProviderType;
import io.camelnextome.simulator.NextomeSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Pushing positions measured by another system: {@code locations/createBatch} with batches of 1 to 1000 against one
 * {@code locations/create} per position, through the component, one caller, against an embedded simulator whose own
 * generation is off. Each turn's count of stored positions is checked against what it sent.
 * <p>
 * The simulator keeps every position in this JVM's heap (a turn of batches adds a few hundred thousand), so each turn
 * starts from the seeded store and after a full GC: a turn must not pay for the positions, or collect the garbage, of
 * the turns before it (per-item turns right after a batch turn ran 4 times slower than the others while the young
 * collections copied the positions that turn had stored, and with the store reset per pair only, still up to 1.8
 * times slower than per-item turns that ran first).
 * <p>
 * Settings: {@code push.seconds} (3 per turn), {@code push.pairs} (2 pairs of turns per batch size, the order
 * alternating), {@code push.warmupSeconds} (3 per path) and {@code push.warmupCalls} (20000 single positions, a tenth
 * of that in batches; whichever takes longer, at most a minute), {@code push.batches} (1,10,100,1000).
 */
final class PushCurves {

    private PushCurves() {
    }

    /** What the turns of one path at one batch size did, summed over the pairs. */
    private static final class Totals {
        long positions;
        double seconds;
        long collections;
        long eventLoopNanos;
        long processNanos;
        final List<Double> rates = new ArrayList<>();

        void add(long sent, double turnSeconds, long turnCollections, Cpu cpu) {
            positions += sent;
            seconds += turnSeconds;
            collections += turnCollections;
            eventLoopNanos += cpu.eventLoops();
            processNanos += cpu.process();
            rates.add(sent / turnSeconds);
        }

        /** CPU microseconds per position: the simulator's event loops / the whole JVM. */
        String cpuPerPosition() {
            return String.format("%.2f / %.2f", eventLoopNanos / 1e3 / positions, processNanos / 1e3 / positions);
        }

        double perSecond() {
            return positions / seconds;
        }
    }

    static void run(Report report) throws Exception {
        Duration turn = Duration.ofSeconds(Integer.getInteger("push.seconds", 3));
        int pairs = Integer.getInteger("push.pairs", 2);
        int[] batches = java.util.Arrays.stream(System.getProperty("push.batches", "1,10,100,1000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        Map<Integer, Totals> batched = new LinkedHashMap<>();
        Map<Integer, Totals> single = new LinkedHashMap<>();
        try (NextomeSimulator simulator = NextomeSimulator.builder().generation(false).build().start();
             CamelContext camel = new DefaultCamelContext()) {
            camel.addComponent("nextome", NextomeContexts.component(simulator.baseUrl(), simulator.clientId(),
                    simulator.clientSecret()));
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            Endpoint create = camel.getEndpoint("nextome:locations/create");
            Endpoint createBatch = camel.getEndpoint("nextome:locations/createBatch");
            // warm-up of both paths, the batches in every size measured: a batch size first met in a measured turn
            // took new branches there (Jackson reads a body over 32 K chars through a Reader), deoptimized and ran
            // interpreted until recompiled. By count, not only by time: on a loaded machine 3 s compiled nothing.
            Duration warmup = Duration.ofSeconds(Integer.getInteger("push.warmupSeconds", 3));
            int warmupCalls = Integer.getInteger("push.warmupCalls", 20_000);
            warmUp(warmup, warmupCalls, n -> send(template, create, position(n)));
            warmUp(warmup, warmupCalls / 10,
                    n -> send(template, createBatch, batch(n, batches[(int) (n % batches.length)])));
            for (int pair = 0; pair < pairs; pair++) {
                for (int i = 0; i < batches.length; i++) {
                    int size = batches[i];
                    // a per-item turn beside each batch turn, the order alternating: the machine's load moves between turns
                    for (int t = 0; t < 2; t++) {
                        simulator.control().reset();
                        boolean perItemTurn = (pair + i + t) % 2 == 0;
                        Totals totals = (perItemTurn ? single : batched).computeIfAbsent(size, s -> new Totals());
                        if (perItemTurn) {
                            turn(simulator, turn, 1, "single positions", totals,
                                    n -> send(template, create, position(n)));
                        } else {
                            turn(simulator, turn, size, "batches of " + size, totals,
                                    n -> send(template, createBatch, batch(n, size)));
                        }
                    }
                    System.out.printf("locations/createBatch %4d %,.0f positions/s, beside locations/create %,.0f"
                                      + " positions/s: %.1f× (pair %d)%n", size, last(batched.get(size)),
                            last(single.get(size)), last(batched.get(size)) / last(single.get(size)), pair + 1);
                }
            }
        }
        report.line("## 3. Push: `locations/createBatch` against `locations/create`").line("");
        report.line("One caller through the component against an embedded simulator, after a warm-up of each; for"
                    + " each batch size %d pairs of %d s turns, one of batches and one of single positions"
                    + " (`locations/create`), in alternating order. Each turn starts from the simulator's seeded store"
                    + " after a full GC, so that no turn pays for the positions stored by the turns"
                    + " before it. positions/s counts the positions sent in successful calls, over all turns of the"
                    + " size; the fifth column gives the ratio of each pair. The CPU time per position does not depend on"
                    + " the machine's load as the rates do: the whole JVM's is the client's, the simulator's, the"
                    + " compiler's and the collector's.", pairs, turn.toSeconds());
        List<List<String>> rows = new ArrayList<>();
        batched.forEach((size, totals) -> {
            Totals perItem = single.get(size);
            List<String> pairRatios = new ArrayList<>();
            for (int p = 0; p < totals.rates.size(); p++) {
                pairRatios.add(String.format("%.1f", totals.rates.get(p) / perItem.rates.get(p)));
            }
            rows.add(List.of(String.valueOf(size), String.format("%,.0f", totals.perSecond()),
                    String.format("%,.0f", perItem.perSecond()),
                    String.format("**%.1f**", totals.perSecond() / perItem.perSecond()), String.join(" · ", pairRatios),
                    totals.collections + " / " + perItem.collections,
                    totals.cpuPerPosition() + " ; " + perItem.cpuPerPosition()));
        });
        report.line("");
        report.table(List.of("batch size", "createBatch positions/s", "create (per item) positions/s, same pairs",
                "× per item", "× per pair", "young GCs in the turns (batch / per item)",
                "CPU µs per position, simulator event loops / whole JVM (batch ; per item)"), rows);
        double[] x = batched.keySet().stream().mapToDouble(Integer::doubleValue).toArray();
        Map<String, Charts.Series> series = new LinkedHashMap<>();
        series.put("locations/createBatch", new Charts.Series(x,
                batched.values().stream().mapToDouble(Totals::perSecond).toArray()));
        series.put("locations/create (per item)", new Charts.Series(x,
                single.values().stream().mapToDouble(Totals::perSecond).toArray()));
        report.chart("push", "Pushing positions: batch against per item", "batch size", "positions/second", true,
                series);
    }

    /** One turn after a full GC; fails when a call failed or the simulator did not store what the turn sent. */
    private static void turn(NextomeSimulator simulator, Duration length, int positionsPerCall, String what,
                             Totals totals, Callers.Call call) throws InterruptedException {
        System.gc();
        long storedBefore = stored(simulator);
        long collectionsBefore = youngCollections();
        Cpu cpuBefore = Cpu.now();
        Callers.Result result = Callers.run(1, length, call);
        Cpu cpu = Cpu.now().minus(cpuBefore);
        long collections = youngCollections() - collectionsBefore;
        if (result.errors() > 0) {
            throw new IllegalStateException(result.errors() + " " + what + " failed");
        }
        long sent = result.ok() * positionsPerCall;
        long stored = stored(simulator) - storedBefore;
        if (stored != sent) {
            throw new IllegalStateException("Sent " + sent + " positions in " + what + ", the simulator stored " + stored);
        }
        totals.add(sent, result.seconds(), collections, cpu);
        System.out.printf("  %-18s %,10.0f positions/s, %d young GCs, CPU %.2f µs per position in the event loops,"
                          + " %.2f in the JVM; %,d bytes allocated per position in the event loops%n", what,
                sent / result.seconds(), collections, cpu.eventLoops() / 1e3 / sent, cpu.process() / 1e3 / sent,
                cpu.eventLoopBytes() / sent);
    }

    /** CPU nanoseconds used so far by the simulator's event loop threads and by the whole JVM; bytes the loops allocated. */
    private record Cpu(long eventLoops, long process, long eventLoopBytes) {

        static Cpu now() {
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long eventLoops = 0;
            long eventLoopBytes = 0;
            for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (thread != null && thread.getThreadName().startsWith("vert.x-eventloop-thread")) {
                    eventLoops += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
                    eventLoopBytes += Math.max(0, threads.getThreadAllocatedBytes(thread.getThreadId()));
                }
            }
            return new Cpu(eventLoops, ((com.sun.management.OperatingSystemMXBean) ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime(), eventLoopBytes);
        }

        Cpu minus(Cpu before) {
            return new Cpu(eventLoops - before.eventLoops, process - before.process, eventLoopBytes - before.eventLoopBytes);
        }
    }

    /** Calls for at least {@code length} and at least {@code calls} times (at most a minute). */
    private static void warmUp(Duration length, int calls, Callers.Call call) throws Exception {
        long start = System.nanoTime();
        long cap = start + Duration.ofMinutes(1).toNanos();
        for (long n = 0; System.nanoTime() < cap && (n < calls || System.nanoTime() - start < length.toNanos()); n++) {
            call.call(n);
        }
    }

    private static long stored(NextomeSimulator simulator) {
        return simulator.control().positionsGenerated(1, Instant.EPOCH, Instant.now().plusSeconds(60));
    }

    /** Collections of the young generation (G1's "G1 Young Generation" counts the mixed ones too). */
    private static long youngCollections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(gc -> !gc.getName().contains("Old") && !gc.getName().contains("MarkSweep"))
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static double last(Totals totals) {
        return totals.rates.get(totals.rates.size() - 1);
    }

    private static boolean send(ProducerTemplate template, Endpoint endpoint, Object body) {
        template.requestBody(endpoint, body);
        return true;
    }

    private static List<LocationDto> batch(long n, int size) {
        List<LocationDto> batch = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            batch.add(position(n * size + i));
        }
        return batch;
    }

    /** A distinct position per call number, as a sensor would report it. */
    private static LocationDto position(long n) {
        LocationDto position = new LocationDto();
        LocationProviderDto provider = new LocationProviderDto();
        provider.setId(1L);
        provider.setType(LocationProviderType.UWB);
        position.setProvider(provider);
        position.setTrackable(Callers.trackable(n));
        position.setMap(1L);
        position.setX((double) (n % 1000));
        position.setY((double) (n % 700));
        long now = System.currentTimeMillis();
        position.setTimestampGenerated(now);
        position.setTimestampSent(now);
        return position;
    }
}
