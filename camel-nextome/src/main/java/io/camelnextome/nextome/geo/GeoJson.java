package io.camelnextome.nextome.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelnextome.nextome.NextomeJson;
import io.camelnextome.nextome.model.LocationDto;
import io.camelnextome.nextome.model.LocationProviderDto;

/**
 * GeoJSON (RFC 7946) of what {@code coordinates=WGS84} delivers: positions as Points, rooms and fences as
 * Polygons, a list as a FeatureCollection, and a list of positions as one LineString per trackable and map
 * (tracks). Longitude before latitude; coordinates rounded to 7 decimals (about 1 cm, the transform's accuracy).
 * Also takes the Maps that {@code unmarshal().json()} makes of such objects.
 */
public final class GeoJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final double DECIMALS = 1e7;

    private GeoJson() {
    }

    /** A Feature for one object, a FeatureCollection for a list (nested lists are flattened). */
    public static ObjectNode of(Object body) {
        if (body instanceof Iterable<?> list) {
            ObjectNode collection = collection();
            ArrayNode features = (ArrayNode) collection.get("features");
            for (Object element : flatten(list)) {
                features.add(feature(element));
            }
            return collection;
        }
        return feature(body);
    }

    /** A FeatureCollection with one LineString per trackable and map, its positions in time order. */
    public static ObjectNode tracks(Object body) {
        Map<String, List<GeoLocationDto>> tracks = new LinkedHashMap<>();
        for (Object element : body instanceof Iterable<?> list ? flatten(list) : List.of(body)) {
            if (typed(element) instanceof GeoLocationDto position && position.getLat() != null) {
                tracks.computeIfAbsent(position.getTrackable() + "@" + position.getMap(), key -> new ArrayList<>())
                        .add(position);
            }
        }
        ObjectNode collection = collection();
        ArrayNode features = (ArrayNode) collection.get("features");
        for (List<GeoLocationDto> track : tracks.values()) {
            track.sort(Comparator.comparing(LocationDto::getTimestampGenerated,
                    Comparator.nullsFirst(Comparator.naturalOrder())));
            GeoLocationDto first = track.get(0);
            GeoLocationDto last = track.get(track.size() - 1);
            ObjectNode geometry = NODES.objectNode();
            if (track.size() == 1) {
                geometry.put("type", "Point").set("coordinates", point(first.getLon(), first.getLat()));
            } else {
                ArrayNode line = geometry.put("type", "LineString").putArray("coordinates");
                track.forEach(position -> line.add(point(position.getLon(), position.getLat())));
            }
            ObjectNode properties = NODES.objectNode().put("trackable", first.getTrackable());
            putNumber(properties, "map", first.getMap());
            putNumber(properties, "floor", first.getFloor());
            putTime(properties, "start", first.getTimestampGenerated());
            putTime(properties, "end", last.getTimestampGenerated());
            properties.put("positions", track.size());
            features.add(feature(geometry, properties));
        }
        return collection;
    }

    private static ObjectNode collection() {
        ObjectNode collection = NODES.objectNode().put("type", "FeatureCollection");
        collection.putArray("features");
        return collection;
    }

    private static List<Object> flatten(Iterable<?> list) {
        List<Object> flat = new ArrayList<>();
        for (Object element : list) {
            if (element instanceof Iterable<?> nested) {
                flat.addAll(flatten(nested));
            } else {
                flat.add(element);
            }
        }
        return flat;
    }

    private static ObjectNode feature(Object element) {
        Object typed = typed(element);
        if (typed instanceof GeoLocationDto position) {
            return position(position);
        }
        if (typed instanceof GeoRoomDto room) {
            ObjectNode properties = NODES.objectNode().put("kind", "room");
            putNumber(properties, "id", room.getId());
            properties.put("name", room.getName());
            putNumber(properties, "map", room.getMap());
            putNumber(properties, "floor", room.getFloor());
            if (room.getShape() != null) {
                properties.put("shape", room.getShape().name());
            }
            return feature(polygon(room.getBoundary()), properties);
        }
        if (typed instanceof GeoFenceDto fence) {
            ObjectNode properties = NODES.objectNode().put("kind", "fence").put("id", fence.getId())
                    .put("name", fence.getName());
            putNumber(properties, "map", fence.getMap());
            putNumber(properties, "floor", fence.getFloor());
            return feature(polygon(fence.getBoundary()), properties);
        }
        throw new IllegalArgumentException("nextome-geojson needs positions, rooms or fences with WGS84 coordinates"
                                           + " (read them from a nextome endpoint with coordinates=WGS84), not "
                                           + describe(element));
    }

    /** Typed objects as they are; the Maps of {@code unmarshal().json()} by the fields they carry. */
    private static Object typed(Object element) {
        if (element instanceof Map<?, ?> map) {
            Class<?> type = map.containsKey("boundary") ? map.containsKey("region") ? GeoFenceDto.class
                    : GeoRoomDto.class
                    : map.containsKey("lat") && map.containsKey("lon") ? GeoLocationDto.class : null;
            return type == null ? element : NextomeJson.MAPPER.convertValue(map, type);
        }
        return element;
    }

    private static String describe(Object element) {
        if (element instanceof LocationDto position) {
            return "a " + element.getClass().getSimpleName() + " without lat/lon (trackable " + position.getTrackable()
                   + ", map " + position.getMap() + ")";
        }
        if (element instanceof Map<?, ?> map) {
            return "a Map with the keys " + map.keySet() + " (a position needs lat and lon, a room or fence boundary)";
        }
        return element == null ? "null" : "a " + element.getClass().getName();
    }

    private static ObjectNode position(GeoLocationDto position) {
        ObjectNode geometry = null;
        if (position.getLat() != null && position.getLon() != null) {
            geometry = NODES.objectNode().put("type", "Point");
            geometry.set("coordinates", point(position.getLon(), position.getLat()));
        }
        ObjectNode properties = NODES.objectNode().put("trackable", position.getTrackable());
        LocationProviderDto provider = position.getProvider();
        if (provider != null) {
            properties.put("provider", provider.getUuid());
            putNumber(properties, "providerId", provider.getId());
            if (provider.getType() != null) {
                properties.put("providerType", provider.getType().name());
            }
        }
        putTime(properties, "timestampGenerated", position.getTimestampGenerated());
        putTime(properties, "timestampSent", position.getTimestampSent());
        putNumber(properties, "map", position.getMap());
        putNumber(properties, "floor", position.getFloor());
        putNumber(properties, "room", position.getRoom());
        putNumber(properties, "x", position.getX());
        putNumber(properties, "y", position.getY());
        return feature(geometry, properties);
    }

    private static ObjectNode feature(ObjectNode geometry, ObjectNode properties) {
        ObjectNode feature = NODES.objectNode().put("type", "Feature");
        feature.set("geometry", geometry == null ? NODES.nullNode() : geometry);
        feature.set("properties", properties);
        return feature;
    }

    /** A Polygon from a closed, counterclockwise exterior ring; null (an unlocated Feature) without one. */
    private static ObjectNode polygon(List<double[]> boundary) {
        if (boundary == null || boundary.size() < 4) {
            return null;
        }
        ObjectNode polygon = NODES.objectNode().put("type", "Polygon");
        ArrayNode ring = polygon.putArray("coordinates").addArray();
        boundary.forEach(vertex -> ring.add(point(vertex[0], vertex[1])));
        return polygon;
    }

    private static ArrayNode point(double lon, double lat) {
        return NODES.arrayNode().add(round(lon)).add(round(lat));
    }

    static double round(double degrees) {
        return Math.round(degrees * DECIMALS) / DECIMALS;
    }

    private static void putNumber(ObjectNode node, String name, Number value) {
        if (value instanceof Double number) {
            node.put(name, number);
        } else if (value != null) {
            node.put(name, value.longValue());
        }
    }

    /** Epoch milliseconds as an ISO 8601 UTC instant, as GIS tools read them. */
    private static void putTime(ObjectNode node, String name, Long epochMillis) {
        if (epochMillis != null) {
            node.put(name, Timestamps.iso(epochMillis));
        }
    }
}
