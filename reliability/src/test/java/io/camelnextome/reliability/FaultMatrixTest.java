package io.camelnextome.reliability;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.camelnextome.nextome.NextomeComponent;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import io.camelnextome.simulator.SimulatorControl;
import org.apache.camel.CamelContext;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The fault matrix (issue 8 §3): under each simulator fault alone, then all together, Camel routes
 * ({@code direct:} to {@code nextome:}) create and get trackables on 16 threads while an incremental consumer streams
 * the venue's positions. The figures are counted against the simulator's own counters and store, each row's
 * requirements are asserted (counts, never timings), and the tables are printed (and written into
 * docs/reliability.md by {@code reliability/fault-matrix.sh}).
 * <p>
 * Rows with late positions need the consumer's {@value #LATENESS_OPTION} option: until the component has it, their
 * consumer check is skipped with the count of positions lost, and runs by itself once the option exists.
 */
class FaultMatrixTest {

    /** The incremental consumer's option that bounds how late a record may arrive and still be delivered. */
    static final String LATENESS_OPTION = "lateness";
    /** How often the consumer reads its lateness window again; set short so the drain does not wait for it. */
    static final String SWEEP_OPTION = "latenessSweepInterval";
    private static final long SWEEP_MILLIS = 1000;
    /** Generous for a loaded machine, where the simulator's own generation timer may fire a second late. */
    private static final long SETTLE_MILLIS = 2000;
    private static final Duration INTERVAL = Duration.ofMillis(100);
    private static final MatrixSettings SETTINGS = MatrixSettings.fromSystemProperties();
    private static final List<RowResult> ROWS = new CopyOnWriteArrayList<>();

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.positionInterval(INTERVAL));

    private static boolean lateness;
    private static boolean sweep;

    /** Whether the consumer has the lateness options: the late rows check everything once it has. */
    @BeforeAll
    static void detectLateness() throws Exception {
        lateness = accepts(LATENESS_OPTION + "=1000");
        sweep = accepts(SWEEP_OPTION + "=1000");
    }

    private static boolean accepts(String option) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.addComponent("nextome", component(SIM.simulator()));
            context.start();
            context.getEndpoint("nextome:locations/positions?venueId=1&" + option);
            return true;
        } catch (ResolveEndpointFailedException e) {
            return false;
        }
    }

    @AfterAll
    static void printTables() throws IOException {
        String tables = MatrixTable.markdown(SETTINGS, ROWS);
        System.out.println(tables);
        if (SETTINGS.docs() != null) {
            MatrixTable.write(SETTINGS.docs(), tables);
        }
    }

    @TestFactory
    Stream<DynamicContainer> faultMatrix() {
        return Arrays.stream(Fault.values()).map(fault -> {
            Row row = new Row(fault);
            return DynamicContainer.dynamicContainer(fault.label(), Stream.of(
                    dynamicTest("producer: no write lost or created twice, every failure in the error handler",
                            () -> assertProducer(row.result())),
                    dynamicTest("consumer: no position lost or delivered twice", () -> assertConsumer(row.result()))));
        });
    }

    private static void assertProducer(RowResult row) {
        ProducerLoad.Outcome producer = row.producer();
        assertEquals(0, row.lostWrites(), "creates reported successful but not stored");
        assertEquals(0, row.duplicated(), "trackables created twice");
        assertEquals(0, producer.silentFailures(), "calls that neither returned a trackable nor failed");
        assertEquals(row.failures(), row.handled(), "failures that reached the routes' error handler");
        assertEquals(2L * SETTINGS.calls(), producer.createsOk() + producer.createsFailed() + producer.getsOk()
                                            + producer.getsFailed(), "calls accounted for");
    }

    private static void assertConsumer(RowResult row) {
        assertEquals(0, row.twice(), "positions delivered twice");
        if (row.fault().latePositions() && !lateness) {
            assertTrue(row.lost() <= row.arrivedLate(), () -> "lost " + row.lost() + ", more than the "
                                                             + row.arrivedLate() + " positions that arrived late");
            abort("needs the incremental consumer's '" + LATENESS_OPTION + "' option (issue 8 §2); without it "
                  + row.lost() + " of the " + row.arrivedLate() + " late positions were lost");
        }
        assertEquals(0, row.lost(), "positions stored but never delivered");
    }

    /** One row, run when its first check asks for it. */
    private static final class Row {
        private final Fault fault;
        private RowResult result;

        Row(Fault fault) {
            this.fault = fault;
        }

        synchronized RowResult result() throws Exception {
            if (result == null) {
                result = run(fault);
                ROWS.add(result);
            }
            return result;
        }
    }

    private static RowResult run(Fault fault) throws Exception {
        NextomeSimulator simulator = SIM.simulator();
        SimulatorControl control = simulator.control();
        control.reset();
        control.resumeGeneration();
        long start = System.currentTimeMillis();
        long from = start - SETTINGS.history().toMillis();
        // the history ends before the live positions that follow the reset begin
        control.generateHistory(Instant.ofEpochMilli(from), Instant.ofEpochMilli(start - 2 * INTERVAL.toMillis()));

        LongAdder handled = new LongAdder();
        PositionStream stream = new PositionStream();
        CamelContext context = start(simulator, handled, stream, consumerUri(from));
        ProducerLoad.Outcome producer;
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            fault.inject(control, timer, SETTINGS);
            // paced over the row, so the fault stays in force for the row's duration at least
            producer = ProducerLoad.run(context.createProducerTemplate(), fault.name(), SETTINGS.calls(),
                    SETTINGS.threads(), Duration.ofSeconds(SETTINGS.seconds()));
        } finally {
            timer.shutdownNow();
            timer.awaitTermination(5, TimeUnit.SECONDS);
            control.clearFaults().tokenLifetime(Duration.ofHours(1));
        }

        long loaded = System.currentTimeMillis();
        control.pauseGeneration();
        long cutoff = System.currentTimeMillis();
        await().atMost(SETTINGS.lateDelay().plusSeconds(10)).until(() -> control.faults().latePending() == 0);
        // without a lateness bound the late positions never come: no use waiting long for them
        long bound = 2 * SETTLE_MILLIS + (lateness ? SETTINGS.lateness().toMillis() + SWEEP_MILLIS + 10_000
                : fault.latePositions() ? 3_000 : 10_000);
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
        System.out.printf("%s: %d ms under the fault, %d ms to drain%n", fault.label(), loaded - start,
                System.currentTimeMillis() - loaded);

        Map<String, Long> storedByName = StoreCheck.trackables(simulator).stream()
                .map(trackable -> Objects.toString(trackable.get("name"), ""))
                .filter(name -> name.startsWith(fault.name() + "-"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long duplicated = storedByName.values().stream().mapToLong(count -> count - 1).sum();
        long lostWrites = producer.created().keySet().stream().filter(name -> !storedByName.containsKey(name)).count();
        return new RowResult(fault, producer, handled.sum(), posts, created, duplicated, lostWrites, authCalls, stored,
                arrivedLate, stream.delivered(), Math.max(0, stored - stream.distinctBetween(from, cutoff)), stream.twice(),
                stream.late(), lateness ? SETTINGS.lateness().toMillis() : -1);
    }

    /** An incremental stream of venue 1's positions from {@code from} on, in pages of 1000, polled every 100 ms. */
    private static String consumerUri(long from) {
        return "nextome:locations/positions?venueId=1&start=" + from + "&size=1000&delay=100&initialDelay=0"
               + "&settleTime=" + SETTLE_MILLIS
               + (lateness ? "&" + LATENESS_OPTION + "=" + SETTINGS.lateness().toMillis() : "")
               + (sweep ? "&" + SWEEP_OPTION + "=" + SWEEP_MILLIS : "");
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
