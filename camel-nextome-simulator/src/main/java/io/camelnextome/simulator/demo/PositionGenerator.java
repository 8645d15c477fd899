package io.camelnextome.simulator.demo;

import io.camelnextome.simulator.control.LatePositions;
import io.camelnextome.simulator.store.JsonDocument;
import io.camelnextome.simulator.store.Position;
import io.camelnextome.simulator.store.SimulatorStore;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * Makes the demo trackables move: one position per trackable per interval, live (from a Vert.x timer,
 * stamped with the current time) or for a past range (a history). Rooms entered and left become visits.
 */
public final class PositionGenerator {

    private final SimulatorStore store;
    private final List<MovementPlan> plans;
    private final long intervalMillis;
    private final ZoneId zone = ZoneId.of(DemoVenue.TIMEZONE);
    private final VisitTracker liveVisits;
    private final FloorPlan floorPlan;
    private final BatteryDrain batteryDrain;
    private final LatePositions latePositions;
    private volatile boolean paused;
    /** The timestamp of the next live step; 0 until the first one. Only the generation timer moves it. */
    private volatile long nextLive;

    public PositionGenerator(SimulatorStore store, DemoLayout layout, Duration interval, BatteryDrain batteryDrain,
                             LatePositions latePositions) {
        this.store = store;
        this.plans = layout.movements();
        this.floorPlan = layout.floorPlan();
        this.intervalMillis = Math.max(1, interval.toMillis());
        this.liveVisits = new VisitTracker(store.visits, zone);
        this.batteryDrain = batteryDrain;
        this.latePositions = latePositions;
    }

    public long intervalMillis() {
        return intervalMillis;
    }

    /**
     * The live steps due by now: a position per demo trackable that still exists, stamped with the step's time.
     * A timer that fires late (a busy machine) catches up with the steps it missed instead of stamping several
     * steps with the same millisecond.
     */
    public long tick() {
        long now = System.currentTimeMillis();
        if (paused) {
            nextLive = 0;
            return 0;
        }
        if (nextLive == 0) {
            nextLive = now;
        }
        long count = 0;
        for (; nextLive <= now; nextLive += intervalMillis) {
            count += emit(nextLive, liveVisits, true);
        }
        return count;
    }

    /**
     * The history that leads up to live generation: every interval in [from, to), so the first live
     * tick at or after {@code to} continues it without a duplicate, visits included.
     */
    public long generateLeadIn(long from, long to) {
        long count = 0;
        long t = from;
        for (; t < to; t += intervalMillis) {
            count += emit(t, liveVisits, true);
        }
        nextLive = t;
        return count;
    }

    /** A separate history for [from, to], both inclusive; its visits are closed at its end. */
    public long generateHistory(long from, long to) {
        VisitTracker visits = new VisitTracker(store.visits, zone);
        long count = 0;
        long last = from;
        for (long t = from; t <= to; t += intervalMillis) {
            count += emit(t, visits, false);
            last = t;
        }
        visits.closeAll(last);
        return count;
    }

    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
    }

    public boolean isPaused() {
        return paused;
    }

    /** Forgets the live visits in progress (the store was reset). */
    public void forgetVisits() {
        liveVisits.clear();
    }

    /**
     * @param live whether the positions lead up to now, and so drain batteries and may arrive late; a separate
     *             past history does neither
     */
    private long emit(long timestamp, VisitTracker visits, boolean live) {
        long count = 0;
        for (MovementPlan plan : plans) {
            JsonDocument trackable = store.trackables.get(plan.trackable()).orElse(null);
            if (trackable != null) {
                emit(plan, trackable.json(), timestamp, visits, live);
                count++;
            }
        }
        return count;
    }

    private void emit(MovementPlan plan, JsonObject trackable, long timestamp, VisitTracker visits, boolean live) {
        double[] point = plan.pointAt(timestamp);
        Long room = floorPlan.roomAt(plan.map(), point[0], point[1]);
        JsonObject provider = providerOf(trackable);
        // a small, repeatable jitter between the raw and the filtered position
        double jitter = ((timestamp / intervalMillis + plan.trackable().hashCode()) % 7 - 3) * 0.5;
        JsonObject location = new JsonObject()
                .put("provider", provider)
                .put("trackable", plan.trackable())
                .put("timestampGenerated", timestamp)
                .put("timestampSent", timestamp + 20)
                .put("crs", 0)
                .put("room", room)
                .put("map", plan.map())
                .put("x", round(point[0]))
                .put("y", round(point[1]))
                .put("positionLabel", room == null ? "Corridor" : roomName(room))
                .put("createdAt", timestamp + 40)
                .put("rawX", round(point[0] + jitter))
                .put("rawY", round(point[1] - jitter));
        Position position = Position.of(location, plan.venue());
        if (live) {
            latePositions.arrive(position, store.positions);
        } else {
            store.positions.add(position);
        }
        if (live && provider != null) {
            batteryDrain.positionReported(provider.getLong("id"), timestamp);
        }
        visits.observe(plan.trackable(), provider == null ? null : DemoVenue.simple(provider), plan.venue(),
                plan.map(), room, point[0], point[1], timestamp);
    }

    /** The full LocationProviderDto of the trackable's first provider, or null when it has none. */
    private JsonObject providerOf(JsonObject trackable) {
        JsonArray providers = trackable.getJsonArray("location_providers");
        if (providers == null || providers.isEmpty()) {
            return null;
        }
        Long id = providers.getJsonObject(0).getLong("id");
        return id == null ? null : store.providers.get(id).map(JsonDocument::json).orElse(null);
    }

    private String roomName(long room) {
        return store.rooms.get(room).map(document -> document.json().getString("name")).orElse("Room " + room);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
