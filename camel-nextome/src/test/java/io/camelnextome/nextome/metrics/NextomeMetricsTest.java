package io.camelnextome.nextome.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.stream.Collectors;

import io.camelnextome.nextome.NextomeConstants;
import io.camelnextome.nextome.NextomeConsumer;
import io.camelnextome.nextome.observe.NextomeMonitor;
import io.camelnextome.nextome.observe.ObservedContexts;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The meters a MeterRegistry in Camel's registry receives, as a Prometheus or actuator scrape would read them. */
class NextomeMetricsTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    private final MeterRegistry meters = new SimpleMeterRegistry();
    private CamelContext context;

    @AfterEach
    void stop() {
        SIM.simulator().control().clearFaults();
        if (context != null) {
            context.stop();
        }
    }

    @Test
    void requestsByOperationAndStatusClassRetriesByCauseAuthenticationsByOutcomeAndTheTokenExpiry() throws Exception {
        context = ObservedContexts.start(SIM.simulator(), c -> c.getRegistry().bind("meters", meters));
        ProducerTemplate template = context.createProducerTemplate();

        template.requestBodyAndHeader("nextome:trackables/get", null, NextomeConstants.ID, "T-001");
        template.requestBodyAndHeader("nextome:trackables/get", null, NextomeConstants.ID, "T-002");
        assertThrows(CamelExecutionException.class, () -> template.requestBodyAndHeader("nextome:trackables/get",
                null, NextomeConstants.ID, "T-999"));
        SIM.simulator().control().tooManyRequests(1, Duration.ZERO);
        template.requestBodyAndHeader("nextome:trackables/get", null, NextomeConstants.ID, "T-003");

        Timer ok = meters.get("nextome.requests").tag("operation", "trackables/get").tag("status", "2xx").timer();
        assertEquals(3, ok.count());
        assertTrue(ok.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS) > 0);
        assertEquals(1, meters.get("nextome.requests").tag("operation", "trackables/get").tag("status", "4xx")
                .timer().count());
        assertEquals(1, meters.get("nextome.retries").tag("cause", "429").counter().count());
        assertEquals(1, meters.get("nextome.auth").tag("outcome", "success").counter().count());
        double expiry = meters.get("nextome.token.expiry").tag("client.id", SIM.simulator().clientId()).gauge()
                .value();
        assertTrue(expiry > 60 && expiry <= 3601, "seconds to expiry: " + expiry);
    }

    /** Two credential sets with one client id (two Nextome installations) have a token gauge each. */
    @Test
    void eachCredentialSetHasItsTokenExpiryGauge() throws Exception {
        try (NextomeSimulator other = NextomeSimulator.builder().build().start()) {
            assertEquals(SIM.simulator().clientId(), other.clientId());
            context = ObservedContexts.start(SIM.simulator(), c -> c.getRegistry().bind("meters", meters));
            ProducerTemplate template = context.createProducerTemplate();
            template.requestBodyAndHeader("nextome:trackables/get", null, NextomeConstants.ID, "T-001");
            template.requestBodyAndHeader("nextome:trackables/get?baseUrl=" + other.baseUrl(), null,
                    NextomeConstants.ID, "T-001");

            Set<String> authUrls = meters.find("nextome.token.expiry").tag("client.id", other.clientId()).gauges()
                    .stream().map(gauge -> gauge.getId().getTag("auth.url")).collect(Collectors.toSet());
            assertEquals(Set.of(SIM.simulator().baseUrl() + "/apps/auth", other.baseUrl() + "/apps/auth"), authUrls);
        }
    }

    @Test
    void aFailedAuthenticationIsCounted() throws Exception {
        context = ObservedContexts.start(SIM.simulator(), c -> c.getRegistry().bind("meters", meters));
        assertThrows(CamelExecutionException.class, () -> context.createProducerTemplate()
                .requestBody("nextome:venues/get?id=1&clientSecret=wrong", (Object) null));
        assertEquals(1, meters.get("nextome.auth").tag("outcome", "failure").counter().count());
    }

    @Test
    void aConsumerPublishesItsRecordsAndItsLag() throws Exception {
        Instant to = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(120);
        Instant from = to.minusSeconds(60);
        SIM.simulator().control().generateHistory(from, to);
        long generated = SIM.simulator().control().positionsGenerated(1, from, to);
        context = ObservedContexts.start(SIM.simulator(), c -> c.getRegistry().bind("meters", meters),
                new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("nextome:locations/positions?venueId=1&size=100&delay=50&initialDelay=0&start="
                             + from.toEpochMilli() + "&end=" + to.toEpochMilli()).routeId("positions")
                                .to("mock:positions");
                    }
                });
        await().atMost(Duration.ofSeconds(30)).until(() -> meters.find("nextome.consumer.records")
                .tag("consumer", "positions").counter() != null
                && meters.get("nextome.consumer.records").tag("consumer", "positions").counter().count() == generated);
        double lag = meters.get("nextome.consumer.lag").tag("consumer", "positions").gauge().value();
        assertTrue(lag >= 120 && lag < 600, "now minus the last position's time, in seconds: " + lag);
    }

    /** A position stored after the stream passed it counts as late, and not as beyond the bound. */
    @Test
    void lateRecordsAreCounted() throws Exception {
        long settle = 1_000;
        long lateness = 3_000;
        long sweep = 2_000;
        long started = System.currentTimeMillis();
        context = ObservedContexts.start(SIM.simulator(), c -> c.getRegistry().bind("meters", meters),
                new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("nextome:locations/positions?venueId=1&delay=50&initialDelay=0&settleTime=" + settle
                             + "&lateness=" + lateness + "&latenessSweepInterval=" + sweep).routeId("positions")
                                .to("mock:positions");
                    }
                });
        awaitClock(started + 2_000);
        long live = System.currentTimeMillis();
        post("T-001", live);
        await().atMost(Duration.ofSeconds(10)).until(() -> records("nextome.consumer.records") == 1);
        awaitClock(live + settle + 500);
        post("T-002", live - 500); // behind the watermark, within the bound

        await().atMost(Duration.ofSeconds(20)).until(() -> records("nextome.consumer.records.late") == 1);
        assertEquals(2, records("nextome.consumer.records"));
        assertEquals(0, records("nextome.consumer.records.late.beyond.bound"));
        assertTrue(meters.find("nextome.consumer.records.late.beyond.bound").tag("consumer", "positions")
                .counter() != null, "the beyond-bound meter is published");
    }

    /**
     * Live positions that the simulator's late-positions fault stores {@code settle + lateness + sweep + margin} after
     * their time. A sweep's bound is {@code settle + lateness + sweep} behind the moment its poll began, so a held
     * position that arrived before the sweep read it is behind that bound unless more than {@code margin} passed from
     * the poll's start to the sweep's read (it is then delivered late: 300 ms were exceeded on a machine at load 11,
     * and by a 700 ms stall of the route). The sweep reads back to the previous sweep's bound: it counts the positions
     * that arrived more than {@code margin} after the previous sweep's poll began, the others fall behind the window it
     * reads. {@code settle} is long enough that a position the simulator generates late on a busy machine is not behind
     * the watermark (it would be delivered late). None is delivered, and none is counted that the simulator did not
     * hold back.
     */
    @Test
    void recordsBeyondTheLatenessBoundAreCounted() throws Exception {
        long settle = 1_000;
        long lateness = 200;
        long sweep = 1_500;
        long margin = 1_000;
        try (NextomeSimulator live = NextomeSimulator.builder().positionInterval(Duration.ofMillis(200)).build()
                .start()) {
            live.control().latePositions(0.5, Duration.ofMillis(settle + lateness + sweep + margin));
            context = ObservedContexts.start(live, c -> c.getRegistry().bind("meters", meters), new RouteBuilder() {
                @Override
                public void configure() {
                    from("nextome:locations/positions?venueId=1&delay=50&initialDelay=0&settleTime=" + settle
                         + "&lateness=" + lateness + "&latenessSweepInterval=" + sweep).routeId("positions")
                            .to("mock:positions");
                }
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> records("nextome.consumer.records.late.beyond.bound") > 0);
            context.getRouteController().stopRoute("positions");

            double beyond = records("nextome.consumer.records.late.beyond.bound");
            NextomeConsumer consumer = (NextomeConsumer) context.getRoute("positions").getConsumer();
            assertEquals(consumer.getTooLateCount(), beyond, "the meter and the endpoint's count");
            assertEquals(beyond, NextomeMonitor.find(context).consumer("positions").lateBeyondBound(),
                    "the meter and the console's and JMX's count");
            assertEquals(0, records("nextome.consumer.records.late"), "none of them delivered");
            assertTrue(beyond <= live.control().latePositionsHeld(), beyond + " counted, "
                    + live.control().latePositionsHeld() + " held back by the simulator");
        }
    }

    private double records(String name) {
        var counter = meters.find(name).tag("consumer", "positions").counter();
        return counter == null ? 0 : counter.count();
    }

    private static void awaitClock(long millis) {
        await().atMost(Duration.ofSeconds(30)).until(() -> System.currentTimeMillis() >= millis);
    }

    private void post(String trackable, long timestampGenerated) {
        context.createProducerTemplate().sendBody("nextome:locations/create", java.util.Map.of("trackable",
                trackable, "map", 1, "x", 1.0, "y", 1.0, "timestampGenerated", timestampGenerated));
    }
}
