package io.camelnextome.simulator.api;

import io.camelnextome.simulator.http.ApiException;
import io.camelnextome.simulator.http.ApiRouter;
import io.camelnextome.simulator.http.RequestParams;
import io.camelnextome.simulator.http.Responses;
import io.camelnextome.simulator.schema.Schemas;
import io.camelnextome.simulator.store.JsonDocument;
import io.camelnextome.simulator.store.SimulatorStore;
import io.vertx.core.json.JsonObject;

/**
 * Location providers (tags, beacons): CRUD, list by venue and type, battery updates, ringing a beacon,
 * lookup by omlox id (the provider's {@code uuid}), and the provider's trackable, position and fences.
 */
public final class ProviderRoutes implements ApiArea {

    private final SimulatorStore store;
    private final PositionQueries positions;
    private final ResourceEndpoints<Long> providers;

    public ProviderRoutes(SimulatorStore store, PositionQueries positions) {
        this.store = store;
        this.positions = positions;
        this.providers = new ResourceEndpoints<>(store.providers, Schemas.PROVIDER, IdKind.NUMERIC, "Location provider");
    }

    @Override
    public void register(ApiRouter api) {
        api.put("/providers/beaconring", ctx -> {
            RequestParams params = new RequestParams(ctx);
            String uuid = params.requiredString("uuid");
            int major = params.requiredInt("major");
            int minor = params.requiredInt("minor");
            boolean found = !store.providers.list(json -> uuid.equalsIgnoreCase(json.getString("uuid"))
                    && Integer.valueOf(major).equals(json.getInteger("major"))
                    && Integer.valueOf(minor).equals(json.getInteger("minor"))).isEmpty();
            Responses.scalar(ctx, found);
        });
        api.get("/providers/by-omlox/{omloxId}", providers.findBy("omloxId", "uuid"));
        api.delete("/providers/invalidateModel/{mid}", ctx -> {
            store.existingMap(new RequestParams(ctx).pathLong("mid"));
            Responses.empty(ctx, 200);
        });
        api.get("/providers", providers.list(params -> {
            Long venue = params.queryLong("venue");
            String type = params.queryEnum("type", Schemas.PROVIDER_TYPES);
            return ResourceEndpoints.fieldEquals("venue", venue).and(ResourceEndpoints.fieldEquals("type", type));
        }));
        api.post("/providers", providers.create());
        api.get("/providers/{lpid}", providers.get("lpid"));
        api.put("/providers/{lpid}", providers.update("lpid"));
        api.delete("/providers/{lpid}", providers.delete("lpid", (ctx, id) -> Responses.empty(ctx, 200)));
        api.put("/providers/{lpid}/battery", ctx -> {
            RequestParams params = new RequestParams(ctx);
            long id = params.pathLong("lpid");
            int level = params.requiredInt("batteryLevel");
            if (level < 0 || level > 100) {
                throw ApiException.badRequest("Query parameter 'batteryLevel' must be between 0 and 100, not " + level);
            }
            Long updatedAt = params.queryLong("updatedAt");
            long at = updatedAt == null ? System.currentTimeMillis() : updatedAt;
            store.providers.update(id, json -> json.put("battery", level).put("updatedAt", at))
                    .orElseThrow(() -> providers.missing(id));
            Responses.empty(ctx, 200);
        });
        api.get("/providers/{lpid}/trackable", ctx -> {
            JsonObject provider = providers.require(ctx, "lpid").json();
            String trackable = provider.getString("trackable");
            JsonDocument found = trackable == null ? null : store.trackables.get(trackable).orElse(null);
            if (found == null) {
                throw ApiException.notFound("Location provider " + provider.getLong("id") + " has no trackable");
            }
            Responses.json(ctx, found.bytes());
        });
        api.get("/providers/{lpid}/position", ctx -> {
            long id = providers.require(ctx, "lpid").json().getLong("id");
            Responses.json(ctx, PositionQueries.require(store.positions.latestOfProvider(id), "Location provider " + id).bytes());
        });
        api.get("/providers/{lpid}/fences", ctx -> {
            long id = providers.require(ctx, "lpid").json().getLong("id");
            Responses.array(ctx, positions.fencesHolding(store.positions.latestOfProvider(id)).stream()
                    .map(JsonDocument::bytes).toList());
        });
    }
}
