package io.camelnextome.simulator.api;

import io.camelnextome.simulator.http.ApiRouter;
import io.camelnextome.simulator.http.Responses;
import io.camelnextome.simulator.schema.Schemas;
import io.camelnextome.simulator.store.SimulatorStore;

/** Venue categories: CRUD and list. */
public final class VenueCategoryRoutes implements ApiArea {

    private final ResourceEndpoints<Long> categories;

    public VenueCategoryRoutes(SimulatorStore store) {
        this.categories = new ResourceEndpoints<>(store.venueCategories, Schemas.VENUE_CATEGORY, IdKind.NUMERIC,
                "Venue category");
    }

    @Override
    public void register(ApiRouter api) {
        api.get("/venuecategories", categories.list());
        api.post("/venuecategories", categories.create());
        api.get("/venuecategories/{venueCategoryId}", categories.get("venueCategoryId"));
        api.put("/venuecategories/{vcid}", categories.update("vcid"));
        // the document answers this delete with a plain string
        api.delete("/venuecategories/{venueCategoryId}", categories.delete("venueCategoryId",
                (ctx, id) -> Responses.text(ctx, "Venue category " + id + " deleted")));
    }
}
