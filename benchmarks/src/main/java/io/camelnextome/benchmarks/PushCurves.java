package io.camelnextome.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

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
 * generation is off. The simulator's count of stored positions is checked against what was sent.
 * <p>
 * Settings: {@code push.seconds} (3 per turn: two turns per batch size), {@code push.warmupSeconds} (3 per path),
 * {@code push.batches} (1,10,100,1000).
 */
final class PushCurves {

    private PushCurves() {
    }

    static void run(Report report) throws Exception {
        Duration turn = Duration.ofSeconds(Integer.getInteger("push.seconds", 3));
        int[] batches = java.util.Arrays.stream(System.getProperty("push.batches", "1,10,100,1000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        Map<Integer, Double> batched = new LinkedHashMap<>();
        Map<Integer, Double> single = new LinkedHashMap<>();
        LongAdder sent = new LongAdder();
        try (NextomeSimulator simulator = NextomeSimulator.builder().generation(false).build().start();
             CamelContext camel = new DefaultCamelContext()) {
            camel.addComponent("nextome", NextomeContexts.component(simulator.baseUrl(), simulator.clientId(),
                    simulator.clientSecret()));
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            Endpoint create = camel.getEndpoint("nextome:locations/create");
            Endpoint createBatch = camel.getEndpoint("nextome:locations/createBatch");
            // warm-up of both paths, each long enough for the JIT to compile it
            Duration warmup = Duration.ofSeconds(Integer.getInteger("push.warmupSeconds", 3));
            sent.add(Callers.run(1, warmup, n -> send(template, create, position(n))).ok());
            sent.add(Callers.run(1, warmup, n -> send(template, createBatch, batch(n, 100))).ok() * 100);
            // a per-item turn beside each batch turn, the order alternating: the machine's load moves between turns
            for (int i = 0; i < batches.length; i++) {
                int size = batches[i];
                for (int t = 0; t < 2; t++) {
                    boolean perItemTurn = (i + t) % 2 == 0;
                    Callers.Result result = perItemTurn
                            ? Callers.run(1, turn, n -> send(template, create, position(n)))
                            : Callers.run(1, turn, n -> send(template, createBatch, batch(n, size)));
                    if (result.errors() > 0) {
                        throw new IllegalStateException(result.errors() + (perItemTurn ? " single positions"
                                : " batches of " + size) + " failed");
                    }
                    int positions = perItemTurn ? 1 : size;
                    (perItemTurn ? single : batched).put(size, result.perSecond() * positions);
                    sent.add(result.ok() * positions);
                }
                System.out.printf("locations/createBatch %4d %,.0f positions/s, beside locations/create %,.0f"
                                  + " positions/s: %.1f×%n", size, batched.get(size), single.get(size),
                        batched.get(size) / single.get(size));
            }
            long stored = simulator.control().positionsGenerated(1, Instant.EPOCH, Instant.now().plusSeconds(60));
            if (stored != sent.sum()) {
                throw new IllegalStateException("Sent " + sent.sum() + " positions, the simulator stored " + stored);
            }
        }
        report.line("## 3. Push: `locations/createBatch` against `locations/create`").line("");
        report.line("One caller through the component against an embedded simulator, after a warm-up of each; for"
                    + " each batch size a %d s turn of batches and one of single positions (`locations/create`), in"
                    + " alternating order, and the ratio of the pair. positions/s counts the positions sent in"
                    + " successful calls.", turn.toSeconds());
        List<List<String>> rows = new ArrayList<>();
        batched.forEach((size, rate) -> rows.add(List.of(String.valueOf(size), String.format("%,.0f", rate),
                String.format("%,.0f", single.get(size)), String.format("**%.1f**", rate / single.get(size)))));
        report.line("");
        report.table(List.of("batch size", "createBatch positions/s", "create (per item) positions/s, same pair",
                "× per item"), rows);
        double[] x = batched.keySet().stream().mapToDouble(Integer::doubleValue).toArray();
        Map<String, Charts.Series> series = new LinkedHashMap<>();
        series.put("locations/createBatch", new Charts.Series(x,
                batched.values().stream().mapToDouble(Double::doubleValue).toArray()));
        series.put("locations/create (per item)", new Charts.Series(x,
                single.values().stream().mapToDouble(Double::doubleValue).toArray()));
        report.chart("push", "Pushing positions: batch against per item", "batch size", "positions/second", true,
                series);
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
