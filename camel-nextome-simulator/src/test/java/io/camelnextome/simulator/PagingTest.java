package io.camelnextome.simulator;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A client that pages through a time range sees every position (and visit) exactly once. */
class PagingTest {

    private static final int SIZE = 50;
    /**
     * The ranges end this far behind the clock: on a loaded machine the generation timer fires late and stores the
     * steps it missed with their own, earlier timestamps, which would change a range that ends at now while it is paged.
     */
    private static final long SETTLED = 30_000;

    @RegisterExtension
    static NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.history(Duration.ofHours(1))
            .positionInterval(Duration.ofSeconds(5)));

    private final SimulatorClient client = new SimulatorClient(SIM.simulator());

    @Test
    void pagingThroughThePreGeneratedHourSeesEveryPositionOnce() {
        long to = System.currentTimeMillis() - SETTLED;
        long from = to - Duration.ofHours(1).toMillis();
        Set<String> seen = new HashSet<>();
        long previous = Long.MIN_VALUE;
        int pages = 0;
        JsonArray page;
        do {
            page = client.get("/locations/positions/1?start=" + from + "&end=" + to + "&page=" + pages++ + "&size=" + SIZE).array();
            for (Object item : page) {
                JsonObject position = (JsonObject) item;
                long timestamp = position.getLong("timestampGenerated");
                assertTrue(timestamp >= from && timestamp <= to, "inside the range");
                assertTrue(timestamp >= previous, "ascending across pages");
                previous = timestamp;
                assertTrue(seen.add(position.getString("trackable") + "@" + timestamp), "seen twice: " + position);
            }
        } while (page.size() == SIZE);

        long generated = SIM.simulator().control().positionsGenerated(1, Instant.ofEpochMilli(from), Instant.ofEpochMilli(to));
        assertTrue(generated >= 20 * 700, "an hour of 20 trackables every 5 s: " + generated);
        assertEquals(generated, seen.size());
        assertEquals(generated, Long.parseLong(client.get("/locations/1/count-in-range?start=" + from + "&end=" + to).body())
                + Long.parseLong(client.get("/locations/2/count-in-range?start=" + from + "&end=" + to).body()));
    }

    @Test
    void startAndEndAreBothInclusive() {
        JsonObject first = client.get("/locations/positions/1?t=2&ut=HOUR&size=1").array().getJsonObject(0);
        long timestamp = first.getLong("timestampGenerated");

        JsonArray exact = client.get("/locations/positions/1?start=" + timestamp + "&end=" + timestamp + "&size=1000").array();
        assertEquals(SIM.simulator().control().positionsGenerated(1, Instant.ofEpochMilli(timestamp), Instant.ofEpochMilli(timestamp)),
                exact.size());
        assertFalse(exact.isEmpty());
        exact.forEach(p -> assertEquals(timestamp, ((JsonObject) p).getLong("timestampGenerated")));
    }

    @Test
    void pagingThroughVisitsSeesEachOnce() {
        long to = System.currentTimeMillis() - SETTLED;
        long from = to - Duration.ofHours(1).toMillis();
        String range = "/visit/history/1?start=" + from + "&end=" + to;
        // a visit is stored when it ends: live generation would add visits that started in the range while paging
        SIM.simulator().control().pauseGeneration();
        try {
            JsonArray all = client.get(range + "&size=100000").json().getJsonArray("second");
            assertTrue(all.size() > 50, "visits in the hour: " + all.size());

            Set<Long> seen = new HashSet<>();
            int page = 0;
            JsonObject reply;
            do {
                reply = client.get(range + "&size=" + SIZE + "&page=" + page++).json();
                reply.getJsonArray("second").forEach(visit -> assertTrue(seen.add(((JsonObject) visit).getLong("id"))));
            } while (reply.getBoolean("first"));
            assertEquals(all.size(), seen.size());
        } finally {
            SIM.simulator().control().resumeGeneration();
        }
    }

    @Test
    void generatedHistoryIsCountedByTheControlApi() {
        Instant from = Instant.now().minus(Duration.ofDays(2));
        Instant to = from.plus(Duration.ofMinutes(10));
        long generated = SIM.simulator().control().generateHistory(from, to);

        assertEquals(20 * (10 * 60 / 5 + 1), generated, "both ends inclusive, every 5 s, 20 trackables");
        assertEquals(generated, SIM.simulator().control().positionsGenerated(1, from, to));
        JsonArray page = client.get("/locations/positions/1?start=" + from.toEpochMilli() + "&end=" + to.toEpochMilli()
                + "&size=100000").array();
        assertEquals(generated, page.size());
    }

    @Test
    void positionsPostedWithOldTimestampsLandInOrder() {
        long base = System.currentTimeMillis() - Duration.ofDays(5).toMillis();
        JsonArray batch = new JsonArray();
        for (long offset : new long[] { 30, 10, 20, 0, 40, 10 }) {
            batch.add(new JsonObject().put("map", 1).put("trackable", "LATE-" + offset).put("x", 1.0).put("y", 1.0)
                    .put("timestampGenerated", base + offset));
        }
        assertEquals(200, client.post("/locations/list", batch).status());
        assertEquals(200, client.post("/locations", new JsonObject().put("map", 1).put("trackable", "LATE-5")
                .put("timestampGenerated", base + 5)).status());

        JsonArray stored = client.get("/locations/positions/1?start=" + base + "&end=" + (base + 40)).array();
        assertEquals(7, stored.size());
        long previous = Long.MIN_VALUE;
        for (Object item : stored) {
            long timestamp = ((JsonObject) item).getLong("timestampGenerated");
            assertTrue(timestamp >= previous, "ordered: " + stored);
            previous = timestamp;
        }
        assertEquals(400, client.post("/locations", new JsonObject().put("trackable", "NO-MAP")).status());
        assertEquals(400, client.post("/locations/list", new JsonArray().add(new JsonObject().put("map", 99))).status());
    }
}
