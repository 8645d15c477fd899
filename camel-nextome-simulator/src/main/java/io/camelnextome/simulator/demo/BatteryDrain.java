package io.camelnextome.simulator.demo;

import io.camelnextome.simulator.store.ResourceTable;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Drains the demo providers' batteries as they report positions, so that battery alerts have something to
 * fire on: one percentage point per {@code positionsPerPercent} positions of a provider, never below 0. The
 * level follows from the seeded one and the number of positions alone, so a run is repeatable.
 */
public final class BatteryDrain {

    private final ResourceTable<Long> providers;
    private final int positionsPerPercent;
    private final ConcurrentMap<Long, Long> positions = new ConcurrentHashMap<>();

    /** @param positionsPerPercent 0 keeps every battery at the level it has */
    public BatteryDrain(ResourceTable<Long> providers, int positionsPerPercent) {
        this.providers = providers;
        this.positionsPerPercent = positionsPerPercent;
    }

    /** Counts one position of the provider, taken at {@code timestamp}, which the new level's updatedAt gets. */
    void positionReported(long providerId, long timestamp) {
        if (positionsPerPercent == 0 || positions.merge(providerId, 1L, Long::sum) % positionsPerPercent != 0) {
            return;
        }
        providers.update(providerId, json -> {
            Integer level = json.getInteger("battery");
            // a provider whose level nobody ever reported keeps none
            return level == null ? json : json.put("battery", Math.max(0, level - 1)).put("updatedAt", timestamp);
        });
    }

    /** Starts counting from zero again (the store was reset to its seeded levels). */
    public void reset() {
        positions.clear();
    }
}
