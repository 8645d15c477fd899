package io.camelnextome.simulator.api;

import io.camelnextome.simulator.http.ApiRouter;
import io.camelnextome.simulator.http.Responses;
import io.camelnextome.simulator.schema.Schemas;
import io.camelnextome.simulator.store.SimulatorStore;
import io.vertx.core.json.JsonArray;

/** Venues: CRUD and the venue's categories. */
public final class VenueRoutes implements ApiArea {

    private final ResourceEndpoints<Long> venues;

    public VenueRoutes(SimulatorStore store) {
        this.venues = new ResourceEndpoints<>(store.venues, Schemas.VENUE, IdKind.NUMERIC, "Venue");
    }

    @Override
    public void register(ApiRouter api) {
        api.post("/venues", venues.create());
        api.get("/venues/{vid}/venuecategories", ctx -> {
            JsonArray categories = venues.require(ctx, "vid").json().getJsonArray("categories");
            Responses.json(ctx, categories == null ? new JsonArray() : categories);
        });
        api.get("/venues/{vid}", venues.get("vid"));
        api.put("/venues/{vid}", venues.update("vid"));
        api.delete("/venues/{vid}", venues.delete("vid", (ctx, id) -> Responses.scalar(ctx, true)));
    }
}
