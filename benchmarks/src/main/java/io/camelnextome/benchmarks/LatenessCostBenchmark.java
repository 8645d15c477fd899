package io.camelnextome.benchmarks;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.camelnextome.nextome.NextomeConsumer;
import io.camelnextome.simulator.NextomeSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.MemoryStateRepository;

/**
 * What the lateness bound costs a live {@code nextome:locations/positions} stream with the default {@code lateness}
 * (2 min) and {@code latenessSweepInterval} (1 min): the API requests its sweeps add per minute, the records they
 * read again, beside the live stream's requests, the keys the sweep keeps in memory, and the state saved: the live
 * watermark (saved after every window, under {@code stateKey}) and the sweep's keys (under {@code stateKey.late}),
 * in bytes per save and per minute. The stream starts 5 minutes
 * back in an embedded simulator's history, so that the lateness window is full once it has caught up; it is then
 * measured for {@code seconds}.
 * <p>
 * Settings ({@code -Dname=value}): {@code rates} (positions per second of the venue, comma-separated; 20 is the demo
 * venue: 20 trackables at one position per second), {@code seconds} (180), {@code lateness} and
 * {@code latenessSweepInterval} (the endpoint defaults when absent, e.g. {@code 2m}).
 */
public final class LatenessCostBenchmark {

    private static final int TRACKABLES = 20;

    private LatenessCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long seconds = Long.getLong("seconds", 180);
        String extra = option("lateness") + option("latenessSweepInterval");
        System.out.printf("%-11s %9s %12s %13s %15s %10s %14s %14s %14s %14s%n", "positions/s", "delivered",
                "live req/min", "sweep req/min", "re-read rec/min", "keys kept", "live B/save", "live B/min",
                "late B/save", "late B/min");
        for (String rate : System.getProperty("rates", "20,1000").split(",")) {
            run(Integer.parseInt(rate.trim()), seconds, extra);
        }
    }

    /** How often, and how many bytes, a state key was saved. */
    private record Saves(long count, long bytes) {
        Saves minus(Saves before) {
            return new Saves(count - before.count, bytes - before.bytes);
        }

        double perSave() {
            return count == 0 ? 0 : (double) bytes / count;
        }
    }

    /** A memory state repository that counts the saves and bytes per key. */
    private static final class CountingStateRepository extends MemoryStateRepository {
        private final Map<String, Saves> saves = new ConcurrentHashMap<>();

        @Override
        public void setState(String key, String value) {
            super.setState(key, value);
            saves.merge(key, new Saves(1, value.length()),
                    (a, b) -> new Saves(a.count + b.count, a.bytes + b.bytes));
        }

        Saves saves(String key) {
            return saves.getOrDefault(key, new Saves(0, 0));
        }
    }

    private static String option(String name) {
        String value = System.getProperty(name);
        return value == null ? "" : "&" + name + "=" + value;
    }

    private static void run(int rate, long seconds, String extra) throws Exception {
        Duration interval = Duration.ofMillis(Math.max(1, 1000L * TRACKABLES / rate));
        try (NextomeSimulator sim = NextomeSimulator.builder().positionInterval(interval)
                .history(Duration.ofMinutes(6)).build().start();
             CamelContext camel = new DefaultCamelContext()) {
            camel.addComponent("nextome", NextomeContexts.component(sim.baseUrl(), sim.clientId(), sim.clientSecret()));
            CountingStateRepository state = new CountingStateRepository();
            camel.getRegistry().bind("state", state);
            AtomicLong delivered = new AtomicLong();
            long start = System.currentTimeMillis() - TimeUnit.MINUTES.toMillis(5);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("nextome:locations/positions?venueId=1&stateRepository=#state&stateKey=bench&start=" + start
                         + extra).routeId("positions")
                            .process(exchange -> delivered.incrementAndGet());
                }
            });
            camel.start();
            NextomeConsumer consumer = (NextomeConsumer) camel.getRoute("positions").getConsumer();
            // caught up: the watermark within 5 s of the clock
            while (Long.parseLong(state.getState("bench") == null ? "0" : state.getState("bench").split("[:|]")[0])
                   < System.currentTimeMillis() - 5_000) {
                Thread.sleep(200);
            }
            Thread.sleep(TimeUnit.SECONDS.toMillis(70)); // one sweep over the full window before measuring
            long requests0 = sim.control().requests("GET /locations/positions/{venueId}");
            long sweepRequests0 = consumer.getLatenessSweepRequests();
            long sweepRecords0 = consumer.getLatenessSweepRecords();
            long delivered0 = delivered.get();
            Saves live0 = state.saves("bench");
            Saves late0 = state.saves("bench.late");
            Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
            double minutes = seconds / 60.0;
            long sweepRequests = consumer.getLatenessSweepRequests() - sweepRequests0;
            long liveRequests = sim.control().requests("GET /locations/positions/{venueId}") - requests0 - sweepRequests;
            Saves live = state.saves("bench").minus(live0);
            Saves late = state.saves("bench.late").minus(late0);
            System.out.printf("%-11d %9d %12.0f %13.0f %15.0f %10d %14.0f %14.0f %14.0f %14.0f%n", rate,
                    (delivered.get() - delivered0), liveRequests / minutes, sweepRequests / minutes,
                    (consumer.getLatenessSweepRecords() - sweepRecords0) / minutes, consumer.getLatenessKeys(),
                    live.perSave(), live.bytes / minutes, late.perSave(), late.bytes / minutes);
        }
    }
}
