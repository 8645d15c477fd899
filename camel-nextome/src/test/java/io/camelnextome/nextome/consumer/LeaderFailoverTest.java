package io.camelnextome.nextome.consumer;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances run the same {@code master:} route; the file-lock cluster service elects the one that polls and a
 * shared state repository carries the watermark. The leader's CamelContext stops mid-stream, the other takes over:
 * what reached the two sinks together is every position exactly once. A stop of the leader's route alone is
 * {@code MasterRouteStopTest} in camel-nextome-jdbc, with the watermark in a database.
 */
class LeaderFailoverTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    private static final Instant TO = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
    /**
     * Two minutes, 2,420 positions: with the sink's 5 ms a record the stream lasts 12 s at least, so the handover
     * falls mid-stream on any machine (ten minutes, 12,020 positions, kept the test a minute in the sink alone).
     */
    private static final Instant FROM = TO.minus(Duration.ofMinutes(2));

    private CamelContext first;
    private CamelContext second;

    /**
     * Back to the seeded store: each test generates the same range again, and a second copy of each position (same
     * trackable and timestamp, so the same key, delivered once) would double the count the sinks are awaited to reach.
     */
    @AfterEach
    void stop() {
        for (CamelContext context : new CamelContext[] { first, second }) {
            if (context != null) {
                context.stop();
            }
        }
        SIM.simulator().control().reset();
    }

    @Test
    void theStandbyContinuesFromTheLeadersWatermark(@TempDir Path clusterDir) throws Exception {
        SIM.simulator().control().generateHistory(FROM, TO);
        long generated = SIM.simulator().control().positionsGenerated(1, FROM, TO);
        StateRepository<String, String> shared = new MemoryStateRepository();

        PositionSink leaderSink = new PositionSink();
        first = instance("first", clusterDir, shared, leaderSink);
        await().atMost(Duration.ofSeconds(60)).until(() -> leaderSink.count() >= generated / 3);

        PositionSink standbySink = new PositionSink();
        second = instance("second", clusterDir, shared, standbySink);
        assertTrue(standbySink.count() == 0, "the standby does not poll while the leader runs");
        first.stop();

        await().atMost(Duration.ofSeconds(120)).until(() -> leaderSink.count() + standbySink.count() >= generated);
        assertTrue(leaderSink.count() < generated && standbySink.count() > 0, "the standby took over mid-stream");
        PositionSink.assertExactlyOnce(generated, leaderSink, standbySink);
    }

    private static CamelContext instance(String name, Path clusterDir, StateRepository<String, String> shared,
                                         PositionSink sink) throws Exception {
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(clusterDir.toString());
        cluster.setAcquireLockDelay(10, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(100, TimeUnit.MILLISECONDS);
        return IncrementalPositionsTest.startContext(SIM.simulator(), new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                getContext().addService(cluster);
                getContext().getRegistry().bind("watermarks", shared);
                from("master:positions:"
                     + IncrementalPositionsTest.positionsUri(FROM, TO, "&stateRepository=#watermarks"))
                        .routeId("positions").process(sink)
                        // a sink of 5 ms a record: the stream lasts seconds, so the handover falls mid-stream even
                        // on a fast machine (without it the leader delivered all positions before its stop)
                        .delay(5).syncDelayed();
            }
        });
    }
}
