package io.camelnextome.examples.pipeline;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelnextome.simulator.NextomeSimulator;
import org.apache.camel.component.kafka.KafkaEndpoint;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Kafka streams of the example against a real Kafka 4.1 broker (KRaft) in this JVM and the simulator. */
class KafkaStreamsTest {

    private static final Instant TO = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
    private static final Instant FROM = TO.minus(Duration.ofMinutes(2));
    private static NextomeSimulator simulator;
    private static TestPostgres postgres;
    private static LocalKafka kafka;

    @BeforeAll
    static void servers() throws Exception {
        simulator = NextomeSimulator.builder().generation(false).build().start();
        postgres = TestPostgres.shared();
        kafka = new LocalKafka();
    }

    @AfterAll
    static void stopServers() throws Exception {
        simulator.close();
        kafka.close();
    }

    @Test
    void everyPositionGoesToTheTopicOnceKeyedByTrackableInOrder() throws Exception {
        simulator.control().generateHistory(FROM, TO);
        long generated = simulator.control().positionsGenerated(1, FROM, TO);
        Map<String, String> properties = new HashMap<>(Map.of("pipeline.start", Long.toString(FROM.toEpochMilli()),
                "pipeline.end", Long.toString(TO.toEpochMilli()), "pipeline.delay", "10",
                "pipeline.postgres.enabled", "false"));
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (PipelineApplication application = new PipelineApplication(environment());
             RunningPipeline pipeline = new RunningPipeline(application, properties);
             KafkaConsumer<String, String> topic = consumer("nextome-positions")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                topic.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= generated;
            });
            topic.poll(Duration.ofMillis(500)).forEach(records::add);   // nothing more
            assertEquals(TO.toEpochMilli(), new PositionsTable(application.dataSource()).watermark("positions-to-kafka"));
        }
        assertEquals(generated, records.size());
        ObjectMapper json = new ObjectMapper();
        Set<String> positions = new HashSet<>();
        Map<String, Long> lastOfTrackable = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            JsonNode position = json.readTree(record.value());
            String trackable = position.get("trackable").asText();
            long timestamp = position.get("timestampGenerated").asLong();
            assertEquals(trackable, record.key(), "keyed by trackable");
            assertTrue(positions.add(trackable + "|" + position.get("provider").get("id") + "|" + timestamp),
                    "once: " + record.value());
            Long previous = lastOfTrackable.put(trackable, timestamp);
            assertTrue(previous == null || previous < timestamp, "a trackable's positions in order: " + record.value());
        }
    }

    @Test
    void positionsFromATopicArePushedAndBadOnesSetAsideWithTheReason() throws Exception {
        Instant measured = Instant.parse("2024-03-01T10:00:00Z");
        List<String> good = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            // what another system writes: its own fields beside Nextome's
            good.add("{\"trackable\":\"T-00" + (1 + i % 5) + "\",\"map\":1,\"x\":" + i + ",\"y\":20.5,"
                     + "\"timestampGenerated\":" + measured.plusMillis(i * 100L).toEpochMilli()
                     + ",\"sourceSystem\":\"uwb-gateway-7\"}");
        }
        Map<String, String> bad = Map.of(
                "not json at all", "Not a position in JSON",
                "{\"trackable\":\"T-001\",\"timestampGenerated\":" + measured.toEpochMilli() + "}", "no 'map'",
                "{\"trackable\":\"T-002\",\"map\":999,\"timestampGenerated\":" + measured.toEpochMilli() + "}",
                "Nextome refused it");
        try (KafkaProducer<String, String> producer = producer()) {
            List<String> all = new ArrayList<>(good);
            all.addAll(100, bad.keySet());   // in the middle of the stream
            for (String value : all) {
                producer.send(new ProducerRecord<>("external-positions", "gateway-7", value));
            }
            producer.flush();
        }
        Map<String, String> properties = Map.of("pipeline.postgres.enabled", "false",
                "pipeline.start", Long.toString(TO.toEpochMilli()), "pipeline.end", Long.toString(TO.toEpochMilli()));
        List<ConsumerRecord<String, String>> deadLetters = new ArrayList<>();
        try (PipelineApplication application = new PipelineApplication(environment());
             RunningPipeline pipeline = new RunningPipeline(application, properties);
             KafkaConsumer<String, String> deadLetterTopic = consumer("external-positions.dead-letter")) {
            Instant last = measured.plusMillis(249 * 100L);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> simulator.control().positionsGenerated(1, measured, last) >= good.size());
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                deadLetterTopic.poll(Duration.ofMillis(200)).forEach(deadLetters::add);
                return deadLetters.size() >= bad.size();
            });
            assertEquals(good.size(), simulator.control().positionsGenerated(1, measured, last), "the rest went on");
        }
        assertEquals(bad.size(), deadLetters.size());
        for (ConsumerRecord<String, String> deadLetter : deadLetters) {
            String reason = new String(deadLetter.headers().lastHeader(InboundPositions.REASON).value(),
                    StandardCharsets.UTF_8);
            assertTrue(reason.contains(bad.get(deadLetter.value())), deadLetter.value() + ": " + reason);
            assertEquals("gateway-7", deadLetter.key());
        }
    }

    /**
     * A poll whose batch Nextome refused (400) is sent one position at a time; a later failure (here the dead-letter
     * topic refusing a record it finds too large) makes Kafka deliver the whole poll again, and again, until the
     * topic takes it: the positions created and the records set aside before the failure are neither created nor
     * dead-lettered again.
     */
    @Test
    void aPollDeliveredAgainAfterTheOneByOneFallbackCreatesEachPositionOnce() throws Exception {
        Instant measured = Instant.parse("2024-03-02T10:00:00Z");
        String topic = "redelivered-positions";
        String deadLetters = topic + ".dead-letter";
        List<String> records = new ArrayList<>(List.of("not json"));
        for (int i = 0; i < 10; i++) {
            records.add("{\"trackable\":\"T-001\",\"map\":1,\"x\":" + i + ",\"y\":1.5,\"timestampGenerated\":"
                        + measured.plusMillis(i * 100L).toEpochMilli() + "}");
        }
        String unknownMap = "{\"trackable\":\"T-002\",\"map\":999,\"timestampGenerated\":" + measured.toEpochMilli()
                            + ",\"note\":\"" + "x".repeat(1000) + "\"}";
        records.add(6, unknownMap);   // after five positions it can create one by one
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            // the dead-letter topic takes the short record, not the long one (until told otherwise below)
            admin.createTopics(List.of(new NewTopic(deadLetters, 1, (short) 1)
                    .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "400")))).all().get();
            try (KafkaProducer<String, String> producer = producer()) {
                for (String value : records) {
                    producer.send(new ProducerRecord<>(topic, "gateway-8", value));
                }
                producer.flush();
            }
            Map<String, String> properties = Map.of("pipeline.postgres.enabled", "false",
                    "pipeline.kafka.inboundTopic", topic, "pipeline.kafka.deadLetterTopic", deadLetters,
                    "pipeline.kafka.groupId", "redelivered", "pipeline.start", Long.toString(TO.toEpochMilli()),
                    "pipeline.end", Long.toString(TO.toEpochMilli()));
            List<String> setAside = new ArrayList<>();
            Instant last = measured.plusMillis(9 * 100L);
            try (PipelineApplication application = new PipelineApplication(environment());
                 RunningPipeline pipeline = new RunningPipeline(application, properties);
                 KafkaConsumer<String, String> deadLetterTopic = consumer(deadLetters)) {
                long batches = simulator.control().requests("POST /locations/list");
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> simulator.control().requests("POST /locations/list") >= batches + 2);
                admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, deadLetters),
                        List.of(new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "1048588"),
                                AlterConfigOp.OpType.SET)))).all().get();
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    deadLetterTopic.poll(Duration.ofMillis(200)).forEach(record -> setAside.add(record.value()));
                    return setAside.contains(unknownMap)
                           && simulator.control().positionsGenerated(1, measured, last) >= 10;
                });
                deadLetterTopic.poll(Duration.ofMillis(500)).forEach(record -> setAside.add(record.value()));
                assertEquals(10, simulator.control().positionsGenerated(1, measured, last), "each position once");
            }
            assertEquals(List.of("not json", unknownMap), setAside, "each record set aside once");
        }
    }

    /**
     * A broker that cannot be reached fails the batch in the sink route's error handler; the watermark stays. (camel-kafka
     * sends a batch's records one by one, each waiting up to maxBlockMs for the broker: short pages and a short wait.)
     */
    @Test
    void kafkaUnavailableReachesTheErrorHandlerAndTheWatermarkStays() throws Exception {
        Instant to = FROM.minus(Duration.ofMinutes(5));   // a range of its own, before the other test's
        // ten seconds (220 positions, 11 pages): the stream stages them all before its first save, and each waits
        // maxBlockMs there (a minute's 1,220 kept the test 25 s in those waits alone)
        Instant from = to.minus(Duration.ofSeconds(10));
        simulator.control().generateHistory(from, to);
        String closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = "127.0.0.1:" + socket.getLocalPort();
        }
        Map<String, String> environment = new HashMap<>(environment());
        environment.put(PipelineApplication.KAFKA_BROKERS, closedPort);
        AtomicInteger unsent = new AtomicInteger();
        try (PipelineApplication application = new PipelineApplication(environment)) {
            application.main().bind("unsent", new EventNotifierSupport() {
                @Override
                public void notify(CamelEvent event) {
                    if (event instanceof CamelEvent.ExchangeFailedEvent failed
                        && "send-positions".equals(failed.getExchange().getFromRouteId())
                        && causedBy(failed.getExchange().getException(), TimeoutException.class)) {
                        unsent.incrementAndGet();
                    }
                }
            });
            Map<String, String> properties = Map.of("pipeline.postgres.enabled", "false",
                    "pipeline.start", Long.toString(from.toEpochMilli()), "pipeline.end", Long.toString(to.toEpochMilli()),
                    "pipeline.delay", "10", "pipeline.pageSize", "20", "pipeline.kafka.maxBlockMs", "20");
            try (RunningPipeline pipeline = new RunningPipeline(application, properties)) {
                Properties producer = pipeline.context().getEndpoints().stream()
                        .filter(e -> e.getEndpointUri().startsWith("kafka://nextome-positions"))
                        .map(e -> ((KafkaEndpoint) e).getConfiguration().createProducerProperties())
                        .findFirst().orElseThrow();
                assertEquals("true", String.valueOf(producer.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)), "idempotent");
                assertEquals("all", String.valueOf(producer.get(ProducerConfig.ACKS_CONFIG)));
                assertTrue(Integer.parseInt(producer.get(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION)
                        .toString()) <= 5, "ordered retries of an idempotent producer");

                await().atMost(Duration.ofSeconds(60)).until(() -> unsent.get() >= 1);
                long watermark = new PositionsTable(application.dataSource()).watermark(PipelineRoutes.KAFKA_STREAM);
                assertTrue(watermark <= from.toEpochMilli(),   // the consumer saves where a new stream starts
                        "no watermark saved past positions Kafka did not acknowledge: " + watermark);
            }
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> environment() {
        return Map.of(PipelineApplication.CLIENT_ID, simulator.clientId(),
                PipelineApplication.CLIENT_SECRET, simulator.clientSecret(),
                PipelineApplication.BASE_URL, simulator.baseUrl(),
                PipelineApplication.JDBC_URL, postgres.newDatabase(),
                PipelineApplication.KAFKA_BROKERS, kafka.bootstrapServers());
    }

    private static KafkaConsumer<String, String> consumer(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + topic);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private static KafkaProducer<String, String> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }
}
