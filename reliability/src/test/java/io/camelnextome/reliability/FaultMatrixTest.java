package io.camelnextome.reliability;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.camelnextome.nextome.NextomeComponent;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.SimulatorControl;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The fault matrix (issue 8 §3): under each simulator fault alone, then all together, Camel routes
 * ({@code direct:} to {@code nextome:}) create and get trackables on 16 threads while an incremental consumer streams
 * the venue's positions. The figures are counted against the simulator's own counters and store, each row's
 * requirements are asserted (counts, never timings), and the tables are printed (and written into
 * docs/reliability.md by {@code reliability/fault-matrix.sh}).
 */
class FaultMatrixTest {

    /** How often the consumer reads its lateness window again; set short so the drain does not wait for it. */
    private static final long SWEEP_MILLIS = 1000;
    /** Generous for a loaded machine, where the simulator's own generation timer may fire a second late. */
    private static final long SETTLE_MILLIS = 2000;
    private static final Duration INTERVAL = Duration.ofMillis(100);
    private static final MatrixSettings SETTINGS = MatrixSettings.fromSystemProperties();
    /** The rows in the order of {@link Fault}, each running on a simulator of its own, {@code lanes} at a time. */
    private static final List<Row> ROWS = new CopyOnWriteArrayList<>();
    private static final ExecutorService LANES = Executors.newFixedThreadPool(SETTINGS.lanes());

    @AfterAll
    static void printTables() throws IOException {
        LANES.shutdownNow();
        String tables = MatrixTable.markdown(SETTINGS, ROWS.stream().map(Row::finished).filter(Objects::nonNull).toList());
        System.out.println(tables);
        if (SETTINGS.docs() != null) {
            MatrixTable.write(SETTINGS.docs(), tables);
        }
    }

    @TestFactory
    Stream<DynamicContainer> faultMatrix() {
        // every row starts now, so that the lanes run them while the checks of the first ones wait
        List<Row> rows = Arrays.stream(Fault.values()).map(Row::new).toList();
        ROWS.addAll(rows);
        return rows.stream().map(row -> {
            Fault fault = row.fault;
            return DynamicContainer.dynamicContainer(fault.label(SETTINGS), Stream.of(
                    dynamicTest("producer: no write lost or created twice, every failure in the error handler",
                            () -> assertProducer(row.result())),
                    dynamicTest("consumer: no position lost or delivered twice", () -> assertConsumer(row.result()))));
        });
    }

    private static void assertProducer(RowResult row) {
        ProducerLoad.Outcome producer = row.producer();
        assertTrue(row.fault().seen(row.injected()) > 0, () -> "the fault never met a request: " + row.injected());
        assertTrue(producer.createsOk() > 0 && producer.getsOk() > 0, "no create or no get succeeded");
        if (row.fault() != Fault.ALL) {
            // all together, every fault stays in force to the end, so the last quarter is not "after" it; a producer
            // behind its pacing on a loaded machine can spend it within one backoff of a failed handshake
            assertTrue(row.recovered() > 0, "no create of the last quarter succeeded: the routes did not recover");
        }
        assertEquals(0, row.lostWrites(), "creates reported successful but not stored");
        assertEquals(0, row.duplicated(), "trackables created twice");
        assertEquals(0, producer.silentFailures(), "calls that neither returned a trackable nor failed");
        assertEquals(row.failures(), row.handled(), "failures that reached the routes' error handler");
        assertEquals(2L * SETTINGS.calls(), producer.createsOk() + producer.createsFailed() + producer.getsOk()
                                            + producer.getsFailed(), "calls accounted for");
    }

    private static void assertConsumer(RowResult row) {
        assertTrue(row.stored() > row.history(), () -> "no live position stored beyond the " + row.history()
                                                        + " of the history");
        assertTrue(row.distinct() <= row.stored(), () -> row.distinct() + " distinct positions delivered, "
                                                          + "more than the " + row.stored() + " stored");
        assertEquals(0, row.twice(), "positions delivered twice");
        if (row.fault().latePositions()) {
            assertTrue(row.arrivedLate() > 0, "no position was held back by the late-positions fault");
        }
        if (row.fault() == Fault.LATE_POSITIONS) {
            assertTrue(row.late() > 0, "no position was delivered behind a later one: the row proved no lateness");
        }
        assertEquals(0, row.lost(), "positions stored but never delivered");
    }

    /** One row, running in a lane from its creation on. */
    private static final class Row {
        private final Fault fault;
        private final Future<RowResult> result;

        Row(Fault fault) {
            this.fault = fault;
            this.result = LANES.submit(() -> run(fault));
        }

        RowResult result() throws Exception {
            try {
                return result.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }

        /** The figures when the row completed, for the tables; null otherwise. */
        RowResult finished() {
            try {
                return result.isDone() ? result.get() : null;
            } catch (ExecutionException | CancellationException | InterruptedException e) {
                return null;
            }
        }
    }

    private static RowResult run(Fault fault) throws Exception {
        // a simulator per row: its counters and store hold this row's figures only, whatever runs beside it
        try (NextomeSimulator simulator = NextomeSimulator.builder().positionInterval(INTERVAL).build().start()) {
            return run(fault, simulator);
        }
    }

    private static RowResult run(Fault fault, NextomeSimulator simulator) throws Exception {
        SimulatorControl control = simulator.control();
        long start = System.currentTimeMillis();
        long from = start - SETTINGS.history().toMillis();
        // the history ends before the live positions that follow the reset begin
        long history = control.generateHistory(Instant.ofEpochMilli(from),
                Instant.ofEpochMilli(start - 2 * INTERVAL.toMillis()));

        LongAdder handled = new LongAdder();
        PositionStream stream = new PositionStream();
        ProducerLoad.Outcome producer;
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        long latency;
        CamelContext context;
        try {
            // in force before the routes start: their first token is already a short-lived one, for example
            fault.inject(control, timer, SETTINGS);
            latency = control.faults().latencyMillis();
            context = start(simulator, handled, stream, consumerUri(from));
            // paced over the row, so the fault stays in force for the row's duration at least
            producer = ProducerLoad.run(context.createProducerTemplate(), fault.name(), SETTINGS.calls(),
                    SETTINGS.threads(), fault.duration(SETTINGS));
        } finally {
            timer.shutdownNow();
            timer.awaitTermination(5, TimeUnit.SECONDS);
            control.clearFaults().tokenLifetime(Duration.ofHours(1));
        }

        long loaded = System.currentTimeMillis();
        control.pauseGeneration();
        long cutoff = System.currentTimeMillis();
        await().atMost(SETTINGS.lateDelay().plusSeconds(10)).until(() -> control.faults().latePending() == 0);
        long bound = 2 * SETTLE_MILLIS + SETTINGS.lateness().toMillis() + SWEEP_MILLIS + 10_000;
        try {
            await().atMost(Duration.ofMillis(bound)).until(() -> stream.distinctBetween(from, cutoff)
                    >= control.positionsGenerated(1, Instant.ofEpochMilli(from), Instant.ofEpochMilli(cutoff)));
        } catch (ConditionTimeoutException missing) {
            // what never came is counted as lost below
        }
        long stored = control.positionsGenerated(1, Instant.ofEpochMilli(from), Instant.ofEpochMilli(cutoff));
        long arrivedLate = control.latePositionsHeld();
        long authCalls = control.authCalls();
        long posts = control.requests("POST /trackables");
        long created = control.responses("POST /trackables").getOrDefault(201, 0L);
        context.stop();
        Injected injected = Injected.of(control, latency);
        System.out.printf("%s: %d ms under the fault, %d ms to drain%n", fault.label(SETTINGS), loaded - start,
                System.currentTimeMillis() - loaded);

        Map<String, Long> storedByName = StoreCheck.trackables(simulator).stream()
                .map(trackable -> Objects.toString(trackable.get("name"), ""))
                .filter(name -> name.startsWith(fault.name() + "-"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long duplicated = storedByName.values().stream().mapToLong(count -> count - 1).sum();
        long lostWrites = producer.created().keySet().stream().filter(name -> !storedByName.containsKey(name)).count();
        // the creates of the last quarter come after every phase of a fault: the routes must have recovered by then
        long recovered = producer.created().keySet().stream()
                .filter(name -> Integer.parseInt(name.substring(fault.name().length() + 1)) >= SETTINGS.calls() * 3 / 4)
                .count();
        return new RowResult(fault, producer, handled.sum(), posts, created, duplicated, lostWrites, authCalls, recovered,
                injected, history, stored, arrivedLate, stream.delivered(), stream.distinctBetween(from, cutoff),
                stream.twice(), stream.late(), SETTINGS.lateness().toMillis());
    }

    /** An incremental stream of venue 1's positions from {@code from} on, in pages of 1000, polled every 100 ms. */
    private static String consumerUri(long from) {
        return "nextome:locations/positions?venueId=1&start=" + from + "&size=1000&delay=100&initialDelay=0"
               + "&settleTime=" + SETTLE_MILLIS
               + "&lateness=" + SETTINGS.lateness().toMillis() + "&latenessSweepInterval=" + SWEEP_MILLIS;
    }

    private static CamelContext start(NextomeSimulator simulator, LongAdder handled, PositionStream stream,
                                      String consumerUri) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addComponent("nextome", component(simulator));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // not handled: the caller still gets the exception, and the count says the handler saw it
                onException(Exception.class).logExhausted(false).process(exchange -> handled.increment());
                from(ProducerLoad.CREATE).routeId("create").to("nextome:trackables/create");
                from(ProducerLoad.GET).routeId("get").to("nextome:trackables/get");
                from(consumerUri).routeId("positions").process(stream);
            }
        });
        context.start();
        return context;
    }

    private static NextomeComponent component(NextomeSimulator simulator) {
        NextomeComponent nextome = new NextomeComponent();
        nextome.getConfiguration().setBaseUrl(simulator.baseUrl());
        nextome.getConfiguration().setClientId(simulator.clientId());
        nextome.getConfiguration().setClientSecret(simulator.clientSecret());
        return nextome;
    }
}
