package io.camelnextome.simulator;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PositionGenerationTest {

    @RegisterExtension
    static NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.positionInterval(Duration.ofMillis(50)));

    private final SimulatorClient client = new SimulatorClient(SIM.simulator());

    @Test
    void positionsGrowWithRealTimestamps() {
        long start = System.currentTimeMillis();
        await().atMost(Duration.ofSeconds(10)).until(() -> count(1, start) >= 3 * 12);

        JsonArray positions = client.get("/locations/positions/1?start=" + start + "&size=1000").array();
        assertTrue(positions.size() >= 36, "positions so far: " + positions.size());
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < positions.size(); i++) {
            JsonObject position = positions.getJsonObject(i);
            long timestamp = position.getLong("timestampGenerated");
            assertTrue(timestamp >= start && timestamp <= System.currentTimeMillis(), "a real, recent timestamp");
            assertTrue(timestamp >= previous, "ascending by timestampGenerated");
            previous = timestamp;
        }
        long total = count(1, start);
        await().atMost(Duration.ofSeconds(10)).until(() -> count(1, start) > total);
    }

    @Test
    void latestPositionOfATrackableMovesOn() {
        await().atMost(Duration.ofSeconds(10)).until(() -> client.get("/trackables/T-003/position").status() == 200);
        JsonObject first = client.get("/trackables/T-003/position").json();
        assertEquals("T-003", first.getString("trackable"));
        assertEquals(3, first.getJsonObject("provider").getLong("id"));

        await().atMost(Duration.ofSeconds(10)).until(() -> client.get("/trackables/T-003/position").json()
                .getLong("timestampGenerated") > first.getLong("timestampGenerated"));
        assertEquals(200, client.get("/providers/3/position").status());
    }

    @Test
    void visitsGrowFromRoomEntriesAndExits() {
        long start = System.currentTimeMillis();
        await().atMost(Duration.ofSeconds(20)).until(() -> closedVisitsSince(start) >= 2);

        JsonArray visits = client.get("/visit/history/1?w=START&start=" + start + "&size=1000").json().getJsonArray("second");
        for (Object item : visits) {
            JsonObject visit = (JsonObject) item;
            assertTrue(visit.getLong("startTimestamp") >= start);
            Long end = visit.getLong("endTimestamp");
            assertTrue(end == null || end >= visit.getLong("startTimestamp"));
        }
        assertTrue(Long.parseLong(client.get("/visit/average-duration/1").body()) > 0
                || Long.parseLong(client.get("/visit/average-duration/2").body()) > 0, "closed visits have a duration");
        assertTrue(client.get("/visit/snapshot/1").array().size() + client.get("/visit/snapshot/2").array().size() > 0,
                "someone is in a room now");
    }

    @Test
    void pausedGenerationStopsAndResumes() {
        SimulatorControl control = SIM.simulator().control();
        control.pauseGeneration();
        try {
            long paused = System.currentTimeMillis() + 200;
            await().pollDelay(Duration.ofMillis(400)).atMost(Duration.ofSeconds(5))
                    .until(() -> control.positionsGenerated(1, java.time.Instant.ofEpochMilli(paused), java.time.Instant.now()) == 0);
        } finally {
            control.resumeGeneration();
        }
        long resumed = System.currentTimeMillis();
        await().atMost(Duration.ofSeconds(10)).until(() -> count(1, resumed) > 0);
    }

    private long closedVisitsSince(long start) {
        JsonArray visits = client.get("/visit/history/1?w=START&start=" + start + "&size=1000").json().getJsonArray("second");
        return visits.stream().filter(visit -> ((JsonObject) visit).getLong("endTimestamp") != null).count();
    }

    private long count(long map, long start) {
        return Long.parseLong(client.get("/locations/" + map + "/count-in-range?start=" + start
                + "&end=" + System.currentTimeMillis()).body());
    }
}
