package io.camelnextome.nextome;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.aggregate.GroupedBodyAggregationStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The route of docs/geo.md that forwards Nextome positions to an omlox™ hub with a plain http endpoint, against a
 * tiny local HTTP server standing in for the hub's {@code PUT /v2/providers/locations}.
 */
class OmloxForwardingTest extends NextomeTestSupport {

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension();

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> requestLines = new CopyOnWriteArrayList<>();
    private Vertx vertx;
    private HttpServer hub;

    @Override
    protected NextomeSimulator simulator() {
        return sim.simulator();
    }

    @BeforeEach
    void startHub() throws Exception {
        vertx = Vertx.vertx();
        hub = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            requestLines.add(request.method() + " " + request.path() + " " + request.getHeader("Content-Type"));
            received.add(body.toString());
            request.response().setStatusCode(204).end();
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stopHub() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void positionsReachTheHubAsOmloxLocationsInBatches() throws Exception {
        Instant to = Instant.now().minusSeconds(30);
        Instant from = to.minusSeconds(10);
        sim.simulator().control().generateHistory(from, to);
        long generated = sim.simulator().control().positionsGenerated(1, from, to);
        String hubUrl = "http://127.0.0.1:" + hub.actualPort() + "/v2/providers/locations";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("nextome:locations/positions?venueId=1&coordinates=WGS84&initialDelay=0&delay=50&start="
                     + from.toEpochMilli() + "&end=" + to.toEpochMilli())
                        .aggregate(constant(true), new GroupedBodyAggregationStrategy())
                            .completionSize(50).completionTimeout(500)
                        .marshal().custom("nextome-omlox")
                        .setHeader(Exchange.HTTP_METHOD, constant("PUT"))
                        .to(hubUrl);
            }
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> locations().size() == generated);
        assertTrue(received.size() > 1, "in batches of 50 at most");
        assertTrue(requestLines.stream().allMatch(line -> line.equals("PUT /v2/providers/locations application/json")),
                requestLines.toString());
        for (JsonNode location : locations()) {
            assertEquals("Point", location.at("/position/type").asText());
            double lon = location.at("/position/coordinates/0").asDouble();
            double lat = location.at("/position/coordinates/1").asDouble();
            assertTrue(lon > 16.84 && lon < 16.85 && lat > 41.10 && lat < 41.11, location.toString());
            assertEquals("EPSG:4326", location.get("crs").asText());
            assertEquals("nextome", location.get("source").asText());
            assertTrue(List.of("ibeacon", "uwb", "unknown").contains(location.get("provider_type").asText()));
            assertTrue(location.get("provider_id").asText().length() > 3, location.toString());
            assertTrue(location.get("timestamp_generated").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
            assertTrue(location.get("floor").asInt() == 0 || location.get("floor").asInt() == 1);
        }
    }

    private List<JsonNode> locations() throws Exception {
        List<JsonNode> all = new java.util.ArrayList<>();
        for (String body : received) {
            NextomeJson.MAPPER.readTree(body).forEach(all::add);
        }
        return all;
    }
}
