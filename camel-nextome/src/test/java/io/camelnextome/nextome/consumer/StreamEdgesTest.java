package io.camelnextome.nextome.consumer;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelnextome.nextome.NextomeConstants;
import io.camelnextome.nextome.model.VisitDto;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.SimpleEventNotifierSupport;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Review findings on incremental streams: server order, suspend and resume, rollback, the end of a replay. */
class StreamEdgesTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    private static final Instant TO = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
    private static final Instant FROM = TO.minus(Duration.ofMinutes(20));
    private static long generated;

    private CamelContext context;

    @BeforeAll
    static void generate() {
        SIM.simulator().control().generateHistory(FROM, TO);
        generated = SIM.simulator().control().positionsGenerated(1, FROM, TO);
    }

    @AfterEach
    void stop() {
        SIM.simulator().control().clearFaults();
        if (context != null) {
            context.stop();
        }
    }

    private CamelContext start(RouteBuilder routes) throws Exception {
        return IncrementalPositionsTest.startContext(SIM.simulator(), routes);
    }

    /** The simulator lists visits filtered by their end in start order: the stream must not skip any. */
    @Test
    void visitsByEndAreAllDeliveredThoughTheApiListsThemInStartOrder() throws Exception {
        String range = "venueId=1&timeField=END&start=" + FROM.toEpochMilli() + "&end=" + TO.toEpochMilli();
        List<VisitDto> received = new CopyOnWriteArrayList<>();
        context = start(new RouteBuilder() {
            @Override
            public void configure() {
                from("nextome:visits/history?" + range + "&size=50&delay=10&initialDelay=0")
                        .filter(body().isNotNull())
                        .process(exchange -> received.add(exchange.getMessage().getMandatoryBody(VisitDto.class)));
            }
        });
        Set<Long> expected = new HashSet<>(IncrementalVisitsTest.allVisitIds(context, range));
        assertTrue(expected.size() > 100, "visits ended in the range: " + expected.size());

        await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= expected.size());
        Set<Long> ids = new HashSet<>();
        long previousEnd = Long.MIN_VALUE;
        for (VisitDto visit : received) {
            assertTrue(ids.add(visit.getId()), "delivered twice: visit " + visit.getId());
            assertTrue(visit.getEndTimestamp() >= previousEnd, "visits out of end order");
            previousEnd = visit.getEndTimestamp();
        }
        assertEquals(expected, ids);
    }

    @Test
    void aResumedRouteDeliversAgain() throws Exception {
        PositionSink sink = new PositionSink();
        context = start(positions(sink, ""));
        await().atMost(Duration.ofSeconds(30)).until(() -> sink.count() > generated / 4);
        context.getRouteController().suspendRoute("positions");
        context.getRouteController().resumeRoute("positions");
        await().atMost(Duration.ofSeconds(30)).until(() -> sink.count() > generated / 2);
        context.suspend();
        context.resume();
        await().atMost(Duration.ofSeconds(30)).until(() -> sink.count() >= generated);
        PositionSink.assertExactlyOnce(generated, sink);
    }

    @Test
    void aRolledBackExchangeIsDeliveredAgain() throws Exception {
        PositionSink sink = new PositionSink();
        Set<String> rolledBack = new HashSet<>();
        AtomicInteger seen = new AtomicInteger();
        context = start(new RouteBuilder() {
            @Override
            public void configure() {
                from(IncrementalPositionsTest.positionsUri(FROM, TO, "")).routeId("positions")
                        .process(exchange -> {
                            String identity = PositionSink.identity(exchange.getMessage().getBody(
                                    io.camelnextome.nextome.model.LocationDto.class));
                            if (seen.incrementAndGet() % 501 == 0 && rolledBack.add(identity)) {
                                exchange.setRollbackOnly(true);
                            }
                        })
                        .filter(exchange -> !exchange.isRollbackOnly())
                        .process(sink);
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> sink.count() >= generated);
        PositionSink.assertExactlyOnce(generated, sink);
        assertTrue(rolledBack.size() > 5, "rolled back: " + rolledBack.size());
    }

    @Test
    void aFiniteReplayMarksItsLastRecordAndStopsPolling() throws Exception {
        PositionSink sink = new PositionSink();
        List<Map<String, Object>> completions = new CopyOnWriteArrayList<>();
        context = start(new RouteBuilder() {
            @Override
            public void configure() {
                from(IncrementalPositionsTest.positionsUri(FROM, TO, "")).routeId("positions")
                        .process(exchange -> {
                            if (exchange.getMessage().getHeader(NextomeConstants.REPLAY_COMPLETE) != null) {
                                completions.add(exchange.getMessage().getHeaders());
                            }
                        })
                        .process(sink);
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> sink.count() >= generated && !completions.isEmpty());
        long requests = SIM.simulator().control().totalRequests();
        Instant checked = Instant.now();
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> Duration.between(checked, Instant.now()).toMillis() >= 500);
        assertEquals(requests, SIM.simulator().control().totalRequests(), "API requests after the end");
        assertEquals(1, completions.size());
        PositionSink.assertExactlyOnce(generated, sink);
        long last = sink.received().get(sink.received().size() - 1).getTimestampGenerated();
        assertEquals(last, completions.get(0).get(NextomeConstants.RECORD_TIMESTAMP));
    }

    /** The start of a new stream is fixed when the consumer starts, not when the first page succeeds. */
    @Test
    void positionsProducedDuringAStartUpOutageAreDelivered() throws Exception {
        SIM.simulator().control().failures(503, 1.0);
        PositionSink sink = new PositionSink();
        PollCounter polls = new PollCounter();
        context = start(new RouteBuilder() {
            @Override
            public void configure() {
                getContext().getRegistry().bind("polls", polls);
                from("nextome:locations/positions?venueId=1&delay=50&initialDelay=0&settleTime=200&maxRetries=0"
                     + "&lateness=0&pollStrategy=#polls").routeId("live").process(sink);
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> polls.failed.get() >= 3);
        Instant to = Instant.now();
        Instant from = to.minusMillis(300);
        SIM.simulator().control().generateHistory(from, to);
        long produced = SIM.simulator().control().positionsGenerated(1, from, to);
        assertTrue(produced > 0, "positions produced during the outage");
        long failedBefore = polls.failed.get();
        await().atMost(Duration.ofSeconds(10)).until(() -> polls.failed.get() >= failedBefore + 3);
        SIM.simulator().control().clearFaults();
        await().atMost(Duration.ofSeconds(20)).until(() -> sink.count() >= produced);
        assertEquals(produced, sink.count());
    }

    /** A stop does not wait for the retries of a failing page (here 20 s apart). */
    @Test
    void stoppingDuringRetriesDoesNotWaitForThem() throws Exception {
        SIM.simulator().control().failures(503, 1.0);
        PollCounter polls = new PollCounter();
        Instant starting = Instant.now();
        context = start(retryingFor20Seconds(polls));
        await().atMost(Duration.ofSeconds(10)).until(() -> polls.begun.get() > 0);
        Instant begun = Instant.now();
        // the poll's first page fails at once and waits 20 s before its retry: stop while it waits
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2))
                .until(() -> Duration.between(begun, Instant.now()).toMillis() >= 1000);
        assertEquals(0, polls.failed.get(), "the first poll still waits for its retry");
        context.getRouteController().stopRoute("positions");
        assertStoppedBeforeTheRetry(starting);
        assertEquals(1, polls.begun.get(), "one poll, stopped in its retry wait, and none begun by the stop");
    }

    /**
     * Once the CamelContext begins to stop, the poll in its retry wait ends and no other begins: none sends a
     * request that the stop would wait for. Told after the consumer, this notifier sees the stop in progress.
     */
    @Test
    void noPollBeginsOnceTheContextStops() throws Exception {
        SIM.simulator().control().failures(503, 1.0);
        PollCounter polls = new PollCounter();
        Instant starting = Instant.now();
        context = start(retryingFor20Seconds(polls));
        await().atMost(Duration.ofSeconds(10)).until(() -> polls.begun.get() > 0);
        Map<String, Long> duringStop = new ConcurrentHashMap<>();
        context.getManagementStrategy().addEventNotifier(new SimpleEventNotifierSupport() {
            @Override
            public boolean isEnabled(CamelEvent event) {
                return event instanceof CamelEvent.CamelContextStoppingEvent;
            }

            @Override
            public void notify(CamelEvent event) {
                long requests = SIM.simulator().control().totalRequests();
                Instant checked = Instant.now();
                // the consumer is still started: its scheduler (delay=10) ticks some 20 times meanwhile
                await().pollDelay(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2))
                        .until(() -> Duration.between(checked, Instant.now()).toMillis() >= 200);
                duringStop.put("failed", (long) polls.failed.get());
                duringStop.put("begun", (long) polls.begun.get());
                duringStop.put("requests", SIM.simulator().control().totalRequests() - requests);
            }
        });
        context.stop();
        assertStoppedBeforeTheRetry(starting);
        assertEquals(1L, duringStop.get("begun"), "polls begun once the context began to stop");
        assertEquals(0L, duringStop.get("requests"), "API requests once the context began to stop");
        assertEquals(1L, duringStop.get("failed"), "the poll in its retry wait ended when the stop began");
    }

    /**
     * The first retry was due 20 s after the first page failed, which was after {@code starting}: a stop that waited
     * for it ends later, however busy the machine.
     */
    private static void assertStoppedBeforeTheRetry(Instant starting) {
        Duration took = Duration.between(starting, Instant.now());
        assertTrue(took.toSeconds() < 20, "the stop waited for the retry: it ended " + took.toMillis()
                                          + " ms after the route started");
    }

    /** Positions whose failing pages (503) are retried only after 20 s. */
    private static RouteBuilder retryingFor20Seconds(PollCounter polls) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                getContext().getRegistry().bind("polls", polls);
                from("nextome:locations/positions?venueId=1&delay=10&initialDelay=0&accessToken=fixed&maxRetries=10"
                     + "&retryInitialDelay=20000&retryMaxDelay=20000&pollStrategy=#polls").routeId("positions")
                        .to("mock:never");
            }
        };
    }

    /**
     * A repository that refuses a save (as a compare-and-set one does when another instance saved first) ends the
     * poll through Camel's poll strategy, and the next poll starts from what it holds: nothing is lost.
     */
    @Test
    void aRefusedSaveEndsThePollAndNothingIsLost() throws Exception {
        AtomicInteger saves = new AtomicInteger();
        MemoryStateRepository refusing = new MemoryStateRepository() {
            @Override
            public void setState(String key, String value) {
                if (saves.incrementAndGet() % 7 == 0) {
                    throw new IllegalStateException("another instance saved first");
                }
                super.setState(key, value);
            }
        };
        PositionSink sink = new PositionSink();
        PollCounter polls = new PollCounter();
        context = start(new RouteBuilder() {
            @Override
            public void configure() {
                getContext().getRegistry().bind("polls", polls);
                getContext().getRegistry().bind("refusing", refusing);
                from(IncrementalPositionsTest.positionsUri(FROM, TO, "&stateRepository=#refusing&pollStrategy=#polls"))
                        .routeId("positions").process(sink);
            }
        });
        // the replay is complete once the saved watermark lies past its end
        await().atMost(Duration.ofSeconds(60)).until(() -> refusing.getState("locations/positions(venueId:1)") != null
                && Long.parseLong(refusing.getState("locations/positions(venueId:1)").split("[:|]")[0])
                   >= TO.toEpochMilli());
        assertTrue(polls.failed.get() > 0, "refused saves surfaced as failed polls");
        Set<String> distinct = new HashSet<>();
        sink.received().forEach(position -> distinct.add(PositionSink.identity(position)));
        assertEquals(generated, distinct.size(), "every position delivered at least once");
    }

    /** Counts the polls of a consumer through Camel's pollStrategy option. */
    static final class PollCounter implements PollingConsumerPollStrategy {
        final AtomicInteger begun = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();

        @Override
        public boolean begin(org.apache.camel.Consumer consumer, Endpoint endpoint) {
            begun.incrementAndGet();
            return true;
        }

        @Override
        public void commit(org.apache.camel.Consumer consumer, Endpoint endpoint, int polledMessages) {
        }

        @Override
        public boolean rollback(org.apache.camel.Consumer consumer, Endpoint endpoint, int retryCounter,
                                Exception cause) {
            failed.incrementAndGet();
            return false;
        }
    }

    private static RouteBuilder positions(PositionSink sink, String extra) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(IncrementalPositionsTest.positionsUri(FROM, TO, extra)).routeId("positions")
                        .filter(body().isNotNull()).process(sink);
            }
        };
    }
}
