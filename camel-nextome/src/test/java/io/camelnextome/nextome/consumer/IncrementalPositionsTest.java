package io.camelnextome.nextome.consumer;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.camelnextome.nextome.NextomeComponent;
import io.camelnextome.nextome.NextomeConstants;
import io.camelnextome.nextome.model.LocationDto;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import io.camelnextome.simulator.SimulatorControl;
import org.apache.camel.CamelContext;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An incremental consumer streams twenty simulated minutes of positions (page size 50) and delivers each exactly once,
 * in timestamp order, through failing pages, failing exchanges and a restart.
 */
class IncrementalPositionsTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    private static final Instant TO = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
    /** Some 24,000 positions: five windows of the consumer, 480 pages, without the time an hour's 72,000 take. */
    private static final Instant FROM = TO.minus(Duration.ofMinutes(20));
    private static long generated;

    private static final String POSITIONS = "GET /locations/positions/{venueId}";

    private CamelContext context;

    @BeforeAll
    static void generateRange() {
        SIM.simulator().control().generateHistory(FROM, TO);
        generated = SIM.simulator().control().positionsGenerated(1, FROM, TO);
        assertTrue(generated > 4 * WindowReader.MAX_RECORDS, "twenty minutes of 20 trackables: " + generated);
    }

    @AfterEach
    void stop() {
        SIM.simulator().control().clearFaults();
        if (context != null) {
            context.stop();
        }
    }

    private static String positionsUri(String extra) {
        return positionsUri(FROM, TO, extra);
    }

    /** An incremental stream of venue 1's positions in [from, to], in pages of 50, polled every 10 ms. */
    static String positionsUri(Instant from, Instant to, String extra) {
        return "nextome:locations/positions?venueId=1&size=50&start=" + from.toEpochMilli() + "&end="
               + to.toEpochMilli() + "&delay=10&initialDelay=0" + extra;
    }

    static CamelContext startContext(NextomeSimulator sim, RouteBuilder routes) throws Exception {
        CamelContext context = new DefaultCamelContext();
        NextomeComponent nextome = new NextomeComponent();
        nextome.getConfiguration().setBaseUrl(sim.baseUrl());
        nextome.getConfiguration().setClientId(sim.clientId());
        nextome.getConfiguration().setClientSecret(sim.clientSecret());
        context.addComponent("nextome", nextome);
        context.addRoutes(routes);
        context.start();
        return context;
    }

    /**
     * {@link #startContext} with a {@link FileWatermarkRepository} on {@code file} bound as {@code watermarks}, for
     * routes that name it in {@code stateRepository=#watermarks}.
     */
    static CamelContext startWithWatermarkFile(NextomeSimulator sim, String file, Consumer<RouteBuilder> routes)
            throws Exception {
        FileWatermarkRepository repository = new FileWatermarkRepository();
        repository.setFileName(file);
        return startContext(sim, new RouteBuilder() {
            @Override
            public void configure() {
                bindToRegistry("watermarks", repository);
                routes.accept(this);
            }
        });
    }

    private CamelContext stream(PositionSink sink, String extra) throws Exception {
        return startContext(SIM.simulator(), new RouteBuilder() {
            @Override
            public void configure() {
                from(positionsUri(extra)).routeId("positions").process(sink);
            }
        });
    }

    @Test
    void deliversEveryPositionOnceInTimestampOrder() throws Exception {
        streamTheRangeExactlyOnce();
    }

    @Test
    void failedPagesAreReadAgainFromTheWatermark() throws Exception {
        SIM.simulator().control().failures(500, 0.2);
        streamTheRangeExactlyOnce();
    }

    private void streamTheRangeExactlyOnce() throws Exception {
        PositionSink sink = new PositionSink();
        context = stream(sink, "");
        await().atMost(Duration.ofSeconds(150)).until(() -> sink.count() >= generated);
        PositionSink.assertExactlyOnce(generated, sink);
    }

    /**
     * A position stored with an older time while a window's pages are read moves every later position one offset
     * on: the last position of each page read before shows again on the next one, and must count once. (The one
     * stored lands on a page read already: a late record, which a finite replay does not sweep for.)
     */
    @Test
    void positionsThatAnInsertShowsOnTwoPagesAreDeliveredOnce() throws Exception {
        Instant to = FROM.minus(Duration.ofMinutes(2));
        Instant from = to.minus(Duration.ofSeconds(100));
        SimulatorControl control = SIM.simulator().control();
        control.generateHistory(from, to);
        long inRange = control.positionsGenerated(1, from, to);
        assertTrue(inRange < WindowReader.MAX_RECORDS, "one window: " + inRange);
        control.latency(Duration.ofMillis(40)); // some 40 pages of 50 take seconds: time to insert between two
        long requests = control.requests(POSITIONS);
        PositionSink sink = new PositionSink();
        context = startContext(SIM.simulator(), new RouteBuilder() {
            @Override
            public void configure() {
                from(positionsUri(from, to, "")).routeId("positions").process(sink);
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> control.requests(POSITIONS) >= requests + 3);
        context.createProducerTemplate().sendBody("nextome:locations/create", Map.of("trackable", "T-001", "map", 1,
                "x", 1.0, "y", 2.0, "timestampGenerated", from.toEpochMilli()));
        await().atMost(Duration.ofSeconds(60)).until(() -> sink.count() >= inRange);
        PositionSink.assertExactlyOnce(inRange, sink);
    }

    @Test
    void aFailedExchangeIsDeliveredAgainAndNothingAfterItIsSkipped() throws Exception {
        PositionSink sink = new PositionSink();
        Set<String> failedOnce = ConcurrentHashMap.newKeySet();
        context = startContext(SIM.simulator(), new RouteBuilder() {
            @Override
            public void configure() {
                from(positionsUri("")).routeId("positions")
                        .process(failingOnceEvery(997, failedOnce))
                        .process(sink);
            }
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> sink.count() >= generated);
        PositionSink.assertExactlyOnce(generated, sink);
        assertTrue(failedOnce.size() > 10, "failed exchanges: " + failedOnce.size());
    }

    /**
     * A route that goes on on another thread ({@code threads()}) completes its exchange after the consumer handed it
     * over: the consumer waits for it all the same, so the positions still arrive in order, once, and a failure on
     * that thread still holds the watermark.
     */
    @Test
    void anExchangeCompletedOnAnotherThreadIsAwaitedBeforeTheNext() throws Exception {
        Instant to = FROM.minus(Duration.ofMinutes(5));
        Instant from = to.minus(Duration.ofSeconds(100));
        SIM.simulator().control().generateHistory(from, to);
        long inRange = SIM.simulator().control().positionsGenerated(1, from, to);
        PositionSink sink = new PositionSink();
        Set<String> failedOnce = ConcurrentHashMap.newKeySet();
        Set<String> routingThreads = ConcurrentHashMap.newKeySet();
        context = startContext(SIM.simulator(), new RouteBuilder() {
            @Override
            public void configure() {
                from(positionsUri(from, to, "")).routeId("positions")
                        .threads(1)
                        .process(exchange -> routingThreads.add(Thread.currentThread().getName()))
                        .process(failingOnceEvery(97, failedOnce))
                        .process(sink);
            }
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> sink.count() >= inRange);
        PositionSink.assertExactlyOnce(inRange, sink);
        assertTrue(failedOnce.size() > 5, "failed exchanges: " + failedOnce.size());
        assertTrue(!routingThreads.isEmpty() && routingThreads.stream().allMatch(name -> name.endsWith(" - Threads")),
                "routed on threads(): " + routingThreads);
    }

    /** Fails the exchange of every {@code n}-th position it sees, each such position once (added to failedOnce). */
    private static Processor failingOnceEvery(int n, Set<String> failedOnce) {
        AtomicInteger seen = new AtomicInteger();
        return exchange -> {
            LocationDto position = exchange.getMessage().getBody(LocationDto.class);
            if (seen.incrementAndGet() % n == 0 && failedOnce.add(PositionSink.identity(position))) {
                throw new IllegalStateException("the sink is down");
            }
        };
    }

    @Test
    void aRestartedRouteContinuesFromTheFileStateRepository(@TempDir Path dir) throws Exception {
        PositionSink before = new PositionSink();
        context = startContext(SIM.simulator(), fileBacked(dir, before));
        await().atMost(Duration.ofSeconds(60)).until(() -> before.count() >= generated / 3);
        context.stop();

        PositionSink after = new PositionSink();
        context = startContext(SIM.simulator(), fileBacked(dir, after));
        await().atMost(Duration.ofSeconds(60)).until(() -> before.count() + after.count() >= generated);
        assertTrue(before.count() < generated, "the first run was stopped mid-stream");
        PositionSink.assertExactlyOnce(generated, before, after);
    }

    private static RouteBuilder fileBacked(Path dir, PositionSink sink) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                StateRepository<String, String> state = FileStateRepository.fileStateRepository(
                        dir.resolve("watermarks.dat").toFile());
                getContext().getRegistry().bind("watermarks", state);
                from(positionsUri("&stateRepository=#watermarks")).routeId("positions").process(sink);
            }
        };
    }

    @Test
    void headersNameTheOperationAndThePlaceInThePoll() throws Exception {
        PositionSink sink = new PositionSink();
        Set<String> mismatches = ConcurrentHashMap.newKeySet();
        AtomicInteger firstIndex = new AtomicInteger(-1);
        context = startContext(SIM.simulator(), new RouteBuilder() {
            @Override
            public void configure() {
                from(positionsUri("")).routeId("positions")
                        .process(exchange -> {
                            LocationDto position = exchange.getMessage().getBody(LocationDto.class);
                            if (!"locations/positions".equals(exchange.getMessage().getHeader(NextomeConstants.OPERATION))
                                || !position.getTimestampGenerated().equals(
                                        exchange.getMessage().getHeader(NextomeConstants.RECORD_TIMESTAMP, Long.class))) {
                                mismatches.add(PositionSink.identity(position));
                            }
                            firstIndex.compareAndSet(-1,
                                    exchange.getMessage().getHeader(NextomeConstants.POLL_INDEX, Integer.class));
                        })
                        .process(sink);
            }
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> sink.count() >= generated);
        assertEquals(Set.of(), mismatches);
        assertEquals(0, firstIndex.get());
    }

    @Test
    void splitResultFalseDeliversPagesAsListsInOrderAndAFailedListAgainWhole() throws Exception {
        Instant to = FROM.plus(Duration.ofMinutes(10));
        long expected = SIM.simulator().control().positionsGenerated(1, FROM, to);
        PositionSink sink = new PositionSink();
        Set<Long> failedOnce = ConcurrentHashMap.newKeySet();
        Set<String> mismatches = ConcurrentHashMap.newKeySet();
        AtomicInteger lists = new AtomicInteger();
        AtomicInteger completions = new AtomicInteger();
        context = startContext(SIM.simulator(), new RouteBuilder() {
            @Override
            public void configure() {
                from(positionsUri(FROM, to, "&splitResult=false")).routeId("positions")
                        .process(exchange -> {
                            java.util.List<?> page = exchange.getMessage().getMandatoryBody(java.util.List.class);
                            LocationDto last = (LocationDto) page.get(page.size() - 1);
                            if (page.size() > 50 || !last.getTimestampGenerated().equals(
                                    exchange.getMessage().getHeader(NextomeConstants.RECORD_TIMESTAMP, Long.class))) {
                                mismatches.add(page.size() + " records up to " + PositionSink.identity(last));
                            }
                            if (lists.incrementAndGet() % 13 == 0 && failedOnce.add(last.getTimestampGenerated())) {
                                throw new IllegalStateException("the sink is down");
                            }
                            if (exchange.getMessage().getHeader(NextomeConstants.REPLAY_COMPLETE, false, Boolean.class)) {
                                completions.incrementAndGet();
                            }
                        })
                        .split(body()).process(sink);
            }
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> sink.count() >= expected);
        PositionSink.assertExactlyOnce(expected, sink);
        assertEquals(Set.of(), mismatches);
        assertEquals(1, completions.get());
        assertTrue(failedOnce.size() > 10, "failed lists: " + failedOnce.size());
        assertTrue(lists.get() < expected / 40, "lists: " + lists.get());
    }
}
