package io.camelnextome.nextome.consumer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

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
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Positions that reach Nextome after the stream passed their timestamp, posted with an old timestampGenerated as a
 * gateway back online would: one within the lateness bound is delivered once, by the sweep, with the header
 * CamelNextome.late; one beyond it is counted and not delivered; a graceful restart keeps the sweep's keys, so a
 * position delivered before it is not delivered again by the sweep after it. The saved state stays small.
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

    /**
     * With splitResult=true; the same sweep with splitResult=false, whose records go out as Lists, is
     * {@link #lateRecordsComeInListsOfAtMostSize()}: the sweep counts a too-late record before it looks at how records
     * are delivered.
     */
    @Test
    void aLatePositionIsDeliveredOnceAndATooLateOneIsCounted() throws Exception {
        List<Exchange> received = new CopyOnWriteArrayList<>();
        long started = System.currentTimeMillis();
        context = IncrementalPositionsTest.startContext(SIM.simulator(), new RouteBuilder() {
            @Override
            public void configure() {
                from("nextome:locations/positions?venueId=1&delay=50&initialDelay=0&settleTime=" + SETTLE
                     + "&lateness=" + LATENESS + "&latenessSweepInterval=" + SWEEP + "&splitResult=true")
                        .routeId("positions").process(received::add);
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

        // a sweep counts what crossed its bound (watermark - lateness - interval) since the previous sweep's bound:
        // just after a sweep, a position 300 ms behind the bound lies in the slice of the next one
        awaitClock(started + SETTLE + LATENESS + 2 * SWEEP);
        long before = consumer.getLatenessSweepRequests();
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.getLatenessSweepRequests() > before);
        awaitClock(System.currentTimeMillis() + 300);
        long now = System.currentTimeMillis();
        post("T-003", now - SETTLE - LATENESS - SWEEP - 300, 3.0);
        await().atMost(Duration.ofSeconds(15)).until(() -> received.size() == 2);
        await().atMost(Duration.ofSeconds(15)).until(() -> consumer.getTooLateCount() == 1);

        Exchange late = received.get(1);
        assertEquals("T-002", position(late).getTrackable());
        assertEquals(Boolean.TRUE, late.getMessage().getHeader(NextomeConstants.LATE));
        assertNull(received.get(0).getMessage().getHeader(NextomeConstants.LATE));
        long sweeps = consumer.getLatenessSweepRequests();
        await().atMost(Duration.ofSeconds(20)).until(() -> consumer.getLatenessSweepRequests() >= sweeps + 2);
        assertEquals(2, received.size(), "the late position is delivered once, the too late one never");
        assertEquals(1, consumer.getTooLateCount());
    }

    /**
     * The sweep reads pages of at least 5000 records; the Lists it delivers still hold at most size records, and a
     * position uploaded twice once.
     */
    @Test
    void lateRecordsComeInListsOfAtMostSize() throws Exception {
        List<Exchange> received = new CopyOnWriteArrayList<>();
        long started = System.currentTimeMillis();
        context = IncrementalPositionsTest.startContext(SIM.simulator(), new RouteBuilder() {
            @Override
            public void configure() {
                from("nextome:locations/positions?venueId=1&size=2&splitResult=false&delay=50&initialDelay=0"
                     + "&settleTime=" + SETTLE + "&lateness=" + LATENESS + "&latenessSweepInterval=" + SWEEP)
                        .routeId("positions").process(received::add);
            }
        });
        awaitClock(started + 1_000);
        long live = System.currentTimeMillis();
        post("T-001", live, 1.0);
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
        awaitClock(live + SETTLE + 500);
        List<Map<String, Object>> late = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            late.add(Map.of("trackable", "L-" + i, "map", 1, "x", (double) i, "y", 1.0, "timestampGenerated",
                    live - 100 * i));
        }
        late.add(late.get(2)); // L-3 uploaded twice: both copies on one sweep page, one delivery
        context.createProducerTemplate().sendBody("nextome:locations/createBatch", late);

        await().atMost(Duration.ofSeconds(15)).until(() -> received.stream().skip(1)
                .mapToInt(e -> e.getMessage().getBody(List.class).size()).sum() >= 5);
        List<String> trackables = new ArrayList<>();
        for (Exchange exchange : received.subList(1, received.size())) {
            List<?> list = exchange.getMessage().getBody(List.class);
            assertTrue(list.size() <= 2, () -> "a List of " + list.size() + " records, size=2");
            assertEquals(Boolean.TRUE, exchange.getMessage().getHeader(NextomeConstants.LATE));
            list.forEach(record -> trackables.add(((LocationDto) record).getTrackable()));
        }
        assertEquals(List.of("L-5", "L-4", "L-3", "L-2", "L-1"), trackables, "each late record once, in order");
        assertNull(received.get(0).getMessage().getHeader(NextomeConstants.LATE), "the live List is not marked late");
    }

    @Test
    void aLatePositionIsDeliveredOnceAcrossAGracefulRestart(@TempDir Path dir) throws Exception {
        String file = dir.resolve("watermarks.dat").toString();
        List<Exchange> before = new CopyOnWriteArrayList<>();
        long started = System.currentTimeMillis();
        // no sweep before the stop: the keys are saved by the stop alone
        context = startWithFile(file, before, 600_000);
        awaitClock(started + 2_000);
        long live = System.currentTimeMillis();
        post("R-001", live, 1.0);
        await().atMost(Duration.ofSeconds(10)).until(() -> before.size() == 1);
        awaitClock(live + SETTLE + 500); // the live stream passed R-002's timestamp
        context.stop();

        FileWatermarkRepository saved = new FileWatermarkRepository();
        saved.setFileName(file);
        saved.start();
        assertNotNull(saved.getState("late-restart.late"), "the sweep's keys are saved when the consumer stops");
        assertTrue(saved.getState("late-restart").length() < 100, "the live watermark holds no lateness keys: "
                                                                   + saved.getState("late-restart"));
        saved.stop();

        List<Exchange> after = new CopyOnWriteArrayList<>();
        context = startWithFile(file, after, SWEEP);
        // uploaded by a gateway after the restart, generated before the stream's watermark
        post("R-002", live - 500, 2.0);
        NextomeConsumer consumer = (NextomeConsumer) context.getRoute("positions").getConsumer();
        await().atMost(Duration.ofSeconds(15)).until(() -> !after.isEmpty());
        assertEquals(List.of("R-002"), trackables(after));
        assertEquals("R-002", after.get(0).getMessage().getBody(LocationDto.class).getTrackable());
        assertEquals(Boolean.TRUE, after.get(0).getMessage().getHeader(NextomeConstants.LATE));
        long sweeps = consumer.getLatenessSweepRequests();
        await().atMost(Duration.ofSeconds(20)).until(() -> consumer.getLatenessSweepRequests() >= sweeps + 2);
        assertEquals(List.of("R-002"), trackables(after), "R-001, delivered before the restart, is not again");
        assertEquals(1, before.size());
    }

    /**
     * A sweep whose late record keeps failing in the route is read again from the same page at every poll, while
     * the live stream moves on by more than the window the sweep keeps keys for: the keys that sweep still needs
     * stay, so once the route takes the late record, the live one beside it is not delivered a second time.
     */
    @Test
    void aSweepHeldUpByAFailingExchangeDeliversNothingTwice() throws Exception {
        List<Exchange> received = new CopyOnWriteArrayList<>();
        AtomicBoolean refuseLate = new AtomicBoolean(true);
        AtomicInteger refused = new AtomicInteger();
        long started = System.currentTimeMillis();
        startRefusing("settleTime=500&lateness=3000&latenessSweepInterval=200",
                exchange -> exchange.getMessage().getHeader(NextomeConstants.LATE) != null && refuseLate.get(),
                refused, received);
        awaitClock(started + 1_000);
        long live = System.currentTimeMillis();
        post("H-001", live, 1.0);
        // generous for a loaded machine (10 s did not suffice at a load average of 20): the bound says when the
        // test gives up, not how fast the stream must be
        await().atMost(Duration.ofSeconds(30)).until(() -> received.size() == 1);
        post("H-002", live - 300, 2.0); // late, within the bound
        await().atMost(Duration.ofSeconds(10)).until(() -> refused.get() > 0);
        // the live stream moves on by more than lateness + 3 sweep intervals past both while the sweep is held up
        awaitClock(live + 500 + 3_600 + 1_000);
        refuseLate.set(false);

        await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 2);
        NextomeConsumer consumer = (NextomeConsumer) context.getRoute("positions").getConsumer();
        long sweeps = consumer.getLatenessSweepRequests();
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.getLatenessSweepRequests() >= sweeps + 2);
        assertEquals(List.of("H-001", "H-002"), trackables(received));
    }

    /**
     * A stream held up for longer than lateness + sweep interval (here a failing exchange; in production an outage
     * of the API or of its authentication) jumps ahead when it recovers. A record that arrived 2 s late, within the
     * 3 s bound, before the hold-up is still delivered: the bound counts from the last sweep, not from the jump.
     */
    @Test
    void aLatePositionIsDeliveredAfterTheStreamWasHeldUp() throws Exception {
        List<Exchange> received = new CopyOnWriteArrayList<>();
        AtomicBoolean holdUp = new AtomicBoolean(true);
        AtomicInteger refused = new AtomicInteger();
        long started = System.currentTimeMillis();
        startRefusing("settleTime=" + SETTLE + "&lateness=" + LATENESS + "&latenessSweepInterval=" + SWEEP,
                exchange -> "S-BLOCK".equals(position(exchange).getTrackable()) && holdUp.get(), refused, received);
        awaitClock(started + 1_000);
        long live = System.currentTimeMillis();
        post("S-001", live, 1.0);
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
        post("S-BLOCK", System.currentTimeMillis(), 9.0);
        // from now on every poll ends at S-BLOCK, before its sweep
        await().atMost(Duration.ofSeconds(10)).until(() -> refused.get() > 0);
        // behind the watermark (S-001) by 500 ms, arriving well within the 3 s bound
        post("S-002", live - 500, 2.0);
        awaitClock(System.currentTimeMillis() + LATENESS + 2 * SWEEP + SETTLE);
        holdUp.set(false);

        NextomeConsumer consumer = (NextomeConsumer) context.getRoute("positions").getConsumer();
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= 2);
        long sweeps = consumer.getLatenessSweepRequests();
        await().atMost(Duration.ofSeconds(15)).until(() -> consumer.getLatenessSweepRequests() >= sweeps + 2);
        assertEquals(List.of("S-001", "S-BLOCK", "S-002"), trackables(received));
        assertEquals(0, consumer.getTooLateCount());
    }

    @Test
    void theSavedStateStaysSmall() {
        int n = 100_000;
        LateKeys keys = new LateKeys();
        long t0 = 1_700_000_000_000L;
        for (int i = 0; i < n; i++) {
            keys.add(t0 + i / 100, Long.toHexString(i * 0x9e3779b97f4a7c15L));
        }
        String late = keys.encode(t0 + n);
        assertTrue(late.length() < 11 * n + 100, "about 11 characters a key, not " + late.length() / n);
        LateKeys read = LateKeys.decode(late).keys();
        assertEquals(n, read.size());
        assertTrue(read.contains(t0 + 5, Long.toHexString(500 * 0x9e3779b97f4a7c15L)));
        assertFalse(read.contains(t0 + 6, Long.toHexString(500 * 0x9e3779b97f4a7c15L)));
        read.forgetBefore(t0 + 1_000);
        assertEquals(0, read.size(), "keys behind the sweep's bound are dropped");

        // the live watermark, saved after every window, holds only the keys at its timestamp
        Watermark.Cursor cursor = Watermark.decode(t0 + "|" + t0).cursor(keys);
        for (int i = 0; i < 10_000; i++) {
            cursor.advance(t0 + n + i, "k" + i);
        }
        assertEquals(t0 + n + 9_999 + ":k9999|" + t0, cursor.watermark().encode());
    }

    @Test
    void anEarlierVersionsWatermarkWithItsLatenessKeysIsRead() {
        Watermark old = Watermark.decode("1000:a,b|900|1:c|2r:d");
        LateKeys keys = new LateKeys();
        old.addKeysTo(keys);
        assertEquals(4, keys.size());
        assertTrue(keys.contains(901, "c") && keys.contains(999, "d") && keys.contains(1000, "a"));
        assertEquals(Watermark.decode("1000:b,a|900"), old.cursor(keys).watermark(), "saved again without them");
    }

    /**
     * Starts a stream of venue 1's positions with the lateness {@code options} whose route, without an error
     * handler, fails the exchanges {@code refuse} matches (counted in {@code refused}) and takes the others.
     */
    private void startRefusing(String options, Predicate<Exchange> refuse, AtomicInteger refused,
                               List<Exchange> received) throws Exception {
        context = IncrementalPositionsTest.startContext(SIM.simulator(), new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                from("nextome:locations/positions?venueId=1&delay=50&initialDelay=0&" + options).routeId("positions")
                        .process(exchange -> {
                            if (refuse.test(exchange)) {
                                refused.incrementAndGet();
                                throw new IllegalStateException("the sink refuses this record for now");
                            }
                            received.add(exchange);
                        });
            }
        });
    }

    private CamelContext startWithFile(String file, List<Exchange> received, long sweep) throws Exception {
        return IncrementalPositionsTest.startWithWatermarkFile(SIM.simulator(), file, routes -> routes
                .from("nextome:locations/positions?venueId=1&delay=50&initialDelay=0&stateRepository=#watermarks"
                      + "&stateKey=late-restart&settleTime=" + SETTLE + "&lateness=30000"
                      + "&latenessSweepInterval=" + sweep).routeId("positions")
                .process(received::add));
    }

    private static List<String> trackables(List<Exchange> exchanges) {
        return exchanges.stream().map(e -> e.getMessage().getBody(LocationDto.class).getTrackable()).toList();
    }

    /** The position an exchange carries: its body, or with splitResult=false the one element of its List. */
    private static LocationDto position(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof List<?> list) {
            assertEquals(1, list.size(), "records in the List");
            return (LocationDto) list.get(0);
        }
        return (LocationDto) body;
    }

    private static void awaitClock(long millis) {
        await().atMost(Duration.ofSeconds(30)).until(() -> System.currentTimeMillis() >= millis);
    }

    private void post(String trackable, long timestampGenerated, double x) {
        context.createProducerTemplate().sendBody("nextome:locations/create", Map.of("trackable", trackable,
                "map", 1, "x", x, "y", 1.0, "timestampGenerated", timestampGenerated));
    }
}
