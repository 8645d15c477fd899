package io.camelnextome.simulator;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrudTest {

    @RegisterExtension
    static NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    private final SimulatorClient client = new SimulatorClient(SIM.simulator());

    @AfterAll
    static void reset() {
        SIM.simulator().control().reset();
    }

    @Test
    void trackableLifecycle() {
        JsonObject created = client.post("/trackables", new JsonObject().put("id", "T-900").put("name", "Pallet 900")
                .put("venue", 1).put("usage", "ASSET").put("unknownField", "ignored")).json();
        assertEquals("T-900", created.getString("id"));
        assertFalse(created.containsKey("unknownField"), "fields outside TrackableDto are dropped");

        assertEquals("Pallet 900", client.get("/trackables/T-900").json().getString("name"));
        assertTrue(ids(client.get("/trackables?venue=1").array()).contains("T-900"));

        SimulatorClient.Reply updated = client.put("/trackables/T-900", new JsonObject().put("name", "Pallet 900b").put("venue", 1));
        assertEquals(200, updated.status());
        assertEquals("T-900", updated.json().getString("id"), "the path id wins");
        assertEquals("Pallet 900b", client.get("/trackables/T-900").json().getString("name"));

        assertEquals(409, client.post("/trackables", new JsonObject().put("id", "T-900")).status());
        assertEquals(204, client.delete("/trackables/T-900").status());
        assertEquals(404, client.get("/trackables/T-900").status());
        assertEquals(404, client.delete("/trackables/T-900").status());
        assertFalse(ids(client.get("/trackables?venue=1").array()).contains("T-900"));
    }

    @Test
    void numericIdsAreAssignedByTheServer() {
        SimulatorClient.Reply created = client.post("/rooms", new JsonObject().put("id", 5).put("name", "Cold Store")
                .put("shape", "POLYGON").put("map", 1));
        assertEquals(201, created.status());
        long id = created.json().getLong("id");
        assertNotNull(client.get("/rooms/" + id).json().getString("name"));
        assertTrue(client.get("/rooms/by-map/1").array().stream()
                .anyMatch(room -> ((JsonObject) room).getLong("id") == id));
        assertEquals(200, client.delete("/rooms/" + id).status());
        assertEquals(404, client.get("/rooms/" + id).status());
    }

    @Test
    void idsWithEncodedSlashesAreOnePathSegment() {
        assertEquals(201, client.post("/trackables", new JsonObject().put("id", "../x").put("venue", 1)).status());

        String path = "/trackables/" + URLEncoder.encode("../x", StandardCharsets.UTF_8);
        SimulatorClient.Reply reply = client.get(path);
        assertEquals(200, reply.status(), path);
        assertEquals("../x", reply.json().getString("id"));
        assertEquals(204, client.delete(path).status());
    }

    @Test
    void missingResourcesAre404WithAJsonError() {
        SimulatorClient.Reply reply = client.get("/venues/999");
        assertEquals(404, reply.status());
        assertEquals(404, reply.json().getInteger("status"));
        assertTrue(reply.json().getString("message").contains("999"));
    }

    @Test
    void malformedInputIs400() {
        assertEquals(400, client.get("/venues/abc").status(), "non-numeric id");
        assertEquals(400, client.post("/venues", "{broken").status(), "not JSON");
        assertEquals(400, client.post("/venues", "[1]").status(), "not an object");
        assertEquals(400, client.post("/venues", new JsonObject().put("tagRetentionDays", "many")).status(), "wrong type");
        assertEquals(400, client.post("/providers", new JsonObject().put("type", "LASER")).status(), "not in the enum");
        assertEquals(400, client.get("/trackables").status(), "venue is required");
        assertEquals(400, client.put("/providers/1/battery", null).status(), "batteryLevel is required");
        SimulatorClient.Reply reply = client.get("/locations/1/count-in-range?start=1");
        assertEquals(400, reply.status());
        assertTrue(reply.json().getString("message").contains("'end'"), reply.body());
    }

    /**
     * A body in the charset its Content-Type declares is read in that charset, as a Jackson-bound server reads it: one
     * object (a trackable) and a batch of positions, both in ISO-8859-1.
     */
    @Test
    void aBodyIsReadInTheCharsetItsContentTypeDeclares() {
        String latin1 = "application/json; charset=ISO-8859-1";
        SimulatorClient.Reply created = client.post("/trackables",
                "{\"id\":\"LATIN-1\",\"name\":\"Küche\"}".getBytes(StandardCharsets.ISO_8859_1), latin1);
        assertEquals(201, created.status(), created.body());
        assertEquals("Küche", client.get("/trackables/LATIN-1").json().getString("name"));

        SimulatorClient.Reply stored = client.post("/locations/list", "[{\"map\":1,\"trackable\":\"LATIN-1\",\"positionLabel\":\"Küche\"}]"
                .getBytes(StandardCharsets.ISO_8859_1), latin1);
        assertEquals(200, stored.status(), stored.body());
        assertEquals("Küche", client.get("/trackables/LATIN-1/position").json().getString("positionLabel"));
    }

    private static java.util.List<String> ids(JsonArray array) {
        return array.stream().map(item -> ((JsonObject) item).getString("id")).toList();
    }
}
