package io.camelnextome.simulator.api;

import io.camelnextome.simulator.http.ApiRouter;
import io.camelnextome.simulator.http.Responses;
import io.camelnextome.simulator.schema.Schemas;
import io.camelnextome.simulator.store.SimulatorStore;

/** Gateways: CRUD, list, and lookups by venue, serial and map. */
public final class GatewayRoutes implements ApiArea {

    private final ResourceEndpoints<Long> gateways;
    private final ResourceEndpoints<Long> venues;
    private final ResourceEndpoints<Long> maps;

    public GatewayRoutes(SimulatorStore store) {
        this.gateways = new ResourceEndpoints<>(store.gateways, Schemas.GATEWAY, IdKind.NUMERIC, "Gateway");
        this.venues = new ResourceEndpoints<>(store.venues, Schemas.VENUE, IdKind.NUMERIC, "Venue");
        this.maps = new ResourceEndpoints<>(store.maps, Schemas.MAP, IdKind.NUMERIC, "Map");
    }

    @Override
    public void register(ApiRouter api) {
        api.get("/gateways/by-venue/{vid}", ctx -> {
            long venue = venues.require(ctx, "vid").json().getLong("id");
            gateways.list(params -> ResourceEndpoints.fieldEquals("venue", venue)).handle(ctx);
        });
        api.get("/gateways/by-serial/{serial}", gateways.findBy("serial", "serial"));
        api.get("/gateways/by-map/{mid}", ctx -> {
            long map = maps.require(ctx, "mid").json().getLong("id");
            gateways.list(params -> ResourceEndpoints.fieldEquals("map", map)).handle(ctx);
        });
        api.get("/gateways", gateways.list());
        api.post("/gateways", gateways.create());
        api.get("/gateways/{gid}", gateways.get("gid"));
        api.put("/gateways/{gid}", gateways.update("gid"));
        api.delete("/gateways/{gid}", gateways.delete("gid", (ctx, id) -> Responses.empty(ctx, 200)));
    }
}
