package io.camelnextome.simulator.api;

import io.camelnextome.simulator.demo.DemoVenue;
import io.camelnextome.simulator.http.ApiRouter;
import io.camelnextome.simulator.http.Responses;
import io.camelnextome.simulator.schema.Schemas;
import io.camelnextome.simulator.store.JsonDocument;
import io.camelnextome.simulator.store.SimulatorStore;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.function.Predicate;

/**
 * Fences: CRUD, list by venue (through the fence's map) and map, and who is inside: the trackables
 * whose latest position lies in the fence, and their providers.
 */
public final class FenceRoutes implements ApiArea {

    private final SimulatorStore store;
    private final PositionQueries positions;
    private final ResourceEndpoints<String> fences;

    public FenceRoutes(SimulatorStore store, PositionQueries positions) {
        this.store = store;
        this.positions = positions;
        this.fences = new ResourceEndpoints<>(store.fences, Schemas.FENCE, IdKind.TEXT, "Fence");
    }

    @Override
    public void register(ApiRouter api) {
        api.get("/fences", fences.list(params -> {
            Long venue = params.queryLong("venue");
            Long map = params.queryLong("map");
            return ResourceEndpoints.fieldEquals("map", map).and(inVenue(venue));
        }));
        api.post("/fences", fences.create());
        api.get("/fences/{fid}", fences.get("fid"));
        api.put("/fences/{fid}", fences.update("fid"));
        api.delete("/fences/{fid}", fences.delete("fid", (ctx, id) -> Responses.empty(ctx, 204)));
        api.get("/fences/{fid}/trackables", ctx -> {
            JsonObject fence = fences.require(ctx, "fid").json();
            Responses.json(ctx, new JsonArray(positions.trackablesIn(fence)));
        });
        api.get("/fences/{fid}/providers", ctx -> {
            JsonObject fence = fences.require(ctx, "fid").json();
            JsonArray providers = new JsonArray();
            for (String trackable : positions.trackablesIn(fence)) {
                store.trackables.get(trackable).map(JsonDocument::json)
                        .map(json -> json.getJsonArray("location_providers"))
                        .ifPresent(list -> list.forEach(provider -> providers.add(DemoVenue.simple((JsonObject) provider))));
            }
            Responses.json(ctx, providers);
        });
    }

    private Predicate<JsonObject> inVenue(Long venue) {
        return fence -> venue == null || store.maps.get(fence.getLong("map", -1L))
                .map(map -> venue.equals(map.json().getLong("venue"))).orElse(false);
    }
}
