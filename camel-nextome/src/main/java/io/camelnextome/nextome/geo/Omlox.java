package io.camelnextome.nextome.geo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelnextome.nextome.NextomeJson;
import io.camelnextome.nextome.model.LocationDto;
import io.camelnextome.nextome.model.LocationProviderDto;

/**
 * Positions as omlox™ hub {@code Location} objects (omlox hub API 2.0): the position as a GeoJSON Point in WGS84
 * ({@code crs} EPSG:4326), the provider's id and type, the RTLS {@code source}, the floor and both timestamps in ISO
 * 8601 UTC. A list becomes a JSON array, the body of the hub's {@code PUT /v2/providers/locations}.
 */
public final class Omlox {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Omlox() {
    }

    /** One Location for a position, an array for a list. */
    public static JsonNode of(Object body, String source) {
        if (body instanceof List<?> list) {
            ArrayNode locations = NODES.arrayNode(list.size());
            for (Object element : list) {
                locations.add(location(element, source));
            }
            return locations;
        }
        return location(body, source);
    }

    private static ObjectNode location(Object element, String source) {
        GeoLocationDto position = element instanceof Map<?, ?> map
                ? NextomeJson.MAPPER.convertValue(map, GeoLocationDto.class)
                : element instanceof GeoLocationDto geo ? geo : null;
        if (position == null || position.getLat() == null || position.getLon() == null) {
            throw new IllegalArgumentException("nextome-omlox needs positions with lat/lon (read them from a nextome"
                                               + " endpoint with coordinates=WGS84), not " + describe(element));
        }
        ObjectNode location = NODES.objectNode();
        ObjectNode point = location.putObject("position").put("type", "Point");
        point.putArray("coordinates").add(GeoJson.round(position.getLon())).add(GeoJson.round(position.getLat()));
        location.put("source", source);
        LocationProviderDto provider = position.getProvider();
        location.put("provider_type", providerType(provider));
        location.put("provider_id", providerId(provider));
        if (isUuid(position.getTrackable())) {
            location.putArray("trackables").add(position.getTrackable());
        }
        if (position.getTimestampGenerated() != null) {
            location.put("timestamp_generated", Timestamps.iso(position.getTimestampGenerated()));
        }
        if (position.getTimestampSent() != null) {
            location.put("timestamp_sent", Timestamps.iso(position.getTimestampSent()));
        }
        location.put("crs", "EPSG:4326");
        if (position.getFloor() != null) {
            location.put("floor", position.getFloor());
        }
        ObjectNode properties = location.putObject("properties").put("trackable", position.getTrackable());
        if (position.getMap() != null) {
            properties.put("map", position.getMap());
        }
        if (position.getRoom() != null) {
            properties.put("room", position.getRoom());
        }
        return location;
    }

    /** omlox names the types in lower case; Nextome's AOA has no omlox type. */
    private static String providerType(LocationProviderDto provider) {
        if (provider == null || provider.getType() == null) {
            return "unknown";
        }
        return switch (provider.getType()) {
            case IBEACON, UWB, GPS, WIFI, RFID, VIRTUAL -> provider.getType().name().toLowerCase(java.util.Locale.ROOT);
            default -> "unknown";
        };
    }

    /** The provider's UUID, with major and minor for an iBeacon (uuid:major:minor), else its Nextome id. */
    private static String providerId(LocationProviderDto provider) {
        if (provider == null) {
            return null;
        }
        if (provider.getUuid() == null) {
            return provider.getId() == null ? null : provider.getId().toString();
        }
        if (provider.getMajor() != null && provider.getMinor() != null) {
            return provider.getUuid() + ":" + provider.getMajor() + ":" + provider.getMinor();
        }
        return provider.getUuid();
    }

    private static boolean isUuid(String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String describe(Object element) {
        return element instanceof LocationDto position
                ? "a " + element.getClass().getSimpleName() + " without lat/lon (trackable " + position.getTrackable() + ")"
                : element == null ? "null" : "a " + element.getClass().getName();
    }
}
