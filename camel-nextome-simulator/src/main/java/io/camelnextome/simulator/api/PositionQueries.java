package io.camelnextome.simulator.api;

import io.camelnextome.simulator.demo.FloorPlan;
import io.camelnextome.simulator.http.ApiException;
import io.camelnextome.simulator.http.RequestParams;
import io.camelnextome.simulator.http.Responses;
import io.camelnextome.simulator.http.TimeWindow;
import io.camelnextome.simulator.schema.Schemas;
import io.camelnextome.simulator.store.JsonDocument;
import io.camelnextome.simulator.store.Position;
import io.camelnextome.simulator.store.SimulatorStore;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.Comparator;
import java.util.List;

/** Position reads shared by several areas: snapshots of a map and which fences hold which trackables. */
public final class PositionQueries {

    private final SimulatorStore store;
    private final FloorPlan floorPlan;

    public PositionQueries(SimulatorStore store, FloorPlan floorPlan) {
        this.store = store;
        this.floorPlan = floorPlan;
    }

    /** The latest position of each trackable on the map within the last {@code t ut} (optionally of a venue and provider type). */
    public void snapshot(RoutingContext ctx) {
        RequestParams params = new RequestParams(ctx);
        long map = store.existingMap(params.pathLong("mapId"));
        TimeWindow window = TimeWindow.recent(params, System.currentTimeMillis());
        Long venue = params.queryLong("venueId");
        String type = params.queryEnum("provider_type", Schemas.PROVIDER_TYPES);
        List<Position> latest = store.positions.latestOfEachTrackable().stream()
                .filter(p -> p.map() == map && window.contains(p.timestampGenerated()) && p.hasProviderType(type))
                .filter(p -> venue == null || p.venue() == venue)
                .sorted(Comparator.comparing(Position::trackable))
                .toList();
        Responses.array(ctx, latest.stream().map(Position::bytes).toList());
    }

    /** The latest position, or a 404 that says what has none. */
    public static Position require(Position position, String what) {
        if (position == null) {
            throw ApiException.notFound(what + " has no position yet");
        }
        return position;
    }

    /** The fences, in id order, that hold the position. */
    public List<JsonDocument> fencesHolding(Position position) {
        if (position == null) {
            return List.of();
        }
        return store.fences.list(fence -> holds(fence, position));
    }

    /** The trackables, in id order, whose latest position lies in the fence. */
    public List<String> trackablesIn(JsonObject fence) {
        return store.positions.latestOfEachTrackable().stream()
                .filter(position -> holds(fence, position))
                .map(Position::trackable)
                .sorted()
                .toList();
    }

    private boolean holds(JsonObject fence, Position position) {
        Long map = fence.getLong("map");
        return map != null && map == position.map()
                && floorPlan.fenceContains(fence.getString("id"), position.x(), position.y());
    }
}
