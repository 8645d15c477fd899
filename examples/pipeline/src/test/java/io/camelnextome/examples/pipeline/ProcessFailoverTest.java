package io.camelnextome.examples.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import io.camelnextome.simulator.NextomeSimulator;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three instances of the pipeline, each its own JVM, elect the one that streams through a real ZooKeeper server and
 * share the PostgreSQL watermark and sink. The leader is killed (SIGKILL) mid-stream, then the next leader too:
 * the last one finishes, and PostgreSQL holds every position of the range once.
 * <p>
 * {@code -Dfailover.historyMinutes=<n>} streams a longer range (the {@code failover-long} profile: 240).
 */
class ProcessFailoverTest {

    private static final Pattern LEADER = Pattern.compile("Leader of positions-to-postgres: (\\S+) \\(this instance\\)");
    private static final long SESSION_TIMEOUT_MILLIS = 3000;

    /** The instances' logs, kept for a look after the run. */
    private final Path logs = Path.of("target", "failover-logs");

    private final List<AutoCloseable> servers = new ArrayList<>();
    private final List<Instance> instances = new ArrayList<>();

    @AfterEach
    void stopAll() throws Exception {
        instances.forEach(instance -> instance.process.destroyForcibly());
        for (int i = servers.size() - 1; i >= 0; i--) {
            servers.get(i).close();
        }
    }

    @Test
    void theStreamSurvivesTheLossOfTwoLeadersWithNothingMissingOrTwice() throws Exception {
        Files.createDirectories(logs);
        long minutes = Long.getLong("failover.historyMinutes", 15);
        Instant to = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        Instant from = to.minus(Duration.ofMinutes(minutes));
        NextomeSimulator simulator = start(NextomeSimulator.builder().generation(false).build().start());
        simulator.control().generateHistory(from, to);
        simulator.control().latency(Duration.ofMillis(100));   // a stream of some seconds, to kill leaders in
        long expected = positionsCount(simulator, from, to);

        TestPostgres postgres = TestPostgres.shared();
        String jdbcUrl = postgres.newDatabase();
        HikariDataSource dataSource = start(new HikariDataSource());
        dataSource.setJdbcUrl(jdbcUrl);
        PipelineApplication.createPositionsTable(dataSource);
        PositionsTable table = new PositionsTable(dataSource);
        table.recordDeliveries();
        TestingServer zookeeper = start(new TestingServer(new InstanceSpec(null, -1, -1, -1, true, -1, 500, -1,
                Map.<String, Object>of("clientPortAddress", "127.0.0.1"), "127.0.0.1"), true));

        for (String name : List.of("a", "b", "c")) {
            instances.add(new Instance(name, simulator, jdbcUrl, zookeeper.getConnectString(), from, to));
        }

        Instance first = awaitLeader(null);
        await().atMost(Duration.ofSeconds(60)).until(() -> table.rows() >= expected / 4);
        Duration firstTakeover = kill(first, table);

        Instance second = awaitLeader(first);
        assertNotEquals(first, second);
        await().atMost(Duration.ofSeconds(60)).until(() -> table.rows() >= expected / 2);
        assertTrue(table.rows() < expected, "the second leader was killed mid-stream");
        Duration secondTakeover = kill(second, table);

        await().atMost(Duration.ofSeconds(120)).until(() -> table.rows() >= expected);
        Instance third = awaitLeader(second);
        assertEquals(expected, positionsCount(simulator, from, to));
        long rows = table.rows();
        long deliveries = table.deliveries();
        assertEquals(expected, table.distinctPositions(), "0 missing");
        assertEquals(table.distinctPositions(), rows, "0 duplicate rows");
        assertTrue(deliveries >= rows, "every row was delivered: " + deliveries + " deliveries, " + rows + " rows");
        assertEquals(to.toEpochMilli(), table.watermark(PipelineRoutes.POSTGRES_STREAM));
        table.execute("INSERT INTO positions (trackable, provider, timestamp_generated) SELECT trackable, provider,"
                      + " timestamp_generated FROM positions LIMIT 1 ON CONFLICT DO NOTHING");
        assertEquals(List.of(deliveries + 1, rows), List.of(table.deliveries(), table.rows()),
                "a repeat that the unique key absorbs counts as a delivery, not a row");
        // redeliveries are the at-least-once window at work (positions stored after the killed leader's last saved
        // watermark), absorbed by the unique key: their number depends on where the kills fell, so it is printed
        System.out.printf("Failover of %d positions over 3 JVMs: %d rows, %d deliveries, %d redelivered within the"
                          + " at-least-once window and absorbed by the unique key; takeover after killing %s took %d ms,"
                          + " after killing %s %d ms; %s finished (ZooKeeper session timeout %d ms)%n", expected, rows,
                deliveries, deliveries - rows, first.name, firstTakeover.toMillis(), second.name,
                secondTakeover.toMillis(), third.name, SESSION_TIMEOUT_MILLIS);
    }

    /** Kills the instance like a power cut; returns how long until the next leader stored new positions. */
    private Duration kill(Instance leader, PositionsTable table) throws InterruptedException {
        long before = table.rows();
        long killedAt = System.nanoTime();
        leader.process.destroyForcibly().waitFor();
        await().atMost(Duration.ofSeconds(60)).until(() -> table.rows() > before);
        return Duration.ofNanos(System.nanoTime() - killedAt);
    }

    /** The live instance whose log says it leads now (after {@code previous}, if given). */
    private Instance awaitLeader(Instance previous) {
        Instance[] leader = new Instance[1];
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            for (Instance instance : instances) {
                if (instance != previous && instance.process.isAlive() && instance.leads()) {
                    leader[0] = instance;
                    return true;
                }
            }
            return false;
        });
        return leader[0];
    }

    private static long positionsCount(NextomeSimulator simulator, Instant from, Instant to) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                simulator.baseUrl() + "/_sim/positions/count?venueId=1&from=" + from.toEpochMilli() + "&to="
                + to.toEpochMilli())).build(), HttpResponse.BodyHandlers.ofString());
        Matcher count = Pattern.compile("\"count\"\\s*:\\s*(\\d+)").matcher(response.body());
        assertTrue(count.find(), response.body());
        return Long.parseLong(count.group(1));
    }

    private <T extends AutoCloseable> T start(T server) {
        servers.add(server);
        return server;
    }

    /** One instance: {@link PipelineApplication} in a JVM of its own, started from this test's classpath. */
    private final class Instance {

        private final String name;
        private final Process process;
        private final Path log;

        Instance(String name, NextomeSimulator simulator, String jdbcUrl, String zookeeper, Instant from, Instant to) {
            this.name = name;
            this.log = logs.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    "-Dpipeline.instance=" + name, "-Dpipeline.start=" + from.toEpochMilli(),
                    "-Dpipeline.end=" + to.toEpochMilli(), "-Dpipeline.delay=10",
                    "-Dpipeline.zookeeper.sessionTimeout=" + SESSION_TIMEOUT_MILLIS,
                    "-Dcamel.main.durationMaxSeconds=600", PipelineApplication.class.getName());
            builder.environment().putAll(Map.of(PipelineApplication.CLIENT_ID, simulator.clientId(),
                    PipelineApplication.CLIENT_SECRET, simulator.clientSecret(),
                    PipelineApplication.BASE_URL, simulator.baseUrl(),
                    PipelineApplication.JDBC_URL, jdbcUrl,
                    PipelineApplication.JDBC_USER, "postgres",
                    PipelineApplication.ZOOKEEPER, zookeeper));
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Whether its latest leadership line names itself. */
        boolean leads() throws IOException {
            List<String> lines = Files.readAllLines(log).stream().filter(l -> l.contains("Leader of ")).toList();
            return !lines.isEmpty() && LEADER.matcher(lines.get(lines.size() - 1)).find();
        }

        @Override
        public String toString() {
            return name + " (" + log + ")";
        }
    }
}
