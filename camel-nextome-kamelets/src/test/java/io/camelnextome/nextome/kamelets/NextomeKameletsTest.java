package io.camelnextome.nextome.kamelets;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelnextome.nextome.NextomeConstants;
import io.camelnextome.nextome.consumer.FileWatermarkRepository;
import io.camelnextome.nextome.http.NextomeApiException;
import io.camelnextome.nextome.model.LocationDto;
import io.camelnextome.nextome.model.TrackableDto;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each Kamelet used as a user would: from a YAML route ({@code src/test/resources/routes}), found by camel-kamelet
 * on the classpath under {@code kamelets/}, against the simulator over HTTP.
 */
class NextomeKameletsTest {

    private static final Duration HISTORY = Duration.ofMinutes(10);

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.history(HISTORY));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHANGE_TYPE = NextomeConstants.HEADER_PREFIX + "changeType";
    private static final String ELEMENT_ID = NextomeConstants.HEADER_PREFIX + "elementId";

    private final Instant started = Instant.now();
    private CamelContext camel;

    @BeforeEach
    void startCamel() {
        camel = newCamel();
    }

    private CamelContext newCamel() {
        NextomeSimulator sim = SIM.simulator();
        CamelContext camel = new DefaultCamelContext();
        camel.getPropertiesComponent().addInitialProperty("sim.baseUrl", sim.baseUrl());
        camel.getPropertiesComponent().addInitialProperty("sim.clientId", sim.clientId());
        camel.getPropertiesComponent().addInitialProperty("sim.clientSecret", sim.clientSecret());
        camel.getPropertiesComponent().addInitialProperty("visits.start",
                String.valueOf(started.minus(HISTORY).toEpochMilli()));
        return camel;
    }

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    @Test
    void positionsSourceStreamsJsonPositionsInTimestampOrderOnce() throws Exception {
        List<JsonNode> positions = receive("positions-source", "mock:positions", 40);
        Set<String> seen = new HashSet<>();
        long last = 0;
        for (JsonNode position : positions) {
            assertTrue(position.path("trackable").asText().startsWith("T-"), position::toString);
            long timestamp = position.path("timestampGenerated").asLong();
            assertTrue(timestamp >= last, () -> "in timestamp order: " + position);
            assertTrue(seen.add(position.path("trackable").asText() + "@" + timestamp), () -> "delivered once: " + position);
            last = timestamp;
        }
    }

    @Test
    void visitsSourceStreamsJsonVisitsFromStartInOrder() throws Exception {
        List<JsonNode> visits = receive("visits-source", "mock:visits", 3);
        long last = started.minus(HISTORY).toEpochMilli();
        for (JsonNode visit : visits) {
            assertTrue(visit.path("trackable").asText().startsWith("T-"), visit::toString);
            long startTimestamp = visit.path("startTimestamp").asLong();
            assertTrue(startTimestamp >= last, () -> "from start, in order: " + visit);
            last = startTimestamp;
        }
    }

    @Test
    void entityChangesSourceSendsEveryTrackableThenTheUpdatedOne() throws Exception {
        MockEndpoint changes = start("entity-changes-source", "mock:changes");
        await().atMost(Duration.ofSeconds(20)).until(() -> changes.getReceivedCounter() >= 20);
        for (Exchange created : changes.getExchanges()) {
            assertEquals("CREATED", created.getMessage().getHeader(CHANGE_TYPE));
        }

        ProducerTemplate producer = camel.createProducerTemplate();
        String uri = "nextome:trackables/%s?baseUrl=" + SIM.simulator().baseUrl() + "&clientId=" + SIM.simulator().clientId()
                     + "&clientSecret=" + SIM.simulator().clientSecret();
        TrackableDto trackable = producer.requestBodyAndHeader(uri.formatted("get"), null, NextomeConstants.ID, "T-005",
                TrackableDto.class);
        trackable.setName("Forklift renamed " + started.toEpochMilli());
        producer.requestBodyAndHeader(uri.formatted("update"), trackable, NextomeConstants.ID, "T-005");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Exchange updated = changes.getExchanges().get(changes.getExchanges().size() - 1);
            assertEquals("UPDATED", updated.getMessage().getHeader(CHANGE_TYPE, String.class));
            assertEquals("T-005", updated.getMessage().getHeader(ELEMENT_ID, String.class));
            assertEquals(trackable.getName(), json(updated).path("name").asText());
        });
    }

    /**
     * With a persistent {@code stateRepository} a restarted change feed (a redeployed integration, a restarted Kafka
     * Connect worker) sends what changed meanwhile, not every element again as CREATED.
     */
    @Test
    void entityChangesSourceWithARepositoryContinuesAfterARestart(@TempDir Path state) throws Exception {
        camel.getRegistry().bind("changesState", repository(state));
        MockEndpoint before = start("entity-changes-source-kept", "mock:changes");
        await().atMost(Duration.ofSeconds(20)).until(() -> before.getReceivedCounter() >= 20);
        camel.stop();

        camel = newCamel();
        camel.getRegistry().bind("changesState", repository(state));
        MockEndpoint after = start("entity-changes-source-kept", "mock:changes");
        String uri = "nextome:trackables/%s?baseUrl=" + SIM.simulator().baseUrl() + "&clientId=" + SIM.simulator().clientId()
                     + "&clientSecret=" + SIM.simulator().clientSecret();
        ProducerTemplate producer = camel.createProducerTemplate();
        TrackableDto trackable = producer.requestBodyAndHeader(uri.formatted("get"), null, NextomeConstants.ID, "T-006",
                TrackableDto.class);
        trackable.setName("Renamed after the restart " + started.toEpochMilli());
        producer.requestBodyAndHeader(uri.formatted("update"), trackable, NextomeConstants.ID, "T-006");

        await().atMost(Duration.ofSeconds(20)).until(() -> after.getReceivedCounter() >= 1);
        Exchange first = after.getExchanges().get(0);
        assertEquals("UPDATED", first.getMessage().getHeader(CHANGE_TYPE, String.class), "nothing sent again as CREATED");
        assertEquals("T-006", first.getMessage().getHeader(ELEMENT_ID, String.class));
    }

    private static FileWatermarkRepository repository(Path directory) {
        FileWatermarkRepository repository = new FileWatermarkRepository();
        repository.setFileName(directory.resolve("changes.dat").toString());
        return repository;
    }

    @Test
    void positionsSinkTakesJsonArraysSinglePositionsMapsAndDtos() throws Exception {
        start("positions-sink", null);
        ProducerTemplate producer = camel.createProducerTemplate();
        // positions measured in 2001, far from anything the simulator generates, so they can be counted
        long t = Instant.parse("2001-01-01T00:00:00Z").toEpochMilli();
        producer.sendBody("direct:positions", ("[{\"trackable\":\"T-001\",\"map\":1,\"x\":1.0,\"y\":2.0,\"timestampGenerated\":%d,"
                + "\"someFieldWeDoNotKnow\":true},{\"trackable\":\"T-002\",\"map\":1,\"x\":3.0,\"y\":4.0,"
                + "\"timestampGenerated\":%d}]").formatted(t, t + 1).getBytes());
        producer.sendBody("direct:positions", "  {\"trackable\":\"T-003\",\"map\":1,\"x\":5.0,\"y\":6.0,\"timestampGenerated\":%d}"
                .formatted(t + 2));
        producer.sendBody("direct:positions", List.of(position("T-004", t + 3), position("T-005", t + 4)));
        producer.sendBody("direct:positions", position("T-006", t + 5));
        LocationDto dto = new LocationDto();
        dto.setTrackable("T-007");
        dto.setMap(1L);
        dto.setX(7.0);
        dto.setY(8.0);
        dto.setTimestampGenerated(t + 6);
        producer.sendBody("direct:positions", dto);

        assertEquals(7, SIM.simulator().control().positionsGenerated(1, Instant.ofEpochMilli(t), Instant.ofEpochMilli(t + 6)));
    }

    @Test
    void positionsSinkFailsTheMessageTheApiRejects() throws Exception {
        start("positions-sink", null);
        CamelExecutionException failed = assertThrows(CamelExecutionException.class, () -> camel.createProducerTemplate()
                .sendBody("direct:positions", "{\"trackable\":\"T-001\",\"map\":999,\"x\":1.0,\"y\":2.0}"));
        assertEquals(400, assertInstanceOf(NextomeApiException.class, failed.getCause()).getStatusCode());
    }

    @Test
    void positionsSinkFailsMalformedOrEmptyInputBeforeSendingIt() throws Exception {
        start("positions-sink", null);
        long posts = SIM.simulator().control().requests("POST /locations/list");
        for (String bad : new String[] { "{\"trackable\":\"T-001\",\"map\":1,", "not json at all", "", "  " }) {
            CamelExecutionException failed = assertThrows(CamelExecutionException.class,
                    () -> camel.createProducerTemplate().sendBody("direct:positions", bad), "input: '" + bad + "'");
            IllegalArgumentException error = assertInstanceOf(IllegalArgumentException.class, failed.getCause());
            assertTrue(error.getMessage().contains(bad.isBlank() ? "body is empty" : "locations/createBatch"),
                    error.getMessage());
        }
        assertEquals(posts, SIM.simulator().control().requests("POST /locations/list"), "nothing sent");
    }

    @Test
    void actionCallsTheOperationWithHeaderOptionsAndAnswersJson() throws Exception {
        start("action", null);
        ProducerTemplate producer = camel.createProducerTemplate();
        String body = producer.requestBodyAndHeader("direct:trackable", null, NextomeConstants.ID, "T-003", String.class);
        assertEquals("T-003", JSON.readTree(body).path("id").asText());

        CamelExecutionException failed = assertThrows(CamelExecutionException.class,
                () -> producer.requestBodyAndHeader("direct:trackable", null, NextomeConstants.ID, "NO-SUCH-TAG"));
        assertEquals(404, assertInstanceOf(NextomeApiException.class, failed.getCause()).getStatusCode());
    }

    @Test
    void aMissingRequiredPropertyFailsTheStartNamingIt() {
        Exception failed = assertThrows(Exception.class, () -> start("positions-source-without-venue", null));
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failed; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertTrue(messages.toString().contains("venueId"), messages::toString);
    }

    private static Map<String, Object> position(String trackable, long timestamp) {
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("trackable", trackable);
        position.put("map", 1);
        position.put("x", 1.5);
        position.put("y", 2.5);
        position.put("timestampGenerated", timestamp);
        return position;
    }

    private List<JsonNode> receive(String routes, String mock, int count) throws Exception {
        MockEndpoint endpoint = start(routes, mock);
        await().atMost(Duration.ofSeconds(30)).until(() -> endpoint.getReceivedCounter() >= count);
        List<JsonNode> bodies = new ArrayList<>();
        for (Exchange exchange : endpoint.getExchanges()) {
            bodies.add(json(exchange));
        }
        return bodies;
    }

    private MockEndpoint start(String routes, String mock) throws Exception {
        PluginHelper.getRoutesLoader(camel).loadRoutes(
                ResourceHelper.resolveMandatoryResource(camel, "classpath:routes/" + routes + ".camel.yaml"));
        camel.start();
        return mock == null ? null : camel.getEndpoint(mock, MockEndpoint.class);
    }

    private static JsonNode json(Exchange exchange) throws Exception {
        return JSON.readTree(exchange.getMessage().getBody(String.class));
    }
}
