package io.camelnextome.simulator.demo;

import io.camelnextome.simulator.store.Visit;
import io.camelnextome.simulator.store.VisitStore;
import io.vertx.core.json.JsonObject;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the rooms a trackable is seen in into visits: entering a room opens one, leaving closes it.
 * One tracker follows one timeline of positions (the live one, or one generated history range).
 */
public final class VisitTracker {

    private final VisitStore visits;
    private final ZoneId zone;
    private final Map<String, State> states = new HashMap<>();

    public VisitTracker(VisitStore visits, ZoneId zone) {
        this.visits = visits;
        this.zone = zone;
    }

    /** Records that the trackable was in this room (null: no room) at this time. */
    public synchronized void observe(String trackable, JsonObject provider, long venue, long map, Long room,
                                     double x, double y, long timestamp) {
        State state = states.computeIfAbsent(trackable, key -> new State());
        if (Objects.equals(state.room, room)) {
            return;
        }
        closeOpenVisit(state, timestamp);
        state.room = room;
        if (room != null) {
            Double distance = state.lastEntry == null ? null : Math.hypot(x - state.lastEntry[0], y - state.lastEntry[1]);
            long id = visits.nextId();
            JsonObject json = new JsonObject()
                    .put("id", id).put("trackable", trackable).put("provider", provider)
                    .put("startTimestamp", timestamp).put("startLocalTimestamp", timestamp + offset(timestamp))
                    .put("map", map).put("room", room).put("distanceFromPrevious", distance);
            state.open = new Visit(id, venue, map, room, timestamp, null, json);
            state.lastEntry = new double[] { x, y };
            visits.put(state.open);
        }
    }

    /** Closes every open visit at this time (the end of a generated history range). */
    public synchronized void closeAll(long timestamp) {
        states.values().forEach(state -> {
            closeOpenVisit(state, timestamp);
            state.room = null;
        });
    }

    /** Forgets every trackable's room, e.g. after the store was reset. */
    public synchronized void clear() {
        states.clear();
    }

    private void closeOpenVisit(State state, long timestamp) {
        if (state.open != null) {
            visits.put(state.open.closedAt(timestamp, offset(timestamp)));
            state.open = null;
        }
    }

    private long offset(long timestamp) {
        return zone.getRules().getOffset(Instant.ofEpochMilli(timestamp)).getTotalSeconds() * 1000L;
    }

    private static final class State {
        Long room;
        Visit open;
        double[] lastEntry;
    }
}
