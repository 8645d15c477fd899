package io.camelnextome.benchmarks;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;

import javax.sql.DataSource;

import io.camelnextome.examples.pipeline.PipelineApplication;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.main.Main;
import org.apache.camel.support.DefaultMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The pipeline example end to end: how many positions per second its Nextome stream stores into PostgreSQL, or
 * sends to Kafka (batches of a page, the watermark in PostgreSQL moving after each), the heap of this JVM (Camel
 * alone: the simulator, PostgreSQL and the Kafka broker run in processes of their own), and, as the anchor, how
 * many positions per second the same sink route takes alone, fed batches of the same size without Nextome.
 * <p>
 * Settings ({@code -Dname=value}): {@code baseUrl} (the simulator, required), {@code sink} ({@code postgres} or
 * {@code kafka}), {@code kafkaBrokers} (with {@code sink=kafka}), {@code positions} (1000000), {@code size}
 * (500, positions per page and per batch), {@code timeoutSeconds} (900). See {@code pipeline-benchmark.sh}.
 */
public final class PipelineThroughputBenchmark {

    private static final String TOPIC = "nextome-positions";

    private PipelineThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = System.getProperty("baseUrl");
        String sink = System.getProperty("sink", "postgres");
        String brokers = System.getProperty("kafkaBrokers", "");
        brokers = brokers.isBlank() ? null : brokers;
        if (baseUrl == null || !sink.equals("postgres") && !sink.equals("kafka") || sink.equals("kafka") && brokers == null) {
            throw new IllegalArgumentException("Set -DbaseUrl to the simulator's URL, -Dsink to postgres or kafka, and"
                                               + " with kafka -DkafkaBrokers");
        }
        long positions = Long.getLong("positions", 1_000_000);
        int size = Integer.getInteger("size", 500);
        long timeoutSeconds = Long.getLong("timeoutSeconds", 900);
        ConsumerThroughputBenchmark.Window window = ConsumerThroughputBenchmark.Window.holding(baseUrl, 1, positions);

        Map<String, String> environment = new HashMap<>(Map.of("NEXTOME_CLIENT_ID", "demo-client",
                "NEXTOME_CLIENT_SECRET", "demo-secret", "NEXTOME_BASE_URL", baseUrl));
        if (brokers != null) {
            environment.put("PIPELINE_KAFKA_BROKERS", brokers);
        }
        String stream = sink.equals("postgres") ? "positions-to-postgres" : "positions-to-kafka";
        try (PipelineApplication application = new PipelineApplication(environment)) {   // starts PostgreSQL
            Main main = application.main();
            main.addOverrideProperty("pipeline.start", Long.toString(window.start()));
            main.addOverrideProperty("pipeline.end", Long.toString(window.end()));
            main.addOverrideProperty("pipeline.delay", "0");
            main.addOverrideProperty("pipeline.pageSize", Integer.toString(size));
            main.addOverrideProperty("pipeline.postgres.enabled", Boolean.toString(sink.equals("postgres")));
            System.out.printf("Streaming %,d positions (timestampGenerated %d..%d) from %s into %s in batches of %d;"
                    + " max heap %d MiB, %d cores, load average %.2f%n", window.count(), window.start(), window.end(),
                    baseUrl, sink, size, Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors(), loadAverage());

            ConsumerThroughputBenchmark.HeapSampler heap = new ConsumerThroughputBenchmark.HeapSampler();
            heap.start();
            long started = System.nanoTime();
            CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {
                try {
                    main.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            long deadline = started + timeoutSeconds * 1_000_000_000L;
            KafkaConsumer<byte[], byte[]> topic = brokers == null ? null : topicReader(brokers);
            long stored = 0;
            while (stored < window.count()) {
                if (run.isDone() || System.nanoTime() > deadline) {
                    System.out.printf("INCOMPLETE: %,d of %,d positions stored%n", stored, window.count());
                    System.exit(1);
                }
                Thread.sleep(200);
                stored = sink.equals("postgres") ? rows(application.dataSource()) : records(topic);
            }
            if (topic != null) {
                topic.close();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double loadAfter = loadAverage();
            System.out.printf("%,d positions in %.1f s = %,.0f positions/second, from the start of Camel until the sink"
                    + " held them all (%s; load average %.2f at the end)%n", window.count(), seconds, window.count() / seconds,
                    stored == window.count() ? "the sink holds exactly the simulator's count"
                            : "MISMATCH: the sink holds " + stored, loadAfter);

            CamelContext camel = main.getCamelContext();
            camel.getRouteController().stopRoute(stream);
            double anchor = sinkAlone(camel, sink, window.count(), size);
            heap.stop();
            System.out.printf("the sink alone (direct:%s fed batches of %d without Nextome): %,.0f positions/second"
                    + " (load average %.2f)%n", sink.equals("postgres") ? "store-positions" : "send-positions", size,
                    anchor, loadAverage());
            System.out.printf("heap: max %d MiB; peak used %.1f MiB (sampled every 10 ms), %.1f MiB (sum of pool"
                    + " peaks); GC %s%n", Runtime.getRuntime().maxMemory() >> 20, heap.peak / 1048576.0,
                    ConsumerThroughputBenchmark.poolPeaks() / 1048576.0, ConsumerThroughputBenchmark.gcs());
            main.completed();
            run.join();
            if (stored != window.count()) {
                System.exit(1);
            }
        }
    }

    /** Feeds the sink route the same number of positions, in batches as the stream makes them; positions/second. */
    private static double sinkAlone(CamelContext camel, String sink, long count, int size) {
        ProducerTemplate template = camel.createProducerTemplate();
        LongFunction<Object> record = sink.equals("postgres") ? PipelineThroughputBenchmark::row
                : i -> kafkaRecord(camel, i);
        String uri = sink.equals("postgres") ? "direct:store-positions" : "direct:send-positions";
        long started = System.nanoTime();
        for (long sent = 0; sent < count;) {
            List<Object> batch = new ArrayList<>(size);
            for (int i = 0; i < size && sent < count; i++, sent++) {
                batch.add(record.apply(sent));
            }
            template.sendBody(uri, batch);
        }
        return count / ((System.nanoTime() - started) / 1e9);
    }

    /** A row of the positions table that no streamed position has (another trackable name). */
    private static Map<String, Object> row(long i) {
        Map<String, Object> row = new HashMap<>();
        row.put("trackable", "anchor-" + i % 20);
        row.put("provider", i % 20 + 1);
        row.put("timestamp_generated", i);
        row.put("map_id", 1L);
        row.put("room", 2L);
        row.put("x", 1000.0 + i % 500);
        row.put("y", 500.0);
        row.put("created_at", i + 20);
        return row;
    }

    /** A record as the stream sends it: a position's JSON of the usual size, keyed by trackable. */
    private static Message kafkaRecord(CamelContext camel, long i) {
        Message message = new DefaultMessage(camel);
        String trackable = "T-0" + (10 + i % 20);
        message.setHeader(KafkaConstants.KEY, trackable);
        message.setBody("{\"provider\":{\"id\":" + (i % 20 + 1) + ",\"uuid\":\"f7826da6-4fa2-4e98-8024-bc5b71e0893e\","
                        + "\"major\":1,\"minor\":3,\"type\":\"IBEACON\",\"venue\":1,\"trackable\":\"" + trackable
                        + "\"},\"trackable\":\"" + trackable + "\",\"timestampGenerated\":" + i + ",\"timestampSent\":"
                        + (i + 10) + ",\"crs\":0,\"room\":2,\"map\":1,\"x\":1234.5,\"y\":567.8,\"createdAt\":"
                        + (i + 20) + ",\"rawX\":1230.1,\"rawY\":570.2}");
        return message;
    }

    private static long rows(DataSource dataSource) throws SQLException {
        return Long.parseLong(query(dataSource, "SELECT COUNT(*) FROM positions"));
    }

    private static String query(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        }
    }

    private static KafkaConsumer<byte[], byte[]> topicReader(String brokers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** The records in the topic: the sum of its partitions' end offsets (0 while it does not exist). */
    private static long records(KafkaConsumer<byte[], byte[]> consumer) {
        List<TopicPartition> partitions = consumer.listTopics(Duration.ofSeconds(30)).getOrDefault(TOPIC, List.of())
                .stream().map(p -> new TopicPartition(TOPIC, p.partition())).toList();
        return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
