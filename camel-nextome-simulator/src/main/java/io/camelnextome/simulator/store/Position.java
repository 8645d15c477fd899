package io.camelnextome.simulator.store;

import io.camelnextome.simulator.schema.ObjectValues;
import io.camelnextome.simulator.schema.SchemaReader;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/**
 * One stored position (a LocationDto): the fields the queries filter on, and its JSON encoded once: bytes
 * {@code start} to {@code end} of {@code json}, which a batch's positions share.
 *
 * @param timestampGenerated epoch milliseconds, the order of every position log
 * @param providerId         null when the position names no provider
 * @param providerType       null when the position names no provider type
 * @param room               null outside every room
 */
public record Position(long timestampGenerated, String trackable, Long providerId, String providerType,
                       long venue, long map, Long room, double x, double y, Buffer json, int start, int end) {

    /** A checked position, made once its JSON is written. */
    @FunctionalInterface
    public interface Unwritten {
        Position writtenAt(Buffer json, int start, int end);
    }

    public static Position of(JsonObject location, long venue) {
        Buffer bytes = location.toBuffer();
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
                bytes, 0, bytes.length());
    }

    /**
     * The position of a posted LocationDto, checked, once its JSON is written ({@link SchemaReader}).
     *
     * @param trackable its trackable, as the caller keeps it (one String for the positions of one trackable)
     */
    public static Unwritten of(ObjectValues location, long venue, String trackable) {
        ObjectValues provider = location.getObject("provider");
        long timestampGenerated = location.getLong("timestampGenerated");
        Long providerId = provider == null ? null : provider.getLong("id");
        String providerType = provider == null ? null : provider.getString("type");
        long map = location.getLong("map");
        Long room = location.getLong("room");
        double x = location.getDouble("x", 0.0);
        double y = location.getDouble("y", 0.0);
        return (json, start, end) -> new Position(timestampGenerated, trackable, providerId, providerType, venue, map, room,
                x, y, json, start, end);
    }

    /** Its JSON. */
    public Buffer bytes() {
        return start == 0 && end == json.length() ? json : json.slice(start, end);
    }

    /** Its JSON, not the record's form, which would print the whole batch. */
    @Override
    public String toString() {
        return bytes().toString();
    }

    public boolean hasProviderType(String type) {
        return type == null || type.equals(providerType);
    }
}
