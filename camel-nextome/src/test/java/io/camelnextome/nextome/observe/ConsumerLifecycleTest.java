package io.camelnextome.nextome.observe;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.camelnextome.nextome.NextomeConstants;
import io.camelnextome.nextome.console.NextomeSnapshot;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the monitor (and so the console, JMX and the meters) shows of a consumer across its route's life: its counts
 * survive a restart of the route, and a removed route leaves nothing behind.
 */
class ConsumerLifecycleTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    private static final Instant TO = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(120);
    private static final Instant FROM = TO.minusSeconds(20);

    private final MeterRegistry meters = new SimpleMeterRegistry();
    private CamelContext context;
    private NextomeMonitor monitor;
    private static long generated;

    @BeforeAll
    static void generateTwentySeconds() {
        SIM.simulator().control().generateHistory(FROM, TO);
        generated = SIM.simulator().control().positionsGenerated(1, FROM, TO);
    }

    @BeforeEach
    void streamThem() throws Exception {
        context = ObservedContexts.start(SIM.simulator(), c -> c.getRegistry().bind("meters", meters),
                new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("nextome:locations/positions?venueId=1&size=100&delay=50&initialDelay=0&start="
                             + FROM.toEpochMilli() + "&end=" + TO.toEpochMilli()).routeId("positions")
                                .to("mock:positions");
                    }
                });
        monitor = NextomeMonitor.find(context);
        await().atMost(Duration.ofSeconds(30)).until(() -> monitor.consumer("positions").delivered() == generated);
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void aRestartedRouteKeepsItsCounts() throws Exception {
        context.getRouteController().stopRoute("positions");
        context.getRouteController().startRoute("positions");
        // the restarted replay sends its completion again, an exchange without a record (docs/consumer.md)
        MockEndpoint mock = context.getEndpoint("mock:positions", MockEndpoint.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> mock.getExchanges().stream()
                .anyMatch(e -> e.getIn().getBody() == null && e.getIn().getHeader(NextomeConstants.REPLAY_COMPLETE) != null));
        assertEquals(generated, monitor.consumer("positions").delivered(), "as the meters, which keep counting");
        assertEquals(generated, meters.get("nextome.consumer.records").tag("consumer", "positions").counter().count());
    }

    @Test
    void aRemovedRouteLeavesTheMonitorTheConsoleAndTheMeters() throws Exception {
        assertTrue(NextomeSnapshot.of(monitor).toJson().contains("\"routeId\":\"positions\""));
        context.getRouteController().stopRoute("positions");
        context.removeRoute("positions");

        assertNull(monitor.consumer("positions"));
        assertFalse(NextomeSnapshot.of(monitor).toJson().contains("\"routeId\":\"positions\""));
        assertTrue(meters.find("nextome.consumer.lag").gauges().isEmpty(), "no lag of a route that is gone");
        assertTrue(meters.find("nextome.consumer.records").counters().isEmpty());
    }
}
