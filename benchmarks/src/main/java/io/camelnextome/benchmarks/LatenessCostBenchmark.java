package io.camelnextome.benchmarks;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.camelnextome.nextome.NextomeComponent;
import io.camelnextome.nextome.NextomeConsumer;
import io.camelnextome.simulator.NextomeSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.MemoryStateRepository;

/**
 * What the lateness bound costs a live {@code nextome:locations/positions} stream with the default {@code lateness}
 * (2 min) and {@code latenessSweepInterval} (1 min): the API requests its sweeps add per minute, the records they
 * read again, beside the live stream's requests, and the size of the saved watermark. The stream starts 5 minutes
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
        System.out.printf("%-12s %10s %12s %12s %14s %12s %12s%n", "positions/s", "delivered", "live req/min",
                "sweep req/min", "re-read rec/min", "state bytes", "state keys");
        for (String rate : System.getProperty("rates", "20,1000").split(",")) {
            run(Integer.parseInt(rate.trim()), seconds, extra);
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
            NextomeComponent nextome = new NextomeComponent();
            nextome.getConfiguration().setBaseUrl(sim.baseUrl());
            nextome.getConfiguration().setClientId(sim.clientId());
            nextome.getConfiguration().setClientSecret(sim.clientSecret());
            camel.addComponent("nextome", nextome);
            MemoryStateRepository state = new MemoryStateRepository();
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
            Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
            double minutes = seconds / 60.0;
            long sweepRequests = consumer.getLatenessSweepRequests() - sweepRequests0;
            long liveRequests = sim.control().requests("GET /locations/positions/{venueId}") - requests0 - sweepRequests;
            String saved = state.getState("bench");
            long keys = saved.chars().filter(c -> c == ',' || c == ':').count();
            System.out.printf("%-12d %10d %12.0f %12.0f %14.0f %12d %12d%n", rate,
                    (delivered.get() - delivered0), liveRequests / minutes, sweepRequests / minutes,
                    (consumer.getLatenessSweepRecords() - sweepRecords0) / minutes, saved.length(), keys);
        }
    }
}
