package io.camelnextome.simulator.api;

import io.camelnextome.simulator.http.ApiRouter;
import io.camelnextome.simulator.http.Responses;
import io.camelnextome.simulator.schema.Schemas;
import io.camelnextome.simulator.store.SimulatorStore;

/** Rooms: CRUD and the rooms of a map. */
public final class RoomRoutes implements ApiArea {

    private final ResourceEndpoints<Long> rooms;
    private final ResourceEndpoints<Long> maps;

    public RoomRoutes(SimulatorStore store) {
        this.rooms = new ResourceEndpoints<>(store.rooms, Schemas.ROOM, IdKind.NUMERIC, "Room");
        this.maps = new ResourceEndpoints<>(store.maps, Schemas.MAP, IdKind.NUMERIC, "Map");
    }

    @Override
    public void register(ApiRouter api) {
        api.get("/rooms/by-map/{mid}", ctx -> {
            long map = maps.require(ctx, "mid").json().getLong("id");
            rooms.list(params -> ResourceEndpoints.fieldEquals("map", map)).handle(ctx);
        });
        api.post("/rooms", rooms.create());
        api.get("/rooms/{rid}", rooms.get("rid"));
        api.put("/rooms/{rid}", rooms.update("rid"));
        api.delete("/rooms/{rid}", rooms.delete("rid", (ctx, id) -> Responses.empty(ctx, 200)));
    }
}
