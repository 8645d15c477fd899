package io.camelnextome.examples.pipeline;

import io.camelnextome.nextome.model.LocationDto;
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

    @Override
    public void configure() {
        if (enabled("pipeline.postgres.enabled")) {
            positionsToPostgres();
        }
    }

    private void positionsToPostgres() {
        BatchBeforeWatermark batch = batch("direct:store-positions");
        getContext().getRegistry().bind("postgresBatch", batch);
        from(leader(POSTGRES_STREAM, POSITIONS + "&stateKey=" + POSTGRES_STREAM + "&stateRepository=#postgresBatch"))
                .routeId(POSTGRES_STREAM)
                .process(exchange -> batch.stage(PositionRows.row(exchange.getMessage().getBody(LocationDto.class))));

        // one JDBC batch per page of the stream; a failure other than the conflict key fails the batch
        from("direct:store-positions").routeId("store-positions")
                .to("sql:" + PositionRows.INSERT + "?batch=true&dataSource=#pipelineDataSource");
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
