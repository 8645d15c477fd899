package io.camelnextome.simulator.api;

import io.camelnextome.simulator.http.ApiException;
import io.camelnextome.simulator.http.ApiRouter;
import io.camelnextome.simulator.http.RequestParams;
import io.camelnextome.simulator.http.Responses;
import io.camelnextome.simulator.schema.Schemas;
import io.camelnextome.simulator.store.SimulatorStore;

/** Features: CRUD and list; a create may name the venue it is for. */
public final class FeatureRoutes implements ApiArea {

    private final SimulatorStore store;
    private final ResourceEndpoints<Long> features;

    public FeatureRoutes(SimulatorStore store) {
        this.store = store;
        this.features = new ResourceEndpoints<>(store.features, Schemas.FEATURE, IdKind.NUMERIC, "Feature");
    }

    @Override
    public void register(ApiRouter api) {
        api.get("/features", features.list());
        api.post("/features", ctx -> {
            Long venue = new RequestParams(ctx).queryLong("venue");
            if (venue != null && !store.venues.contains(venue)) {
                throw ApiException.notFound("Venue " + venue + " not found");
            }
            features.create().handle(ctx);
        });
        api.get("/features/{featureId}", features.get("featureId"));
        api.put("/features/{fid}", features.update("fid"));
        // the document answers this delete with a plain string
        api.delete("/features/{featureId}", features.delete("featureId",
                (ctx, id) -> Responses.text(ctx, "Feature " + id + " deleted")));
    }
}
