package io.camelnextome.simulator.api;

import io.camelnextome.simulator.http.ApiException;
import io.camelnextome.simulator.http.ApiRouter;
import io.camelnextome.simulator.http.RequestParams;
import io.camelnextome.simulator.http.Responses;
import io.camelnextome.simulator.schema.Schemas;
import io.camelnextome.simulator.store.SimulatorStore;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.Base64;

/** Maps (floors): CRUD, lookups by venue and uuid, the walkable matrix and the ground control points. */
public final class MapRoutes implements ApiArea {

    private final SimulatorStore store;
    private final ResourceEndpoints<Long> maps;
    private final ResourceEndpoints<Long> venues;

    public MapRoutes(SimulatorStore store) {
        this.store = store;
        this.maps = new ResourceEndpoints<>(store.maps, Schemas.MAP, IdKind.NUMERIC, "Map");
        this.venues = new ResourceEndpoints<>(store.venues, Schemas.VENUE, IdKind.NUMERIC, "Venue");
    }

    @Override
    public void register(ApiRouter api) {
        api.get("/maps/by-venue/{vid}", ctx -> {
            long venue = venues.require(ctx, "vid").json().getLong("id");
            maps.list(params -> ResourceEndpoints.fieldEquals("venue", venue)).handle(ctx);
        });
        api.get("/maps/by-uuid/{uuid}", maps.findBy("uuid", "uuid"));
        api.post("/maps", maps.create());
        api.get("/maps/{mid}", maps.get("mid"));
        api.put("/maps/{mid}", maps.update("mid"));
        api.delete("/maps/{mid}", maps.delete("mid", (ctx, id) -> {
            store.walkableMatrices.remove(id);
            store.gcps.remove(id);
            Responses.empty(ctx, 200);
        }));
        api.get("/maps/{mid}/walkable-matrix", ctx -> {
            long map = mapId(new RequestParams(ctx));
            JsonObject matrix = store.walkableMatrices.get(map).map(document -> document.json())
                    .orElse(new JsonObject().put("id", map).put("data", ""));
            Responses.json(ctx, matrix);
        });
        api.put("/maps/{mid}/walkable-matrix", ctx -> {
            long map = mapId(new RequestParams(ctx));
            JsonObject matrix = Schemas.WALKABLE_MATRIX.parseObject(new RequestParams(ctx).body());
            String data = matrix.getString("data", "");
            try {
                Base64.getDecoder().decode(data);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("Field 'data' of WalkableMatrixDto must be base64");
            }
            store.walkableMatrices.put(map, matrix.put("id", map).put("data", data));
            Responses.empty(ctx, 200);
        });
        api.get("/maps/{mid}/gcps", ctx -> {
            long map = mapId(new RequestParams(ctx));
            Responses.json(ctx, store.gcps.get(map).map(document -> document.json())
                    .orElse(new JsonObject().put("gcps", new JsonArray()).put("angle", 0.0)));
        });
        // setGcps in the document: the posted points replace the map's set
        api.post("/maps/{mid}/gcps", ctx -> {
            long map = mapId(new RequestParams(ctx));
            JsonArray posted = Schemas.GCP.parseArray(new RequestParams(ctx).body());
            JsonArray points = new JsonArray();
            for (int i = 0; i < posted.size(); i++) {
                points.add(posted.getJsonObject(i).put("id", map * 1000 + i + 1).put("mapId", map));
            }
            JsonObject gcps = new JsonObject().put("gcps", points).put("angle", 0.0);
            Responses.json(ctx, 201, store.gcps.put(map, gcps).bytes());
        });
    }

    private long mapId(RequestParams params) {
        long map = params.pathLong("mid");
        maps.require(map);
        return map;
    }
}
