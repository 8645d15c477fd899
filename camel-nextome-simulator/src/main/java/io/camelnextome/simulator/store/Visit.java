package io.camelnextome.simulator.store;

import io.vertx.core.json.JsonObject;

/**
 * One stay of a trackable in a room (a VisitDto); open while {@code endTimestamp} is null.
 *
 * @param json the VisitDto as served
 */
public record Visit(long id, long venue, long map, long room, long startTimestamp, Long endTimestamp, JsonObject json) {

    public boolean isOpen() {
        return endTimestamp == null;
    }

    public boolean hasProviderType(String type) {
        JsonObject provider = json.getJsonObject("provider");
        return type == null || (provider != null && type.equals(provider.getString("type")));
    }

    /** This visit ended at the given time, its local end time shifted by the venue's offset. */
    public Visit closedAt(long end, long localOffsetMillis) {
        JsonObject closed = json.copy().put("endTimestamp", end).put("endLocalTimestamp", end + localOffsetMillis);
        return new Visit(id, venue, map, room, startTimestamp, end, closed);
    }
}
