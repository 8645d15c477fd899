package io.camelnextome.simulator.api;

import io.camelnextome.simulator.http.ApiException;
import io.camelnextome.simulator.http.ApiRouter;
import io.camelnextome.simulator.http.RequestParams;
import io.camelnextome.simulator.http.Responses;
import io.camelnextome.simulator.schema.Schemas;
import io.camelnextome.simulator.store.JsonDocument;
import io.camelnextome.simulator.store.Position;
import io.camelnextome.simulator.store.PositionLog;
import io.camelnextome.simulator.store.SimulatorStore;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

/** Trackables: CRUD, list by venue, their provider, positions and fences, and the map snapshot. */
public final class TrackableRoutes implements ApiArea {

    /** How many of its latest positions GET /trackables/{tid}/positions returns. */
    static final int RECENT_POSITIONS = 100;

    private final SimulatorStore store;
    private final PositionQueries positions;
    private final ResourceEndpoints<String> trackables;

    public TrackableRoutes(SimulatorStore store, PositionQueries positions) {
        this.store = store;
        this.positions = positions;
        this.trackables = new ResourceEndpoints<>(store.trackables, Schemas.TRACKABLE, IdKind.TEXT, "Trackable");
    }

    @Override
    public void register(ApiRouter api) {
        api.get("/trackables", trackables.list(params ->
                ResourceEndpoints.fieldEquals("venue", params.requiredLong("venue"))));
        api.post("/trackables", trackables.create());
        api.get("/trackables/{mapId}/snapshot", positions::snapshot);
        api.get("/trackables/{tid}", trackables.get("tid"));
        api.put("/trackables/{tid}", trackables.update("tid"));
        api.delete("/trackables/{tid}", trackables.delete("tid", (ctx, id) -> Responses.empty(ctx, 204)));
        api.put("/trackables/{tid}/provider", ctx -> {
            String id = new RequestParams(ctx).pathString("tid");
            JsonObject provider = Schemas.PROVIDER_SIMPLE.parseObject(new RequestParams(ctx).body());
            linkProvider(id, provider);
            Responses.empty(ctx, 204);
        });
        api.get("/trackables/{tid}/positions", ctx -> {
            String id = trackables.require(ctx, "tid").json().getString("id");
            PositionLog.View log = store.positions.trackable(id);
            List<Buffer> recent = new ArrayList<>();
            for (long i = Math.max(0, log.size() - RECENT_POSITIONS); i < log.size(); i++) {
                recent.add(log.get(i).bytes());
            }
            Responses.array(ctx, recent);
        });
        api.get("/trackables/{tid}/position", ctx -> {
            String id = trackables.require(ctx, "tid").json().getString("id");
            Responses.json(ctx, PositionQueries.require(store.positions.trackable(id).last(), "Trackable " + id).bytes());
        });
        api.get("/trackables/{tid}/fences", ctx -> {
            String id = trackables.require(ctx, "tid").json().getString("id");
            Position latest = store.positions.trackable(id).last();
            Responses.array(ctx, positions.fencesHolding(latest).stream().map(JsonDocument::bytes).toList());
        });
    }

    /** The provider becomes the trackable's only provider, and the provider points back to it. */
    private void linkProvider(String trackableId, JsonObject provider) {
        trackables.require(trackableId);
        Long providerId = provider.getLong("id");
        if (providerId == null) {
            throw ApiException.badRequest("Field 'id' of LocationProviderSimpleDto is required");
        }
        if (!store.providers.contains(providerId)) {
            throw ApiException.notFound("Location provider " + providerId + " not found");
        }
        store.providers.update(providerId, json -> json.put("trackable", trackableId));
        store.trackables.update(trackableId, json -> json.put("location_providers", new JsonArray().add(provider)));
    }
}
