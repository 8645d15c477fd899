package io.camelnextome.nextome.consumer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.camelnextome.nextome.NextomeConstants;
import io.camelnextome.nextome.model.LocationDto;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ShutdownRunningTask;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Copies of one position (uploaded twice) and many positions at one timestamp: each distinct position is delivered
 * once, in timestamp order, across page boundaries, a failing exchange and a stop.
 */
class WindowCopiesTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    private CamelContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
    }

    private static Map<String, Object> position(String trackable, long time) {
        return Map.of("trackable", trackable, "map", 1, "x", 1.0, "y", 2.0, "timestampGenerated", time);
    }

    /**
     * 12 positions at one millisecond and 12 at the next, pages of 5, each uploaded twice: 24 delivered, each once;
     * the 8th delivery fails once, so the poll is retried from its watermark in the middle of a timestamp.
     */
    @ParameterizedTest(name = "splitResult={0}")
    @ValueSource(booleans = { true, false })
    void copiesAndEqualTimestampsAcrossPagesAndAFailure(boolean splitResult) throws Exception {
        long base = System.currentTimeMillis() - Duration.ofHours(2).toMillis() - (splitResult ? 0 : 10_000);
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            for (int i = 0; i < 12; i++) {
                batch.add(position("C-" + i, base + t));
            }
        }
        List<Map<String, Object>> twice = new ArrayList<>(batch);
        twice.addAll(batch);
        upload(twice);
        List<LocationDto> received = new CopyOnWriteArrayList<>();
        AtomicBoolean failed = new AtomicBoolean();
        AtomicBoolean complete = new AtomicBoolean();
        context = IncrementalPositionsTest.startContext(SIM.simulator(), new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                from("nextome:locations/positions?venueId=1&size=5&delay=20&initialDelay=0&start=" + base + "&end="
                     + (base + 5) + "&splitResult=" + splitResult).routeId("positions")
                        .process(exchange -> {
                            List<LocationDto> records = records(exchange);
                            if (received.size() + records.size() >= 8 && failed.compareAndSet(false, true)) {
                                throw new IllegalStateException("the sink is down once");
                            }
                            received.addAll(records);
                            if (Boolean.TRUE.equals(exchange.getMessage().getHeader(NextomeConstants.REPLAY_COMPLETE))) {
                                complete.set(true);
                            }
                        });
            }
        });
        await().atMost(Duration.ofSeconds(20)).untilTrue(complete);
        assertTrue(failed.get(), "an exchange failed");
        Set<String> seen = new HashSet<>();
        long previous = Long.MIN_VALUE;
        for (LocationDto position : received) {
            assertTrue(seen.add(PositionSink.identity(position)), "delivered twice: " + PositionSink.identity(position));
            assertTrue(position.getTimestampGenerated() >= previous, "out of timestamp order");
            previous = position.getTimestampGenerated();
        }
        assertEquals(24, received.size(), "positions delivered");
    }

    /**
     * 30 positions at one millisecond, pages of 5: the route is stopped while the 10th is routed, and a new one on
     * the same watermark file delivers the rest; none twice, none lost, whichever task the route completes on stop.
     */
    @ParameterizedTest(name = "shutdownRunningTask={0}")
    @ValueSource(strings = { "CompleteCurrentTaskOnly", "CompleteAllTasks" })
    void aStopInTheMiddleOfOneTimestampLosesAndDoublesNothing(String task, @TempDir Path dir) throws Exception {
        long base = System.currentTimeMillis() - Duration.ofHours(3).toMillis() - task.length() * 1_000L;
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            batch.add(position("S-" + i, base));
        }
        upload(batch);
        String file = dir.resolve("watermarks.dat").toString();
        List<LocationDto> received = new CopyOnWriteArrayList<>();
        CountDownLatch routing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        context = startWithFile(file, base, task, exchange -> {
            received.addAll(records(exchange));
            if (received.size() == 10) {
                routing.countDown();
                release.await(20, TimeUnit.SECONDS);
            }
        });
        assertTrue(routing.await(20, TimeUnit.SECONDS), "the 10th position is routed");
        CamelContext first = context;
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(first::stop);
        await().atMost(Duration.ofSeconds(10)).until(() -> first.isStopping());
        release.countDown();
        stopping.get(30, TimeUnit.SECONDS);
        int beforeRestart = received.size();
        context = startWithFile(file, base, task, exchange -> received.addAll(records(exchange)));
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 30);
        Set<String> seen = new HashSet<>();
        for (LocationDto position : received) {
            assertTrue(seen.add(PositionSink.identity(position)), "delivered twice: " + PositionSink.identity(position)
                    + " (before the restart: " + beforeRestart + ")");
        }
        assertEquals(30, received.size());
    }

    private static CamelContext startWithFile(String file, long base, String task, Processor processor)
            throws Exception {
        return IncrementalPositionsTest.startWithWatermarkFile(SIM.simulator(), file, routes -> routes
                .from("nextome:locations/positions?venueId=1&size=5&delay=20&initialDelay=0"
                      + "&stateRepository=#watermarks&start=" + base + "&end=" + (base + 2)).routeId("positions")
                .shutdownRunningTask(ShutdownRunningTask.valueOf(task))
                .process(processor));
    }

    /** Stores the positions before the stream that replays them starts, so that its one window holds them. */
    private static void upload(List<Map<String, Object>> positions) throws Exception {
        CamelContext uploader = IncrementalPositionsTest.startContext(SIM.simulator(), new RouteBuilder() {
            @Override
            public void configure() {
            }
        });
        try {
            uploader.createProducerTemplate().sendBody("nextome:locations/createBatch", positions);
        } finally {
            uploader.stop();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<LocationDto> records(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            return List.of();
        }
        return body instanceof List<?> list ? (List<LocationDto>) list : List.of((LocationDto) body);
    }
}
