package io.camelnextome.simulator;

import io.camelnextome.simulator.schema.Schema;
import io.camelnextome.simulator.schema.Schemas;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every operation of the OpenAPI document once, on the freshly reset demo venue: the status code the
 * document gives, a JSON body whose fields are the schema's, and the request counted under the
 * operation's "METHOD /template" key.
 */
class AllOperationsTest {

    @RegisterExtension
    static NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false)
            .history(Duration.ofMinutes(2)));

    private static final long NOW = System.currentTimeMillis();
    private static final String BEACON = "f7826da6-4fa2-4e98-8024-bc5b71e0893e";

    private final SimulatorClient client = new SimulatorClient(SIM.simulator());

    /**
     * @param key      the operation as the OpenAPI document writes it
     * @param path     a concrete request path on the demo venue
     * @param body     the request body, or null
     * @param status   the status the document gives
     * @param shape    a schema name, "Schema[]" (non-empty array), "Schema[]?" (maybe empty), "string[]?",
     *                 "boolean", "integer", "text" or "empty"
     */
    record Operation(String key, String path, Object body, int status, String shape) {
        @Override
        public String toString() {
            return key;
        }
    }

    static List<Operation> operations() {
        JsonObject location = new JsonObject().put("map", 1).put("trackable", "T-001").put("x", 10.0).put("y", 20.0)
                .put("timestampGenerated", NOW - 1000).put("provider", new JsonObject().put("id", 1).put("type", "IBEACON"));
        return List.of(
                op("GET /venues/{vid}", "/venues/1", null, 200, "VenueDto"),
                op("PUT /venues/{vid}", "/venues/1", new JsonObject().put("name", "Renamed"), 200, "VenueDto"),
                op("DELETE /venues/{vid}", "/venues/1", null, 200, "boolean"),
                op("POST /venues", "/venues", new JsonObject().put("name", "Second Venue"), 201, "VenueDto"),
                op("GET /venues/{vid}/venuecategories", "/venues/1/venuecategories", null, 200, "VenueCategoryDto[]"),
                op("GET /venuecategories", "/venuecategories", null, 200, "VenueCategoryDto[]"),
                op("POST /venuecategories", "/venuecategories", new JsonObject().put("name", "Retail"), 201, "VenueCategoryDto"),
                op("GET /venuecategories/{venueCategoryId}", "/venuecategories/1", null, 200, "VenueCategoryDto"),
                op("PUT /venuecategories/{vcid}", "/venuecategories/1", new JsonObject().put("name", "Logistics 2"), 200, "VenueCategoryDto"),
                op("DELETE /venuecategories/{venueCategoryId}", "/venuecategories/2", null, 200, "text"),
                op("GET /trackables", "/trackables?venue=1", null, 200, "TrackableDto[]"),
                op("POST /trackables", "/trackables", new JsonObject().put("id", "T-500").put("venue", 1), 201, "TrackableDto"),
                op("GET /trackables/{tid}", "/trackables/T-001", null, 200, "TrackableDto"),
                op("PUT /trackables/{tid}", "/trackables/T-001", new JsonObject().put("name", "Forklift One").put("venue", 1), 200, "TrackableDto"),
                op("DELETE /trackables/{tid}", "/trackables/T-002", null, 204, "empty"),
                op("PUT /trackables/{tid}/provider", "/trackables/T-001/provider", new JsonObject().put("id", 2).put("type", "IBEACON"), 204, "empty"),
                op("GET /trackables/{tid}/positions", "/trackables/T-001/positions", null, 200, "LocationDto[]"),
                op("GET /trackables/{tid}/position", "/trackables/T-001/position", null, 200, "LocationDto"),
                op("GET /trackables/{tid}/fences", "/trackables/T-001/fences", null, 200, "FenceDto[]?"),
                op("GET /trackables/{mapId}/snapshot", "/trackables/1/snapshot", null, 200, "LocationDto[]"),
                op("GET /rooms/{rid}", "/rooms/1", null, 200, "RoomDto"),
                op("PUT /rooms/{rid}", "/rooms/1", new JsonObject().put("name", "Lobby").put("map", 1), 200, "RoomDto"),
                op("DELETE /rooms/{rid}", "/rooms/2", null, 200, "empty"),
                op("POST /rooms", "/rooms", new JsonObject().put("name", "Cold Store").put("map", 1).put("shape", "CIRCLE").put("radius", 3.5), 201, "RoomDto"),
                op("GET /rooms/by-map/{mid}", "/rooms/by-map/1", null, 200, "RoomDto[]"),
                op("GET /providers", "/providers", null, 200, "LocationProviderDto[]"),
                op("POST /providers", "/providers", new JsonObject().put("type", "UWB").put("venue", 1), 201, "LocationProviderDto"),
                op("GET /providers/{lpid}", "/providers/1", null, 200, "LocationProviderDto"),
                op("PUT /providers/{lpid}", "/providers/1", new JsonObject().put("type", "IBEACON").put("battery", 42), 200, "LocationProviderDto"),
                op("DELETE /providers/{lpid}", "/providers/20", null, 200, "empty"),
                op("PUT /providers/{lpid}/battery", "/providers/1/battery?batteryLevel=50&updatedAt=" + NOW, null, 200, "empty"),
                op("PUT /providers/beaconring", "/providers/beaconring?uuid=" + BEACON + "&major=1&minor=1", null, 200, "boolean"),
                op("GET /providers/{lpid}/trackable", "/providers/1/trackable", null, 200, "TrackableDto"),
                op("GET /providers/{lpid}/position", "/providers/1/position", null, 200, "LocationDto"),
                op("GET /providers/{lpid}/fences", "/providers/1/fences", null, 200, "FenceDto[]?"),
                op("GET /providers/by-omlox/{omloxId}", "/providers/by-omlox/omlox-uwb-0011", null, 200, "LocationProviderDto"),
                op("DELETE /providers/invalidateModel/{mid}", "/providers/invalidateModel/1", null, 200, "empty"),
                op("POST /maps", "/maps", new JsonObject().put("name", "Roof").put("venue", 1).put("floor", 2), 201, "MapDto"),
                op("GET /maps/{mid}", "/maps/1", null, 200, "MapDto"),
                op("PUT /maps/{mid}", "/maps/1", new JsonObject().put("name", "Ground").put("venue", 1), 200, "MapDto"),
                op("DELETE /maps/{mid}", "/maps/2", null, 200, "empty"),
                op("GET /maps/{mid}/walkable-matrix", "/maps/1/walkable-matrix", null, 200, "WalkableMatrixDto"),
                op("PUT /maps/{mid}/walkable-matrix", "/maps/1/walkable-matrix", new JsonObject().put("data", "AAEC"), 200, "empty"),
                op("GET /maps/{mid}/gcps", "/maps/1/gcps", null, 200, "GcpsDto"),
                op("POST /maps/{mid}/gcps", "/maps/1/gcps", new JsonArray().add(new JsonObject().put("x", 0).put("y", 0)
                        .put("lat", 41.1).put("lon", 16.8)), 201, "GcpsDto"),
                op("GET /maps/by-venue/{vid}", "/maps/by-venue/1", null, 200, "MapDto[]"),
                op("GET /maps/by-uuid/{uuid}", "/maps/by-uuid/map-1-floor-0", null, 200, "MapDto"),
                op("GET /gateways", "/gateways", null, 200, "GatewayDto[]"),
                op("POST /gateways", "/gateways", new JsonObject().put("serial", "GW-9999").put("map", 1).put("venue", 1), 201, "GatewayDto"),
                op("GET /gateways/{gid}", "/gateways/1", null, 200, "GatewayDto"),
                op("PUT /gateways/{gid}", "/gateways/1", new JsonObject().put("serial", "GW-0001").put("x", 1.5), 200, "GatewayDto"),
                op("DELETE /gateways/{gid}", "/gateways/4", null, 200, "empty"),
                op("GET /gateways/by-venue/{vid}", "/gateways/by-venue/1", null, 200, "GatewayDto[]"),
                op("GET /gateways/by-serial/{serial}", "/gateways/by-serial/GW-0001", null, 200, "GatewayDto"),
                op("GET /gateways/by-map/{mid}", "/gateways/by-map/1", null, 200, "GatewayDto[]"),
                op("GET /fences", "/fences", null, 200, "FenceDto[]"),
                op("POST /fences", "/fences", new JsonObject().put("id", "F-100").put("name", "Gate").put("map", 1), 201, "FenceDto"),
                op("GET /fences/{fid}", "/fences/F-001", null, 200, "FenceDto"),
                op("PUT /fences/{fid}", "/fences/F-001", new JsonObject().put("name", "Warehouse").put("map", 1), 200, "FenceDto"),
                op("DELETE /fences/{fid}", "/fences/F-003", null, 204, "empty"),
                op("GET /fences/{fid}/trackables", "/fences/F-001/trackables", null, 200, "string[]?"),
                op("GET /fences/{fid}/providers", "/fences/F-001/providers", null, 200, "LocationProviderSimpleDto[]?"),
                op("GET /features", "/features", null, 200, "FeatureDto[]"),
                op("POST /features", "/features?venue=1", new JsonObject().put("name", "Scale").put("type", "ASSET"), 201, "FeatureDto"),
                op("GET /features/{featureId}", "/features/1", null, 200, "FeatureDto"),
                op("PUT /features/{fid}", "/features/1", new JsonObject().put("name", "Forklift XL"), 200, "FeatureDto"),
                op("DELETE /features/{featureId}", "/features/3", null, 200, "text"),
                op("POST /locations", "/locations", location, 200, "empty"),
                op("POST /locations/list", "/locations/list", new JsonArray().add(location).add(location.copy()
                        .put("timestampGenerated", NOW - 5000)), 200, "empty"),
                op("GET /locations/{mapId}/snapshot", "/locations/1/snapshot?t=1&ut=HOUR&venueId=1", null, 200, "LocationDto[]"),
                op("GET /locations/{mapId}/count", "/locations/1/count", null, 200, "integer"),
                op("GET /locations/{mapId}/count-in-range", "/locations/1/count-in-range?start=0&end=" + (NOW + 3_600_000), null, 200, "integer"),
                op("GET /locations/{mapId}/count-in-bucket", "/locations/1/count-in-bucket?start=" + (NOW - 120_000)
                        + "&end=" + NOW + "&step=30&ut=SECOND", null, 200, "PairStringLong[]"),
                op("GET /locations/positions/{venueId}", "/locations/positions/1?t=1&ut=HOUR", null, 200, "LocationDto[]"),
                op("GET /visit/snapshot/{mapId}", "/visit/snapshot/1?t=1&ut=HOUR", null, 200, "VisitDto[]"),
                op("GET /visit/history/{venueId}", "/visit/history/1?t=1&ut=HOUR", null, 200, "PairBooleanListVisitDto"),
                op("GET /visit/average-duration/{mapId}", "/visit/average-duration/1", null, 200, "integer"));
    }

    @BeforeEach
    void reset() {
        SIM.simulator().control().reset();
    }

    @Test
    void theTableCoversExactlyTheSimulatorsOperations() {
        Set<String> served = SIM.simulator().control().requestsByOperation().keySet();
        Set<String> tested = operations().stream().map(Operation::key).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(77, tested.size(), "77 distinct operations in the table");
        assertEquals(served, tested);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void answersWithTheDocumentedStatusAndShape(Operation operation) {
        String method = operation.key().substring(0, operation.key().indexOf(' '));
        SimulatorClient.Reply reply = client.send(method, operation.path(),
                operation.body() == null ? null : operation.body().toString(), client.authenticate());

        assertEquals(operation.status(), reply.status(), reply.body());
        assertShape(operation.shape(), reply);
        assertEquals(1, SIM.simulator().control().requests(operation.key()), "counted under its template");
        assertEquals(1, SIM.simulator().control().totalRequests());
    }

    private static void assertShape(String shape, SimulatorClient.Reply reply) {
        String body = reply.body();
        switch (shape) {
            case "empty" -> assertTrue(body.isEmpty(), body);
            case "text" -> assertFalse(body.isBlank());
            case "boolean" -> assertTrue(body.equals("true") || body.equals("false"), body);
            case "integer" -> assertTrue(body.matches("-?\\d+"), body);
            case "string[]?" -> reply.array().forEach(item -> assertTrue(item instanceof String, String.valueOf(item)));
            default -> {
                boolean array = shape.contains("[]");
                Schema schema = schema(shape.replace("[]", "").replace("?", ""));
                if (array) {
                    JsonArray items = reply.array();
                    if (!shape.endsWith("?")) {
                        assertFalse(items.isEmpty(), "the demo venue has " + shape);
                    }
                    items.forEach(item -> assertFields(schema, (JsonObject) item));
                } else {
                    assertFields(schema, reply.json());
                }
            }
        }
    }

    /** Every field is one of the schema's, and the object is not empty. */
    private static void assertFields(Schema schema, JsonObject json) {
        assertFalse(json.isEmpty(), schema.name() + " is empty");
        for (String field : json.fieldNames()) {
            assertTrue(schema.fieldNames().contains(field), schema.name() + " has no field '" + field + "': " + json);
        }
    }

    private static Schema schema(String name) {
        return Schemas.ALL.stream().filter(schema -> schema.name().equals(name)).findFirst()
                .orElseGet(() -> fail("no schema " + name));
    }

    private static Operation op(String key, String path, Object body, int status, String shape) {
        return new Operation(key, path, body, status, shape);
    }
}
