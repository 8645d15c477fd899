package io.camelnextome.nextome.consumer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.camelnextome.nextome.NextomeConstants;
import io.camelnextome.nextome.NextomeConsumer;
import io.camelnextome.nextome.model.LocationDto;
import io.camelnextome.nextome.model.MapDto;
import io.camelnextome.nextome.observe.NextomeMonitor;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import io.camelnextome.simulator.SimulatorControl;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Positions that reach Nextome so late that no lateness sweep reads their time again (the simulator's late-positions
 * fault, with a delay far beyond settleTime + lateness + sweep interval) are not delivered, and the audit of
 * Nextome's per-bucket counts ({@code locations/countInBucket}) counts each of them once.
 */
class LateBeyondBoundAuditTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension();

    private static final String COUNT_IN_BUCKET = "GET /locations/{mapId}/count-in-bucket";
    /** A settleTime that absorbs a generator tick a busy machine fires late, so that it is not late itself. */
    private static final String STREAM = "nextome:locations/positions?venueId=1&delay=100&initialDelay=0"
                                         + "&settleTime=1000&lateness=1000&latenessSweepInterval=500"
                                         + "&lateAuditHorizon=10m";
    private static final long DELAY = 5_000;

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private CamelContext context;

    @BeforeEach
    void captureLogs() {
        originalErr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
        System.setErr(originalErr);
    }

    @Test
    void positionsStoredBeyondTheSweepsReachAreCountedOnce() throws Exception {
        SimulatorControl control = SIM.simulator().control();
        List<Exchange> received = new CopyOnWriteArrayList<>();
        context = start(STREAM + "&lateAuditInterval=1000", received);
        NextomeConsumer consumer = (NextomeConsumer) context.getRoute("positions").getConsumer();
        await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());

        long heldBefore = control.latePositionsHeld();
        control.latePositions(0.3, Duration.ofMillis(DELAY));
        await().atMost(Duration.ofSeconds(10)).until(() -> control.latePositionsHeld() - heldBefore >= 10);
        control.latePositions(0, Duration.ZERO);
        await().atMost(Duration.ofSeconds(20)).until(() -> control.faults().latePending() == 0);
        long held = control.latePositionsHeld() - heldBefore;

        await().atMost(Duration.ofSeconds(20)).until(() -> consumer.getTooLateCount() >= held);
        long audits = control.requests(COUNT_IN_BUCKET);
        // two more audits of the demo venue's two maps find nothing new
        await().atMost(Duration.ofSeconds(10)).until(() -> control.requests(COUNT_IN_BUCKET) >= audits + 4);
        // a held position a sweep delivered would be in the ring, not in the count: the equality also proves that
        // none of them was delivered (live positions a busy machine stores a little late may be, flagged late)
        assertEquals(held, consumer.getTooLateCount(), "each position the simulator stored late, counted once");
        assertEquals(held, NextomeMonitor.find(context).consumer("positions").lateBeyondBound(),
                "the count the console, JMX and the meters show");
        String logs = captured.toString(StandardCharsets.UTF_8);
        assertTrue(logs.contains("were not delivered") && logs.contains("found by the count-in-bucket audit"),
                logs);
    }

    /**
     * A gateway that uploads a position twice (a retry after a lost acknowledgement, at once or seconds later) makes
     * Nextome count two where the consumer, which knows a position by what it holds, delivers one: that is no
     * position lost, and the audit must not count it as late beyond the bound.
     */
    @Test
    void aPositionUploadedTwiceIsNotLateBeyondTheBound() throws Exception {
        SimulatorControl control = SIM.simulator().control();
        control.pauseGeneration();
        try {
            List<Exchange> received = new CopyOnWriteArrayList<>();
            // a sweep reads every time once more before it leaves the window unless the polls are held up for more
            // than two intervals: wider than STREAM's, for a busy machine
            context = start("nextome:locations/positions?venueId=1&delay=100&initialDelay=0&settleTime=1000"
                            + "&lateness=3000&latenessSweepInterval=1000&lateAuditHorizon=10m&lateAuditInterval=500",
                    received);
            NextomeConsumer consumer = (NextomeConsumer) context.getRoute("positions").getConsumer();
            long now = System.currentTimeMillis();
            Map<String, Object> together = position("DUP-1", now);
            context.createProducerTemplate().sendBody("nextome:locations/createBatch", List.of(together, together));
            Map<String, Object> again = position("DUP-2", now + 1);
            context.createProducerTemplate().sendBody("nextome:locations/create", again);
            await().atMost(Duration.ofSeconds(30)).until(() -> trackables(received).contains("DUP-2"));
            // the stream passed it: the second copy reaches the sweep, within the lateness bound
            context.createProducerTemplate().sendBody("nextome:locations/create", again);

            // audits of the second the copies lie in: behind settleTime + lateness + a sweep interval
            await().atMost(Duration.ofSeconds(20)).until(() -> System.currentTimeMillis() > now + 8_000);
            long audits = control.requests(COUNT_IN_BUCKET);
            await().atMost(Duration.ofSeconds(10)).until(() -> control.requests(COUNT_IN_BUCKET) >= audits + 2);
            assertEquals(List.of("DUP-1", "DUP-2"), trackables(received), "each position once");
            assertEquals(0, consumer.getTooLateCount(), "a copy of a delivered position is not late beyond the bound");
        } finally {
            control.resumeGeneration();
        }
    }

    private static Map<String, Object> position(String trackable, long timestampGenerated) {
        return Map.of("trackable", trackable, "map", 1, "x", 1.0, "y", 1.0, "timestampGenerated", timestampGenerated);
    }

    private static List<String> trackables(List<Exchange> received) {
        return received.stream().map(e -> e.getMessage().getBody(LocationDto.class).getTrackable()).toList();
    }

    /** 0 turns the audit off: were it an interval, the audit would run after every sweep. */
    @Test
    void anAuditTurnedOffMakesNoCountRequest() throws Exception {
        SimulatorControl control = SIM.simulator().control();
        long audits = control.requests(COUNT_IN_BUCKET);
        context = start(STREAM + "&lateAuditInterval=0", new CopyOnWriteArrayList<>());
        NextomeConsumer consumer = (NextomeConsumer) context.getRoute("positions").getConsumer();
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.getLatenessSweepRequests() >= 4);
        assertEquals(audits, control.requests(COUNT_IN_BUCKET));
    }

    /**
     * A count that fails (here the map was deleted: 404 while its positions stay) is logged and does not fail the
     * poll; the stream goes on delivering. A map that no longer exists is not asked again at every interval, with a
     * WARN each time, for as long as the consumer runs: it is audited no more.
     */
    @Test
    void aFailingCountDoesNotFailThePollAndADeletedMapIsAuditedNoMore() throws Exception {
        SimulatorControl control = SIM.simulator().control();
        List<Exchange> received = new CopyOnWriteArrayList<>();
        context = start(STREAM + "&lateAuditInterval=500", received);
        MapDto map = new MapDto();
        map.setName("Annex");
        map.setVenue(1L);
        long mapId = context.createProducerTemplate().requestBody("nextome:maps/create", map, MapDto.class).getId();
        context.createProducerTemplate().sendBody("nextome:locations/create", Map.of("trackable", "ANNEX-1",
                "map", mapId, "x", 1.0, "y", 1.0, "timestampGenerated", System.currentTimeMillis()));
        await().atMost(Duration.ofSeconds(10)).until(() -> received.stream()
                .anyMatch(e -> e.getMessage().getBody().toString().contains("ANNEX-1")));
        context.createProducerTemplate().requestBodyAndHeader("nextome:maps/delete", null, NextomeConstants.HEADER_PREFIX + "id", mapId);

        long failed = failedCounts(control);
        await().atMost(Duration.ofSeconds(15)).until(() -> failedCounts(control) > failed);
        long audits = control.requests(COUNT_IN_BUCKET);
        // the demo maps are audited on, twice each
        await().atMost(Duration.ofSeconds(10)).until(() -> control.requests(COUNT_IN_BUCKET) >= audits + 4);
        assertEquals(failed + 1, failedCounts(control), "the deleted map is asked once");
        int delivered = received.size();
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() > delivered + 20);
        assertEquals(ServiceStatus.Started, context.getRouteController().getRouteStatus("positions"));
        NextomeConsumer consumer = (NextomeConsumer) context.getRoute("positions").getConsumer();
        assertEquals(0, consumer.getTooLateCount());
        assertTrue(NextomeMonitor.find(context).consumer("positions").lastPoll().error() == null);
        String logs = captured.toString(StandardCharsets.UTF_8);
        assertTrue(logs.contains("map " + mapId + " no longer exists"), logs);
    }

    private static long failedCounts(SimulatorControl control) {
        return control.responses(COUNT_IN_BUCKET).getOrDefault(404, 0L);
    }

    private static CamelContext start(String uri, List<Exchange> received) throws Exception {
        return IncrementalPositionsTest.startContext(SIM.simulator(), new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("positions").process(received::add);
            }
        });
    }
}
