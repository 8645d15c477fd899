package io.camelnextome.examples.pipeline;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelnextome.nextome.observe.ConsumerState;
import io.camelnextome.nextome.observe.NextomeMonitor;
import io.camelnextome.simulator.NextomeSimulator;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Nextome to PostgreSQL stream of the example, against the simulator and a real PostgreSQL: every position of
 * a range once, in batches; a row the database refuses stops the stream there until it is fixed, without a gap.
 */
class PositionsToPostgresTest {

    private static final Instant TO = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
    private static final Instant FROM = TO.minus(Duration.ofMinutes(5));
    private static NextomeSimulator simulator;
    private static TestPostgres postgres;
    private static long generated;

    @BeforeAll
    static void servers() {
        postgres = TestPostgres.shared();
        simulator = NextomeSimulator.builder().generation(false).build().start();
        simulator.control().generateHistory(FROM, TO);
        generated = simulator.control().positionsGenerated(1, FROM, TO);
        assertTrue(generated > 5_000, "five minutes of 20 trackables: " + generated);
    }

    @AfterAll
    static void stopServers() throws Exception {
        simulator.close();
    }

    @Test
    void everyPositionOfTheRangeIsStoredOnce() throws Exception {
        try (PipelineApplication application = new PipelineApplication(environment());
             RunningPipeline pipeline = new RunningPipeline(application, range())) {
            PositionsTable table = new PositionsTable(application.dataSource());
            await().atMost(Duration.ofSeconds(60)).until(() -> table.rows() >= generated);
            assertEquals(generated, table.rows());
            assertEquals(generated, table.distinctPositions());
            assertEquals(TO.toEpochMilli(), table.watermark("positions-to-postgres"));
        }
    }

    /**
     * The dev console, JMX and the Micrometer lag gauge read the watermark from their own threads while the stream
     * runs; such a read must not drop the positions staged for the page's batch.
     */
    @Test
    void readingTheWatermarkFromAnotherThreadWhileStreamingLosesNothing() throws Exception {
        try (PipelineApplication application = new PipelineApplication(environment());
             RunningPipeline pipeline = new RunningPipeline(application, range())) {
            PositionsTable table = new PositionsTable(application.dataSource());
            AtomicBoolean streaming = new AtomicBoolean(true);
            AtomicInteger reads = new AtomicInteger();
            Thread monitoring = new Thread(() -> {
                while (streaming.get()) {
                    ConsumerState stream = NextomeMonitor.find(pipeline.context()).consumer(PipelineRoutes.POSTGRES_STREAM);
                    if (stream != null) {
                        stream.watermark();
                        reads.incrementAndGet();
                    }
                }
            });
            monitoring.start();
            try {
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> table.watermark(PipelineRoutes.POSTGRES_STREAM) == TO.toEpochMilli());
            } finally {
                streaming.set(false);
                monitoring.join();
            }
            assertTrue(reads.get() > 10, "the watermark was read while streaming: " + reads.get());
            assertEquals(generated, table.rows(), "no position missing behind the final watermark");
        }
    }

    /**
     * An instance that streamed, handed over to another (its route stopped, as {@code master:} does when it loses
     * the lead) and streams again once the other stopped continues from the other's watermark: its first save must
     * not be taken for another instance's write, which would stop its route and, with the other gone, the stream.
     */
    @Test
    void anInstanceThatStreamsAgainAfterAnotherContinuesFromTheOthersWatermark() throws Exception {
        Map<String, String> environment = environment();
        Map<String, String> live = new HashMap<>(range());
        live.remove("pipeline.end");
        try (PipelineApplication first = new PipelineApplication(environment);
             RunningPipeline firstRun = new RunningPipeline(first, live)) {
            PositionsTable table = new PositionsTable(first.dataSource());
            String stream = PipelineRoutes.POSTGRES_STREAM;
            await().atMost(Duration.ofSeconds(60)).until(() -> table.watermark(stream) >= TO.toEpochMilli());
            firstRun.context().getRouteController().stopRoute(stream);

            long handedOver = table.watermarkVersion(stream);
            try (PipelineApplication second = new PipelineApplication(environment);
                 RunningPipeline secondRun = new RunningPipeline(second, live)) {
                await().atMost(Duration.ofSeconds(30)).until(() -> table.watermarkVersion(stream) > handedOver + 2);
            }
            long secondLeft = table.watermark(stream);

            firstRun.context().getRouteController().startRoute(stream);
            await().atMost(Duration.ofSeconds(30)).until(() -> table.watermark(stream) > secondLeft
                    || !firstRun.context().getRouteController().getRouteStatus(stream).isStarted());
            assertTrue(firstRun.context().getRouteController().getRouteStatus(stream).isStarted(),
                    "the first instance's stream was stopped as if another instance still wrote the watermark");
            assertTrue(table.watermark(stream) > secondLeft, "it continued after the second instance's watermark");
            assertEquals(generated, table.rows());
            assertEquals(generated, table.distinctPositions());
        }
    }

    @Test
    void aRowTheDatabaseRefusesStopsTheStreamThereUntilItIsFixed() throws Exception {
        long refusedFrom = FROM.plus(Duration.ofMinutes(2)).toEpochMilli();
        AtomicInteger refusals = new AtomicInteger();
        try (PipelineApplication application = new PipelineApplication(environment())) {
            PositionsTable table = new PositionsTable(application.dataSource());
            // a rule of the database that the stream's data breaks, other than the conflict key
            table.execute("ALTER TABLE positions ADD CONSTRAINT no_t007_yet CHECK (trackable <> 'T-007' OR "
                          + "timestamp_generated < " + refusedFrom + ")");
            application.main().bind("refusals", new EventNotifierSupport() {
                @Override
                public void notify(CamelEvent event) {
                    if (event instanceof CamelEvent.ExchangeFailedEvent failed
                        && isCheckViolation(failed.getExchange().getException())) {
                        refusals.incrementAndGet();
                    }
                }
            });
            try (RunningPipeline pipeline = new RunningPipeline(application, range())) {
                await().atMost(Duration.ofSeconds(60)).until(() -> refusals.get() >= 3);
                long stored = table.rows();
                assertTrue(stored < generated, "the stream stopped at the refused row: " + stored);
                assertEquals(0, table.rowsWhere("trackable = 'T-007' AND timestamp_generated >= " + refusedFrom));
                assertTrue(table.watermark("positions-to-postgres") <= refusedFrom,
                        "the watermark is not past the refused row");
                assertEquals(0, table.rowsWhere("timestamp_generated > " + refusedFrom + " + 60000"),
                        "nothing after the batch of the refused row was stored");

                table.execute("ALTER TABLE positions DROP CONSTRAINT no_t007_yet");
                await().atMost(Duration.ofSeconds(60)).until(() -> table.rows() >= generated);
                assertEquals(generated, table.rows());
                assertEquals(generated, table.distinctPositions());
            }
        }
    }

    private static boolean isCheckViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23514".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> environment() {
        return Map.of(PipelineApplication.CLIENT_ID, simulator.clientId(),
                PipelineApplication.CLIENT_SECRET, simulator.clientSecret(),
                PipelineApplication.BASE_URL, simulator.baseUrl(),
                PipelineApplication.JDBC_URL, postgres.newDatabase());
    }

    /** The range of history, polled without pause. */
    private static Map<String, String> range() {
        Map<String, String> properties = new HashMap<>();
        properties.put("pipeline.start", Long.toString(FROM.toEpochMilli()));
        properties.put("pipeline.end", Long.toString(TO.toEpochMilli()));
        properties.put("pipeline.delay", "10");
        return properties;
    }
}
