package io.camelnextome.nextome;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelnextome.nextome.geo.GeoLocationDto;
import io.camelnextome.nextome.geo.KnownPlacement;
import io.camelnextome.nextome.geo.NextomeGeoException;
import io.camelnextome.nextome.geo.Rfc7946;
import io.camelnextome.nextome.model.GcpDto;
import io.camelnextome.nextome.model.GcpsDto;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** coordinates=WGS84 and the nextome-geojson data format in Java and YAML routes, against the simulator. */
class GeoRoutesTest extends NextomeTestSupport {

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension();

    private static final String GCPS = "GET /maps/{mid}/gcps";
    private static final double METRES_PER_PIXEL = 0.05;

    @Override
    protected NextomeSimulator simulator() {
        return sim.simulator();
    }

    @Test
    void aJavaRouteTurnsStreamedPositionsIntoGeoJsonFeaturesReadingEachMapsGcpsOnce() throws Exception {
        Instant to = Instant.now().minusSeconds(30);
        Instant from = to.minusSeconds(30);
        sim.simulator().control().generateHistory(from, to);
        long generated = sim.simulator().control().positionsGenerated(1, from, to);
        MockEndpoint features = getMockEndpoint("mock:features");
        features.expectedMessageCount((int) generated);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("nextome:locations/positions?venueId=1&coordinates=WGS84&initialDelay=0&delay=50&start="
                     + from.toEpochMilli() + "&end=" + to.toEpochMilli())
                        .marshal().custom("nextome-geojson")
                        .to("mock:features");
            }
        });
        features.setResultWaitTime(Duration.ofSeconds(20).toMillis());
        features.assertIsSatisfied();

        // two maps in the venue: their GCPs and MapDtos are read once, however many positions
        assertEquals(2, sim.simulator().control().requests(GCPS));
        assertEquals(2, sim.simulator().control().requests("GET /maps/{mid}"));
        assertStreamedFeaturesAreWhereThePixelsAre(features.getExchanges());
    }

    @Test
    void aYamlRouteTurnsStreamedPositionsIntoGeoJson() throws Exception {
        Instant to = Instant.now().minusSeconds(30);
        Instant from = to.minusSeconds(20);
        sim.simulator().control().generateHistory(from, to);
        long generated = sim.simulator().control().positionsGenerated(1, from, to);
        MockEndpoint features = getMockEndpoint("mock:features");
        features.expectedMessageCount((int) generated);
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("geo.yaml", """
                - route:
                    from:
                      uri: nextome:locations/positions
                      parameters:
                        venueId: 1
                        coordinates: WGS84
                        start: %d
                        end: %d
                        initialDelay: 0
                        delay: 50
                      steps:
                        - marshal:
                            custom:
                              ref: nextome-geojson
                        - to: mock:features
                """.formatted(from.toEpochMilli(), to.toEpochMilli())));
        features.setResultWaitTime(Duration.ofSeconds(20).toMillis());
        features.assertIsSatisfied();
        assertStreamedFeaturesAreWhereThePixelsAre(features.getExchanges());
    }

    @Test
    void roomsAndFencesOfAMapBecomePolygonsOnTheGlobe() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:venue")
                        .to("nextome:rooms/byMap?mapId=1&coordinates=WGS84").setVariable("rooms", body())
                        .to("nextome:fences/list?mapId=1&coordinates=WGS84")
                        .setBody(exchange -> List.of(exchange.getVariable("rooms"), exchange.getMessage().getBody()))
                        .marshal().custom("nextome-geojson");
            }
        });
        JsonNode collection = NextomeJson.MAPPER.readTree(template.requestBody("direct:venue", null, String.class));
        List<JsonNode> features = Rfc7946.assertValid(collection);
        assertEquals(4 + 2, features.size());
        JsonNode reception = features.get(0);
        assertEquals("Reception", reception.at("/properties/name").asText());
        assertEquals(0, reception.at("/properties/floor").asInt());
        // 500 x 350 px: its corners are 25 m and 17.5 m apart
        JsonNode ring = reception.at("/geometry/coordinates/0");
        double[] sides = { distance(ring.get(0), ring.get(1)), distance(ring.get(1), ring.get(2)) };
        java.util.Arrays.sort(sides);
        assertEquals(17.5, sides[0], 0.02);
        assertEquals(25.0, sides[1], 0.02);
        assertEquals("fence", features.get(4).at("/properties/kind").asText());
    }

    @Test
    void addGcpsThroughTheComponentMovesThePositionsAtOnce() throws Exception {
        generateRecentPositions();
        // the same snapshot before and after
        sim.simulator().control().pauseGeneration();
        try {
            assertAddGcpsMovesThePositions();
        } finally {
            sim.simulator().control().resumeGeneration();
        }
    }

    private void assertAddGcpsMovesThePositions() {
        String snapshot = "nextome:locations/snapshot?mapId=1&tolerance=1&timeUnit=MINUTE&coordinates=WGS84";
        GeoLocationDto before = first(call(snapshot, null));
        call(snapshot, null);
        assertEquals(1, sim.simulator().control().requests(GCPS));

        // the surveyor moves the building 0.0001 degrees (about 11 m) north
        GcpsDto gcps = (GcpsDto) call("nextome:maps/gcps?id=1", null);
        List<GcpDto> moved = new ArrayList<>();
        for (GcpDto gcp : gcps.getGcps()) {
            gcp.setLat(gcp.getLat() + 0.0001);
            gcp.setId(null);
            moved.add(gcp);
        }
        call("nextome:maps/addGcps?id=1", moved);

        GeoLocationDto after = first(call(snapshot, null));
        assertEquals(before.getTrackable(), after.getTrackable());
        assertEquals(before.getX(), after.getX());
        assertEquals(before.getLat() + 0.0001, after.getLat(), 1e-7);
        assertEquals(before.getLon(), after.getLon(), 1e-7);
        assertEquals(3, sim.simulator().control().requests(GCPS));
    }

    /**
     * A map id as a CSV row or a form gives it (" 1 ") is sent trimmed: the map changes once, the exchange succeeds
     * and the map's cached GCPs are read again (the cache was told with the id as given, and failed after the POST).
     */
    @Test
    void aMapIdWithSpacesInTheHeaderChangesTheMapOnceAndRefreshesItsGcps() {
        generateRecentPositions();
        String snapshot = "nextome:locations/snapshot?mapId=1&tolerance=1&timeUnit=MINUTE&coordinates=WGS84";
        call(snapshot, null);
        GcpsDto gcps = (GcpsDto) call("nextome:maps/gcps?id=1", null);
        gcps.getGcps().forEach(gcp -> gcp.setId(null));

        Object added = template.requestBodyAndHeader("nextome:maps/addGcps", gcps.getGcps(), NextomeConstants.ID, " 1 ");

        assertInstanceOf(GcpsDto.class, added);
        assertEquals(1, sim.simulator().control().requests("POST /maps/{mid}/gcps"));
        call(snapshot, null);
        assertEquals(3, sim.simulator().control().requests(GCPS));
    }

    @Test
    void gcpsAreReadAgainAfterTheRefreshPeriod() {
        generateRecentPositions();
        String snapshot = "nextome:locations/snapshot?mapId=1&tolerance=1&timeUnit=MINUTE&coordinates=WGS84";
        call(snapshot + "&gcpRefreshPeriod=1h", null);
        call(snapshot + "&gcpRefreshPeriod=1h", null);
        assertEquals(1, sim.simulator().control().requests(GCPS));
        // 1 ms: older than that by the next call
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            call(snapshot + "&gcpRefreshPeriod=1", null);
            return sim.simulator().control().requests(GCPS) >= 3;
        });
    }

    @Test
    void aMapWithOneGcpFailsTheCallNamingTheMap() {
        generateRecentPositions();
        GcpDto only = new GcpDto();
        only.setX(0.0);
        only.setY(0.0);
        only.setLat(41.1);
        only.setLon(16.8);
        call("nextome:maps/addGcps?id=2", List.of(only));
        CamelExecutionException error = assertThrows(CamelExecutionException.class,
                () -> call("nextome:locations/snapshot?mapId=2&tolerance=1&timeUnit=MINUTE&coordinates=WGS84", null));
        NextomeGeoException cause = assertInstanceOf(NextomeGeoException.class, error.getCause());
        assertTrue(cause.getMessage().startsWith("Map 2 has 1 ground control point"), cause.getMessage());
    }

    @Test
    void coordinatesOnAnOperationWithoutPositionsFailsNamingTheOption() {
        Exception error = assertThrows(Exception.class, () -> call("nextome:venues/get?id=1&coordinates=WGS84", null));
        Throwable cause = error;
        while (!(cause instanceof IllegalArgumentException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertTrue(cause.getMessage().startsWith("Option 'coordinates' of nextome:venues/get is WGS84"),
                cause.getMessage());
        assertEquals(0, sim.simulator().control().requests("GET /venues/{vid}"));
    }

    /** Each feature lies as far from GCP #0 (pixel 0,0) as its pixels say, at the map's 5 cm per pixel. */
    private void assertStreamedFeaturesAreWhereThePixelsAre(List<Exchange> exchanges) throws Exception {
        Map<Long, GcpDto> origins = Map.of(1L, gcpAtOrigin(1), 2L, gcpAtOrigin(2));
        for (Exchange exchange : exchanges) {
            assertEquals("application/geo+json", exchange.getMessage().getHeader(Exchange.CONTENT_TYPE));
            JsonNode feature = Rfc7946.assertValid(NextomeJson.MAPPER.readTree(exchange.getMessage().getBody(String.class)))
                    .get(0);
            JsonNode properties = feature.get("properties");
            GcpDto origin = origins.get(properties.get("map").asLong());
            double expected = Math.hypot(properties.get("x").asDouble(), properties.get("y").asDouble()) * METRES_PER_PIXEL;
            double actual = KnownPlacement.metres(origin.getLat(), origin.getLon(),
                    feature.at("/geometry/coordinates/1").asDouble(), feature.at("/geometry/coordinates/0").asDouble());
            // GCPs and output both to 7 decimals (about 1 cm each)
            assertEquals(expected, actual, 0.03, feature.toString());
            assertEquals(properties.get("map").asLong() - 1, properties.get("floor").asLong());
            assertTrue(properties.has("trackable") && properties.has("timestampGenerated"), properties.toString());
        }
    }

    private GcpDto gcpAtOrigin(long map) {
        GcpsDto gcps = (GcpsDto) call("nextome:maps/gcps?id=" + map, null);
        return gcps.getGcps().stream().filter(gcp -> gcp.getX() == 0 && gcp.getY() == 0).findFirst().orElseThrow();
    }

    private static GeoLocationDto first(Object snapshot) {
        List<?> positions = (List<?>) snapshot;
        return positions.stream().map(GeoLocationDto.class::cast)
                .min(java.util.Comparator.comparing(GeoLocationDto::getTrackable)).orElseThrow();
    }

    private static double distance(JsonNode a, JsonNode b) {
        return KnownPlacement.metres(a.get(1).asDouble(), a.get(0).asDouble(), b.get(1).asDouble(), b.get(0).asDouble());
    }
}
