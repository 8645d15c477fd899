package io.camelnextome.simulator;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatteryDrainTest {

    @Test
    void startHistoryDrainsOnePercentPerConfiguredPositions() {
        long before = System.currentTimeMillis();
        // 10 positions per provider in the start history: 2 % less than the seeded 100 - n
        try (NextomeSimulator sim = start(b -> b.history(Duration.ofSeconds(10)).batteryDrain(5))) {
            SimulatorClient client = new SimulatorClient(sim);
            JsonObject first = client.get("/providers/1").json();
            assertEquals(97, first.getInteger("battery"));
            assertEquals(78, client.get("/providers/20").json().getInteger("battery"));
            long updatedAt = first.getLong("updatedAt");
            assertTrue(updatedAt >= before - 10_000 && updatedAt < System.currentTimeMillis(),
                    "updatedAt is the time of the draining position: " + updatedAt);

            sim.control().generateHistory(Instant.now().minusSeconds(360), Instant.now().minusSeconds(60));
            assertEquals(97, client.get("/providers/1").json().getInteger("battery"), "a separate past history drains nothing");
        }
    }

    @Test
    void batteriesNeverGoBelowZero() {
        // 200 positions per provider, 1 % each: more than any seeded level
        try (NextomeSimulator sim = start(b -> b.positionInterval(Duration.ofMillis(100)).history(Duration.ofSeconds(20))
                .batteryDrain(1))) {
            SimulatorClient client = new SimulatorClient(sim);
            assertEquals(0, client.get("/providers/1").json().getInteger("battery"));
            assertEquals(0, client.get("/providers/20").json().getInteger("battery"));
        }
    }

    @Test
    void batteriesKeepTheirSeededLevelsByDefault() {
        try (NextomeSimulator sim = start(b -> b.history(Duration.ofSeconds(30)))) {
            assertEquals(99, new SimulatorClient(sim).get("/providers/1").json().getInteger("battery"));
        }
    }

    @Test
    void liveGenerationDrainsAndResetRestoresTheSeededLevels() {
        try (NextomeSimulator sim = NextomeSimulator.builder().positionInterval(Duration.ofMillis(50)).batteryDrain(2)
                .build().start()) {
            SimulatorClient client = new SimulatorClient(sim);
            await().atMost(Duration.ofSeconds(10)).until(() -> client.get("/providers/1").json().getInteger("battery") < 99);

            sim.control().pauseGeneration();
            sim.control().reset();
            assertEquals(99, client.get("/providers/1").json().getInteger("battery"));
        }
    }

    @Test
    void negativeDrainIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NextomeSimulator.builder().batteryDrain(-1));
        assertEquals("batteryDrain must not be negative: -1", e.getMessage());
    }

    private static NextomeSimulator start(UnaryOperator<NextomeSimulator.Builder> settings) {
        return settings.apply(NextomeSimulator.builder().generation(false)).build().start();
    }
}
