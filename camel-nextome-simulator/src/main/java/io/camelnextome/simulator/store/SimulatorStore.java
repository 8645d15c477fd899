package io.camelnextome.simulator.store;

import io.camelnextome.simulator.http.ApiException;

/** All the simulator's data: one table per resource kind, the positions and the visits. */
public final class SimulatorStore {

    public final ResourceTable<Long> venues = new ResourceTable<>();
    public final ResourceTable<Long> venueCategories = new ResourceTable<>();
    public final ResourceTable<String> trackables = new ResourceTable<>();
    public final ResourceTable<Long> rooms = new ResourceTable<>();
    public final ResourceTable<Long> providers = new ResourceTable<>();
    public final ResourceTable<Long> maps = new ResourceTable<>();
    /** GcpsDto per map id. */
    public final ResourceTable<Long> gcps = new ResourceTable<>();
    /** WalkableMatrixDto per map id. */
    public final ResourceTable<Long> walkableMatrices = new ResourceTable<>();
    public final ResourceTable<Long> gateways = new ResourceTable<>();
    public final ResourceTable<String> fences = new ResourceTable<>();
    public final ResourceTable<Long> features = new ResourceTable<>();
    public final PositionStore positions = new PositionStore();
    public final VisitStore visits = new VisitStore();

    /** The venue a map belongs to; 404 when the map does not exist. */
    public long venueOfMap(long mapId) {
        Long venue = maps.get(mapId)
                .orElseThrow(() -> ApiException.notFound("Map " + mapId + " not found"))
                .json().getLong("venue");
        return venue == null ? 0 : venue;
    }

    /** The id of a map that exists; 404 when it does not. */
    public long existingMap(long mapId) {
        venueOfMap(mapId);
        return mapId;
    }

    public void clear() {
        venues.clear();
        venueCategories.clear();
        trackables.clear();
        rooms.clear();
        providers.clear();
        maps.clear();
        gcps.clear();
        walkableMatrices.clear();
        gateways.clear();
        fences.clear();
        features.clear();
        positions.clear();
        visits.clear();
    }
}
