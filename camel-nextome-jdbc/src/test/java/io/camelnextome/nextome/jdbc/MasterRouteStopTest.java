package io.camelnextome.nextome.jdbc;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelContext;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances run the same {@code master:} route on a file-lock cluster service and keep the watermark in one
 * database. The leader's route is stopped (not its CamelContext) while its sink is slow with a record: camel-master
 * releases the leadership before it stops the Nextome consumer, and the standby must still not start before the
 * leader saved the watermark of what it delivered.
 * <p>
 * The one record that may come twice is the one in flight at the stop: camel-master stops the route's processors
 * before anything else, so Camel fails that exchange ({@code RejectedExecutionException}) after the sink had it,
 * and the consumer, rightly, does not count it as delivered (docs/consumer.md, "Stopping a master: route").
 */
class MasterRouteStopTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    private static final Instant TO = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
    private static final Instant FROM = TO.minus(Duration.ofMinutes(1));
    /** The leader's slow record: how long its sink holds it unless the standby delivers meanwhile. */
    private static final long HOLD_SECONDS = 2;

    private final Instances instances = new Instances();

    @AfterEach
    void stop() {
        instances.close();
    }

    @Test
    void theStandbyStartsWhereTheStoppedLeaderEnded(@TempDir Path clusterDir) throws Exception {
        SIM.simulator().control().generateHistory(FROM, TO);
        long generated = SIM.simulator().control().positionsGenerated(1, FROM, TO);
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:route_stop;DB_CLOSE_DELAY=-1");
        String uri = "master:positions:" + Instances.positionsUri(FROM, TO);

        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch standbyDelivered = new CountDownLatch(1);
        Instances.Sink leaderSink = new Instances.Sink();
        Instances.Sink standbySink = new Instances.Sink();
        long holdAt = generated / 3;
        AtomicReference<String> inFlight = new AtomicReference<>();
        CamelContext leader = instances.start(SIM.simulator(), database, uri, exchange -> {
            leaderSink.process(exchange);
            if (leaderSink.count() == holdAt) {
                inFlight.set(Instances.Sink.identity(exchange));
                // a slow sink at the moment of the stop: the record in flight completes, later ones are not sent
                holding.countDown();
                standbyDelivered.await(HOLD_SECONDS, TimeUnit.SECONDS);
            }
        }, "leader", clusterDir);
        assertTrue(holding.await(60, TimeUnit.SECONDS), "the leader reached its slow record");

        instances.start(SIM.simulator(), database, uri, exchange -> {
            standbySink.process(exchange);
            standbyDelivered.countDown();
        }, "standby", clusterDir);
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> {
            try {
                leader.getRouteController().stopRoute("positions");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        await().atMost(Duration.ofSeconds(60))
                .until(() -> leaderSink.count() + standbySink.count() >= generated);
        stopping.get(60, TimeUnit.SECONDS);
        Map<String, Integer> received = Instances.Sink.together(leaderSink, standbySink);
        Set<String> twice = received.entrySet().stream().filter(entry -> entry.getValue() > 1)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertTrue(standbySink.count() > 0 && leaderSink.count() >= holdAt, "the standby took over mid-stream");
        twice.remove(inFlight.get());
        assertEquals(0, twice.size(), "positions delivered twice, beside the one in flight at the stop (leader "
                                      + leaderSink.count() + ", standby " + standbySink.count() + "), e.g. "
                                      + twice.stream().limit(3).toList());
        assertEquals(generated, received.size(), "positions delivered, of the simulator's count");
    }
}
