package io.camelnextome.examples.pipeline;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelnextome.nextome.model.LocationDto;
import org.apache.camel.Message;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.support.DefaultMessage;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.StateRepository;

/**
 * Nextome's positions into PostgreSQL and into Kafka, and positions from Kafka into Nextome. Each stream is
 * switched on by its {@code pipeline.<stream>.enabled} property; with {@code pipeline.leaderElection=true} the two
 * Nextome streams run on the elected leader only ({@code master:}), the cluster service being the application's.
 */
public class PipelineRoutes extends RouteBuilder {

    /** Where the consumer starts and stops ({{?...}}: the option is left out when the property is not set). */
    private static final String POSITIONS = "nextome:locations/positions?venueId={{pipeline.venueId}}"
                                            + "&size={{pipeline.pageSize}}&delay={{pipeline.delay}}"
                                            + "&start={{?pipeline.start}}&end={{?pipeline.end}}";

    /** The stream into PostgreSQL: its route id, watermark key and leadership namespace. */
    static final String POSTGRES_STREAM = "positions-to-postgres";
    /** The stream into Kafka: its route id, watermark key and leadership namespace. */
    static final String KAFKA_STREAM = "positions-to-kafka";
    /**
     * The producer: idempotent (no duplicate on the broker when it retries), acknowledged by all replicas; a send
     * waits at most maxBlockMs for an unreachable broker before it fails the batch.
     */
    private static final String KAFKA_PRODUCER = "?brokers={{pipeline.kafka.brokers}}&enableIdempotence=true"
                                                 + "&requestRequiredAcks=all&lingerMs=5"
                                                 + "&maxBlockMs={{pipeline.kafka.maxBlockMs}}";

    private final ObjectMapper json = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    @Override
    public void configure() {
        if (enabled("pipeline.postgres.enabled")) {
            positionsToPostgres();
        }
        if (enabled("pipeline.kafka.enabled")) {
            positionsToKafka();
            kafkaToNextome();
        }
    }

    private void positionsToPostgres() {
        BatchBeforeWatermark batch = batch("direct:store-positions");
        getContext().getRegistry().bind("postgresBatch", batch);
        // one JDBC batch per page of the stream; a failure other than the conflict key fails the batch. Defined
        // before the stream, so it stops after it: the stream's last batch is written when the stream stops
        from("direct:store-positions").routeId("store-positions")
                .to("sql:" + PositionRows.INSERT + "?batch=true&dataSource=#pipelineDataSource");

        from(leader(POSTGRES_STREAM, POSITIONS + "&stateKey=" + POSTGRES_STREAM + "&stateRepository=#postgresBatch"))
                .routeId(POSTGRES_STREAM)
                .process(exchange -> batch.stage(PositionRows.row(exchange.getMessage().getBody(LocationDto.class))));
    }

    private void positionsToKafka() {
        BatchBeforeWatermark batch = batch("direct:send-positions");
        getContext().getRegistry().bind("kafkaBatch", batch);
        // the records of a page in one send, acknowledged before the watermark moves (defined first: stops last)
        from("direct:send-positions").routeId("send-positions")
                .to("kafka:{{pipeline.kafka.positionsTopic}}" + KAFKA_PRODUCER);

        from(leader(KAFKA_STREAM, POSITIONS + "&stateKey=" + KAFKA_STREAM + "&stateRepository=#kafkaBatch"))
                .routeId(KAFKA_STREAM)
                .process(exchange -> {
                    LocationDto position = exchange.getMessage().getBody(LocationDto.class);
                    Message record = new DefaultMessage(getContext());
                    record.setHeader(KafkaConstants.KEY, position.getTrackable());   // a trackable's positions stay in order
                    record.setBody(json.writeValueAsString(position));
                    batch.stage(record);
                });
    }

    private void kafkaToNextome() {
        InboundPositions inbound = new InboundPositions(getContext().createProducerTemplate(),
                "kafka:{{pipeline.kafka.deadLetterTopic}}" + KAFKA_PRODUCER);
        // a poll of records per exchange; its offsets are committed once it completed, and on a failure the
        // consumer goes back to the poll's first record
        from("kafka:{{pipeline.kafka.inboundTopic}}?brokers={{pipeline.kafka.brokers}}&groupId={{pipeline.kafka.groupId}}"
             + "&autoOffsetReset=earliest&batching=true&maxPollRecords={{pipeline.pageSize}}&pollTimeoutMs=500"
             + "&autoCommitEnable=false&breakOnFirstError=true")
                .routeId("kafka-to-nextome")
                .process(exchange -> inbound.push(exchange.getMessage().getBody(List.class)));
    }

    /** A sink batch that is flushed before the shared watermark repository saves the stream's watermark. */
    BatchBeforeWatermark batch(String sinkUri) {
        @SuppressWarnings("unchecked")
        StateRepository<String, String> watermarks = getContext().getRegistry().lookupByNameAndType("watermarks",
                StateRepository.class);
        if (watermarks == null) {
            throw new IllegalStateException("No bean 'watermarks' (the shared StateRepository) is configured");
        }
        int maxBatch = getContext().getPropertiesComponent().resolveProperty("pipeline.maxBatch").map(Integer::parseInt)
                .orElse(5000);
        BatchBeforeWatermark batch = new BatchBeforeWatermark(watermarks, sinkUri, maxBatch);
        batch.setCamelContext(getContext());
        return batch;
    }

    /** The consumer URI, behind {@code master:} when instances elect a leader. */
    String leader(String namespace, String uri) {
        return enabled("pipeline.leaderElection") ? "master:" + namespace + ":" + uri : uri;
    }

    static String positionsUri() {
        return POSITIONS;
    }

    boolean enabled(String property) {
        return getContext().getPropertiesComponent().resolveProperty(property).map(Boolean::parseBoolean).orElse(false);
    }
}
