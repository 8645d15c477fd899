package io.camelnextome.simulator.demo;

import io.camelnextome.simulator.control.LatePositions;
import io.camelnextome.simulator.store.SimulatorStore;

import java.time.Duration;

/** The store seeded with the demo venue, its position generator, and the way back to that seeded state. */
public final class DemoData {

    private final SimulatorStore store = new SimulatorStore();
    private final Duration history;
    private final DemoLayout layout;
    private final BatteryDrain batteryDrain;
    private final PositionGenerator generator;
    private final LatePositions latePositions;

    /**
     * @param batteryDrainPositions positions per percentage point of battery a provider loses; 0 for none
     * @param latePositions         the fault that holds back a share of the live positions
     */
    public DemoData(Duration positionInterval, Duration history, int batteryDrainPositions, LatePositions latePositions) {
        this.history = history;
        this.layout = DemoVenue.seed(store, System.currentTimeMillis());
        this.batteryDrain = new BatteryDrain(store.providers, batteryDrainPositions);
        this.latePositions = latePositions;
        this.generator = new PositionGenerator(store, layout, positionInterval, batteryDrain, latePositions);
    }

    /** Generates the configured history up to now; live generation continues it. */
    public long generateStartHistory() {
        long now = System.currentTimeMillis();
        return generator.generateLeadIn(now - history.toMillis(), now);
    }

    /** Back to the seeded venue with a fresh configured history. */
    public void reset() {
        latePositions.discardHeld();
        store.clear();
        generator.forgetVisits();
        batteryDrain.reset();
        DemoVenue.seed(store, System.currentTimeMillis());
        generateStartHistory();
    }

    public SimulatorStore store() {
        return store;
    }

    public DemoLayout layout() {
        return layout;
    }

    public PositionGenerator generator() {
        return generator;
    }
}
