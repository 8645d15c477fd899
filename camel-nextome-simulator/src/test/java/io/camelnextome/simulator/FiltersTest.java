package io.camelnextome.simulator;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiltersTest {

    @RegisterExtension
    static NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false)
            .history(Duration.ofMinutes(2)));

    private final SimulatorClient client = new SimulatorClient(SIM.simulator());

    @AfterAll
    static void reset() {
        SIM.simulator().control().reset();
    }

    @Test
    void trackablesByVenue() {
        client.post("/venues", new JsonObject().put("name", "Other"));
        client.post("/trackables", new JsonObject().put("id", "OTHER-1").put("venue", 2));

        assertEquals(20, client.get("/trackables?venue=1").array().size());
        assertEquals(List.of("OTHER-1"), field(client.get("/trackables?venue=2").array(), "id"));
        assertTrue(client.get("/trackables?venue=77").array().isEmpty());
    }

    @Test
    void providersByVenueAndType() {
        assertEquals(20, client.get("/providers?venue=1").array().size());
        assertEquals(10, client.get("/providers?venue=1&type=IBEACON").array().size());
        assertEquals(6, client.get("/providers?type=UWB").array().size());
        assertTrue(field(client.get("/providers?type=AOA").array(), "type").stream().allMatch("AOA"::equals));
        assertTrue(client.get("/providers?venue=2").array().isEmpty());
        assertEquals(400, client.get("/providers?type=SONAR").status());
    }

    @Test
    void fencesByVenueAndMap() {
        assertEquals(List.of("F-001", "F-002"), field(client.get("/fences?map=1").array(), "id"));
        assertEquals(List.of("F-003"), field(client.get("/fences?venue=1&map=2").array(), "id"));
        assertEquals(3, client.get("/fences?venue=1").array().size());
        assertTrue(client.get("/fences?venue=9").array().isEmpty());
    }

    @Test
    void roomsGatewaysAndMapsByTheirParents() {
        assertEquals(4, client.get("/rooms/by-map/2").array().size());
        assertTrue(field(client.get("/rooms/by-map/2").array(), "map").stream().allMatch(map -> map.equals(2L) || map.equals(2)));
        assertEquals(2, client.get("/gateways/by-map/1").array().size());
        assertEquals(4, client.get("/gateways/by-venue/1").array().size());
        assertEquals("GW-0003", client.get("/gateways/by-serial/GW-0003").json().getString("serial"));
        assertEquals(404, client.get("/gateways/by-serial/GW-7777").status());
        assertEquals(List.of("Ground Floor", "First Floor"), field(client.get("/maps/by-venue/1").array(), "name"));
        assertEquals(2, client.get("/maps/by-uuid/map-2-floor-1").json().getLong("id"));
        assertEquals(404, client.get("/rooms/by-map/99").status());
    }

    @Test
    void snapshotsByMapAndProviderType() {
        JsonArray all = client.get("/locations/1/snapshot?t=1&ut=HOUR").array();
        assertEquals(12, all.size(), "one latest position per trackable of the ground floor");
        JsonArray uwb = client.get("/trackables/2/snapshot?t=1&ut=HOUR&provider_type=UWB").array();
        assertEquals(4, uwb.size(), "T-013 to T-016 carry UWB tags on the first floor");
        uwb.forEach(p -> assertEquals("UWB", ((JsonObject) p).getJsonObject("provider").getString("type")));
        assertTrue(client.get("/locations/1/snapshot?t=1&ut=HOUR&venueId=2").array().isEmpty());
        assertEquals(400, client.get("/locations/1/snapshot?ut=FORTNIGHT").status());
    }

    @Test
    void countsByProviderType() {
        long all = Long.parseLong(client.get("/locations/2/count").body());
        long uwb = Long.parseLong(client.get("/locations/2/count?provider_type=UWB").body());
        long aoa = Long.parseLong(client.get("/locations/2/count?provider_type=AOA").body());
        assertTrue(uwb > 0 && aoa > 0);
        assertEquals(all, uwb + aoa, "the first floor has UWB and AOA tags only");
        assertEquals("0", client.get("/locations/2/count?provider_type=IBEACON").body());
    }

    @Test
    void fenceMembersAreTheTrackablesInsideIt() {
        JsonArray inside = client.get("/fences/F-001/trackables").array();
        for (Object id : inside) {
            JsonArray fences = client.get("/trackables/" + id + "/fences").array();
            assertTrue(field(fences, "id").contains("F-001"), id + " is in F-001");
        }
        assertEquals(inside.size(), client.get("/fences/F-001/providers").array().size());
        assertFalse(client.get("/fences?map=1").array().isEmpty());
    }

    private static List<Object> field(JsonArray array, String name) {
        return array.stream().map(item -> ((JsonObject) item).getValue(name)).toList();
    }
}
