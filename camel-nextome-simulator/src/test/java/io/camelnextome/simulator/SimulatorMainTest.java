package io.camelnextome.simulator;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The standalone simulator's settings: the embedded defaults, unless a setting says otherwise. */
class SimulatorMainTest {

    @Test
    void standaloneAndEmbeddedServeTheSameBatteriesByDefault() {
        try (NextomeSimulator standalone = SimulatorMain.configure("--historyMinutes=2").generation(false).build().start();
             NextomeSimulator embedded = NextomeSimulator.builder().history(Duration.ofMinutes(2)).generation(false)
                     .build().start()) {
            int seeded = battery(embedded);
            assertEquals(99, seeded, "provider 1 keeps its seeded level");
            assertEquals(seeded, battery(standalone));
        }
    }

    @Test
    void batteriesDrainWhenAsked() {
        try (NextomeSimulator standalone = SimulatorMain.configure("--historyMinutes=2", "--batteryDrainPositions=60")
                .generation(false).build().start()) {
            assertEquals(97, battery(standalone), "120 positions, 1 % per 60");
        }
    }

    @Test
    void aMalformedOrUnknownSettingIsRefusedByName() {
        assertEquals("--port (or -Dnextome.sim.port) must be a whole number, not 'eighty'",
                assertThrows(IllegalArgumentException.class, () -> SimulatorMain.configure("--port=eighty")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SimulatorMain.configure("--batteryDrain=5"));
    }

    private static int battery(NextomeSimulator simulator) {
        return new SimulatorClient(simulator).get("/providers/1").json().getInteger("battery");
    }
}
