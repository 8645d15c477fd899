package io.camelnextome.simulator.store;

import io.camelnextome.simulator.schema.ObjectValues;
import io.camelnextome.simulator.schema.SchemaReader;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

import java.util.function.Function;

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
                location.toBuffer());
    }

    /** The position of a posted LocationDto, checked, once its JSON is written ({@link SchemaReader}). */
    public static Function<Buffer, Position> of(ObjectValues location, long venue) {
        ObjectValues provider = location.getObject("provider");
        long timestampGenerated = location.getLong("timestampGenerated");
        String trackable = location.getString("trackable");
        Long providerId = provider == null ? null : provider.getLong("id");
        String providerType = provider == null ? null : provider.getString("type");
        long map = location.getLong("map");
        Long room = location.getLong("room");
        double x = location.getDouble("x", 0.0);
        double y = location.getDouble("y", 0.0);
        return bytes -> new Position(timestampGenerated, trackable, providerId, providerType, venue, map, room, x, y,
                bytes);
    }

    public boolean hasProviderType(String type) {
        return type == null || type.equals(providerType);
    }
}
