package io.camelnextome.simulator;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The late-positions fault: a share of the live positions is stored only after a delay, with its own timestamp. */
class LatePositionsTest {

    @RegisterExtension
    static NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.positionInterval(Duration.ofMillis(100)));

    private final SimulatorClient client = new SimulatorClient(SIM.simulator());
    private final SimulatorControl control = SIM.simulator().control();

    @AfterEach
    void reset() {
        control.resumeGeneration();
        control.reset();
    }

    @Test
    void aLatePositionAppearsBehindWhatAClientHasAlreadyRead() {
        control.latePositions(1.0, Duration.ofMillis(1500));
        long from = System.currentTimeMillis();
        await().atMost(Duration.ofSeconds(10)).until(() -> control.faults().latePending() >= 20);
        long readUpTo = System.currentTimeMillis();
        assertEquals(0, positions(from, readUpTo).size(), "nothing of the held positions is served yet");

        await().atMost(Duration.ofSeconds(10)).until(() -> !positions(from, readUpTo).isEmpty());
        JsonArray appeared = positions(from, readUpTo);
        for (int i = 0; i < appeared.size(); i++) {
            long timestamp = appeared.getJsonObject(i).getLong("timestampGenerated");
            assertTrue(timestamp >= from && timestamp <= readUpTo, "kept its original timestamp: " + timestamp);
        }
    }

    @Test
    void aShareIsHeldBackAndNothingIsLost() {
        long from = 0;
        control.latePositions(0.3, Duration.ofMillis(800));
        await().atMost(Duration.ofSeconds(10)).until(() -> control.faults().latePending() > 0
                && control.positionsGenerated(1, Instant.EPOCH, Instant.now()) >= 5 * 20);
        control.pauseGeneration();
        long to = System.currentTimeMillis();
        await().atMost(Duration.ofSeconds(10)).until(() -> control.faults().latePending() == 0);

        // every live step stored one position per trackable: the held ones arrived late, none went missing
        Map<Long, Integer> perStep = new TreeMap<>();
        JsonArray all = positions(from, to);
        for (int i = 0; i < all.size(); i++) {
            perStep.merge(all.getJsonObject(i).getLong("timestampGenerated"), 1, Integer::sum);
        }
        assertTrue(perStep.size() >= 2, "steps: " + perStep.size());
        perStep.forEach((step, count) -> assertEquals(20, count, "positions of step " + Instant.ofEpochMilli(step)));
    }

    @Test
    void theFaultIsSetOverHttpShownInTheStatusAndCleared() {
        JsonObject faults = control("POST", "/_sim/faults/late-positions?share=0.1&delayMillis=20000").getJsonObject("faults");
        assertEquals(0.1, faults.getDouble("lateShare"));
        assertEquals(20000, faults.getLong("lateDelayMillis"));

        faults = control("DELETE", "/_sim/faults").getJsonObject("faults");
        assertEquals(0.0, faults.getDouble("lateShare"));
        assertEquals(0, faults.getLong("lateDelayMillis"));

        assertEquals(400, client.send("POST", "/_sim/faults/late-positions?share=1.5&delayMillis=10", null, null).status());
        assertEquals(400, client.send("POST", "/_sim/faults/late-positions?share=0.5", null, null).status());
    }

    @Test
    void heldPositionsAreStillStoredAfterAClearAndDiscardedByAReset() {
        control.latePositions(1.0, Duration.ofMillis(500));
        Instant from = Instant.now();
        await().atMost(Duration.ofSeconds(10)).until(() -> control.faults().latePending() >= 40);
        control.clearFaults();
        Instant cleared = Instant.now();
        await().atMost(Duration.ofSeconds(10)).until(() -> control.faults().latePending() == 0);
        assertTrue(control.positionsGenerated(1, from, cleared) >= 20, "held ones were stored");
        assertTrue(control.latePositionsHeld() >= 40, "held since the reset: " + control.latePositionsHeld());

        control.latePositions(1.0, Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(10)).until(() -> control.faults().latePending() > 0);
        control.pauseGeneration();
        control.reset();
        assertEquals(0, control.faults().latePending());
        assertEquals(0, control.latePositionsHeld());
    }

    @Test
    void historiesGeneratedOnRequestAreNeverLate() {
        control.latePositions(1.0, Duration.ofSeconds(30));
        Instant to = Instant.now().minusSeconds(600);
        long generated = control.generateHistory(to.minusSeconds(10), to);
        assertEquals(generated, control.positionsGenerated(1, to.minusSeconds(10), to));
    }

    private JsonArray positions(long from, long to) {
        return client.get("/locations/positions/1?start=" + from + "&end=" + to + "&size=100000").array();
    }

    private JsonObject control(String method, String path) {
        SimulatorClient.Reply reply = client.send(method, path, null, null);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }
}
