package io.camelnextome.nextome.consumer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.camelnextome.nextome.NextomeConstants;
import io.camelnextome.nextome.NextomeConsumer;
import io.camelnextome.nextome.model.LocationDto;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Positions that reach Nextome after the stream passed their timestamp, posted with an old timestampGenerated as a
 * gateway back online would: one within the lateness bound is delivered once, by the sweep, with the header
 * CamelNextome.late; one beyond it is counted and not delivered.
 */
class LatePositionsTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    private static final long SETTLE = 1_000;
    private static final long LATENESS = 3_000;
    private static final long SWEEP = 2_000;

    private CamelContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
    }

    @Test
    void aLatePositionIsDeliveredOnceAndATooLateOneIsCounted() throws Exception {
        List<Exchange> received = new CopyOnWriteArrayList<>();
        long started = System.currentTimeMillis();
        context = IncrementalPositionsTest.startContext(SIM.simulator(), new RouteBuilder() {
            @Override
            public void configure() {
                from("nextome:locations/positions?venueId=1&delay=50&initialDelay=0&settleTime=" + SETTLE
                     + "&lateness=" + LATENESS + "&latenessSweepInterval=" + SWEEP).routeId("positions")
                        .process(received::add);
            }
        });
        NextomeConsumer consumer = (NextomeConsumer) context.getRoute("positions").getConsumer();
        awaitClock(started + 2_000);
        long live = System.currentTimeMillis();
        post("T-001", live, 1.0);
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
        awaitClock(live + SETTLE + 500);
        // generated before the live one, stored after the stream passed it: within the bound
        post("T-002", live - 500, 2.0);

        // the sweep counts what arrived since the previous sweep from before (watermark - lateness - interval)
        awaitClock(started + SETTLE + LATENESS + 2 * SWEEP);
        long now = System.currentTimeMillis();
        post("T-003", now - SETTLE - LATENESS - SWEEP - 50, 3.0);
        await().atMost(Duration.ofSeconds(15)).until(() -> received.size() == 2);
        await().atMost(Duration.ofSeconds(15)).until(() -> consumer.getTooLateCount() == 1);

        Exchange late = received.get(1);
        assertEquals("T-002", late.getMessage().getBody(LocationDto.class).getTrackable());
        assertEquals(Boolean.TRUE, late.getMessage().getHeader(NextomeConstants.LATE));
        assertNull(received.get(0).getMessage().getHeader(NextomeConstants.LATE));
        long sweeps = consumer.getLatenessSweepRequests();
        await().atMost(Duration.ofSeconds(20)).until(() -> consumer.getLatenessSweepRequests() >= sweeps + 2);
        assertEquals(2, received.size(), "the late position is delivered once, the too late one never");
        assertEquals(1, consumer.getTooLateCount());
    }

    private static void awaitClock(long millis) {
        await().atMost(Duration.ofSeconds(30)).until(() -> System.currentTimeMillis() >= millis);
    }

    private void post(String trackable, long timestampGenerated, double x) {
        context.createProducerTemplate().sendBody("nextome:locations/create", Map.of("trackable", trackable,
                "map", 1, "x", x, "y", 1.0, "timestampGenerated", timestampGenerated));
    }
}
