package io.camelnextome.simulator;

import io.netty.buffer.ByteBufAllocatorMetric;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Positions posted to {@code POST /locations} and {@code /locations/list} as clients write them (Lists of Maps with
 * fields the document does not know, numbers, nulls, nested objects): stored with the document's fields only, and a
 * batch with one bad item or unknown map stores nothing.
 */
class PostedPositionsTest {

    private static final long BASE = 1_700_000_000_000L;

    @RegisterExtension
    static NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    private final SimulatorClient client = new SimulatorClient(SIM.simulator());

    /** A batch as {@code unmarshal().json()} of a sensor's export gives it: Maps, with fields Nextome does not know. */
    @Test
    void aBatchOfMapsIsStoredWithTheDocumentsFieldsOnly() {
        long start = BASE + 1_000;
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> provider = new LinkedHashMap<>();
            provider.put("battery", 80 + i);
            provider.put("type", "UWB");
            provider.put("firmware", Map.of("version", "2.1"));
            provider.put("id", 7 + i);
            Map<String, Object> position = new LinkedHashMap<>();
            position.put("sensorSerial", "S-" + i);
            position.put("y", 2.5);
            position.put("x", i);
            position.put("map", 1);
            position.put("room", null);
            position.put("trackable", "EXPORT-" + i);
            position.put("tags", List.of("a", Map.of("b", 1)));
            position.put("timestampGenerated", start + i);
            position.put("provider", provider);
            batch.add(position);
        }
        assertEquals(200, client.post("/locations/list", new JsonArray(new ArrayList<>(batch))).status());

        JsonArray stored = positions(start, start + 2);
        assertEquals(3, stored.size(), stored.encode());
        JsonObject first = stored.getJsonObject(0);
        assertEquals(List.of("provider", "trackable", "timestampGenerated", "map", "x", "y", "createdAt"),
                new ArrayList<>(first.fieldNames()), "the document's fields in its order; createdAt added: " + first);
        assertEquals(new JsonObject().put("id", 7).put("type", "UWB").put("battery", 80), first.getJsonObject("provider"));
        assertEquals(0, first.getInteger("x"));
        assertEquals(2.5, first.getDouble("y"));
        assertEquals("EXPORT-2", stored.getJsonObject(2).getString("trackable"));
    }

    @Test
    void aBadItemInTheMiddleOfABatchStoresNothing() {
        long start = BASE + 2_000;
        JsonArray batch = batch(start, 1000);
        batch.getJsonObject(500).put("x", "1.5");
        SimulatorClient.Reply refused = client.post("/locations/list", batch);
        assertEquals(400, refused.status());
        assertEquals("Field 'LocationDto[500].x' must be a number, not the string '1.5'",
                refused.json().getString("message"));
        assertEquals(0, positions(start, start + 999).size());

        batch.getJsonObject(500).put("x", 1.5).put("map", 99);
        refused = client.post("/locations/list", batch);
        assertEquals(400, refused.status());
        assertEquals("Field 'map' of LocationDto[500] names map 99, which does not exist", refused.json().getString("message"));
        assertEquals(0, positions(start, start + 999).size());

        batch.getJsonObject(999).put("provider", new JsonObject().put("type", "LASER"));
        refused = client.post("/locations/list", batch);
        assertEquals("Field 'LocationDto[999].provider.type' must be one of [UNKNOWN, IBEACON, AOA, VIRTUAL, GPS, UWB, WIFI,"
                + " RFID], not 'LASER'", refused.json().getString("message"), "the schema's refusal before the map's");

        SimulatorClient.Reply broken = client.post("/locations/list", ("[{\"map\":\"one\"}," + batch.encode().substring(1, 500))
                .getBytes(StandardCharsets.UTF_8), "application/json");
        assertEquals(400, broken.status());
        assertEquals("The request body is not valid JSON (array of LocationDto)", broken.json().getString("message"));
        assertEquals(0, positions(start, start + 999).size());
    }

    @Test
    void nullsAreAbsentAndMissingTimestampsMeanNow() {
        long before = System.currentTimeMillis();
        assertEquals(200, client.post("/locations", new JsonObject().put("map", 2).put("trackable", "T-001")
                .putNull("timestampGenerated").putNull("provider").put("x", 4).put("notes", new JsonObject())).status());
        JsonObject stored = client.get("/trackables/T-001/position").json();
        assertTrue(stored.getLong("timestampGenerated") >= before, stored.encode());
        assertEquals(stored.getLong("timestampGenerated"), stored.getLong("createdAt"));
        assertEquals(List.of("trackable", "map", "x", "timestampGenerated", "createdAt"), new ArrayList<>(stored.fieldNames()));
    }

    @Test
    void anEmptyBatchStoresNothing_andALargeOneIsStoredWhole() {
        long total = SIM.simulator().control().positionsGenerated(1, Instant.EPOCH, Instant.now().plusSeconds(60));
        assertEquals(200, client.post("/locations/list", new JsonArray()).status());
        assertEquals(total, SIM.simulator().control().positionsGenerated(1, Instant.EPOCH, Instant.now().plusSeconds(60)));

        long start = BASE + 10_000_000;
        assertEquals(200, client.post("/locations/list", batch(start, 20_000)).status());
        JsonArray stored = positions(start, start + 19_999);
        assertEquals(20_000, stored.size());
        for (int i = 0; i < stored.size(); i++) {
            assertEquals(i * 0.5, stored.getJsonObject(i).getDouble("x"), "position " + i);
        }
    }

    /**
     * The stored JSON of a batch is held until the store lets go of it and is then collected: it is not counted as Netty
     * heap memory in use that nobody releases, which a process reading the allocator's metrics would take for a leak.
     */
    @Test
    void storedPositionsAreNotCountedAsNettyMemoryInUse() {
        ByteBufAllocatorMetric unpooled = UnpooledByteBufAllocator.DEFAULT.metric();
        long before = unpooled.usedHeapMemory();
        assertEquals(200, client.post("/locations/list", batch(BASE + 20_000_000, 5_000)).status());
        long counted = unpooled.usedHeapMemory() - before;
        assertTrue(counted < 100_000, "a batch of 5,000 positions left " + counted + " bytes counted as in use");
    }

    /** The bytes are read as Jackson reads them: a UTF-8 byte order mark is skipped, a declared UTF-16 decoded. */
    @Test
    void aByteOrderMarkAndADeclaredCharsetAreRead() {
        long start = BASE + 3_000;
        String json = "[{\"map\":1,\"trackable\":\"BOM\",\"positionLabel\":\"Küche\",\"timestampGenerated\":" + start + "}]";
        assertEquals(200, client.post("/locations/list", ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8),
                "application/json").status());
        assertEquals(200, client.post("/locations/list", json.replace("BOM", "UTF-16").getBytes(StandardCharsets.UTF_16LE),
                "application/json; charset=UTF-16LE").status());
        JsonArray stored = positions(start, start);
        assertEquals(2, stored.size(), stored.encode());
        assertEquals("Küche", stored.getJsonObject(0).getString("positionLabel"));
        assertEquals("Küche", stored.getJsonObject(1).getString("positionLabel"));
    }

    private JsonArray positions(long from, long to) {
        return client.get("/locations/positions/1?start=" + from + "&end=" + to + "&size=100000").array();
    }

    private static JsonArray batch(long start, int size) {
        JsonArray batch = new JsonArray();
        for (int i = 0; i < size; i++) {
            batch.add(new JsonObject().put("map", 1).put("trackable", "L-" + i % 20).put("x", i * 0.5).put("y", 1.0)
                    .put("timestampGenerated", start + i));
        }
        return batch;
    }
}
