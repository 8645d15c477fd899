package io.camelnextome.simulator.store;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/**
 * One stored position (a LocationDto): the fields the queries filter on, and its JSON encoded once.
 *
 * @param timestampGenerated epoch milliseconds, the order of every position log
 * @param providerId         null when the position names no provider
 * @param providerType       null when the position names no provider type
 * @param room               null outside every room
 */
public record Position(long timestampGenerated, String trackable, Long providerId, String providerType,
                       long venue, long map, Long room, double x, double y, Buffer bytes) {

    public static Position of(JsonObject location, long venue) {
        return of(location, venue, location.toBuffer());
    }

    /** A position whose JSON {@code bytes} were already encoded from {@code location} (see {@link BatchEncoder}). */
    public static Position of(JsonObject location, long venue, Buffer bytes) {
        JsonObject provider = location.getJsonObject("provider");
        return new Position(
                location.getLong("timestampGenerated"),
                location.getString("trackable"),
                provider == null ? null : provider.getLong("id"),
                provider == null ? null : provider.getString("type"),
                venue,
                location.getLong("map"),
                location.getLong("room"),
                location.getDouble("x", 0.0),
                location.getDouble("y", 0.0),
                bytes);
    }

    public boolean hasProviderType(String type) {
        return type == null || type.equals(providerType);
    }
}
