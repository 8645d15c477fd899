package io.camelnextome.nextome.geo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JavaType;
import io.camelnextome.nextome.NextomeEndpoint;
import io.camelnextome.nextome.NextomeJson;
import io.camelnextome.nextome.NextomeResult;
import io.camelnextome.nextome.model.FenceDto;
import io.camelnextome.nextome.model.LocationDto;
import io.camelnextome.nextome.model.RoomDto;
import io.camelnextome.nextome.operation.OptionValues;
import org.locationtech.jts.geom.Polygon;

/**
 * What an endpoint does with its results for the globe: with {@code coordinates=WGS84}, positions, rooms and fences
 * gain WGS84 coordinates; after a call that changes a map's GCPs (or the map), the cached transform is dropped.
 * The endpoint calls {@link #apply} with every result, for its producer and its consumer alike.
 */
public final class GeoResults implements AutoCloseable {

    /** Operations after which a map's transform (GCPs, scale, floor) may have changed. */
    private static final Set<String> MAP_CHANGES = Set.of("maps/addGcps", "maps/update", "maps/delete");
    private static final Set<Class<?>> ENRICHED = Set.of(LocationDto.class, RoomDto.class, FenceDto.class);

    private final NextomeEndpoint endpoint;
    private final boolean wgs84;
    private final boolean changesMap;
    private final long refreshNanos;
    private final GeoreferenceCache cache;
    private final GeoreferenceLoader loader;

    private GeoResults(NextomeEndpoint endpoint, Coordinates coordinates, long refreshMillis) {
        this.endpoint = endpoint;
        this.wgs84 = coordinates == Coordinates.WGS84;
        this.changesMap = MAP_CHANGES.contains(endpoint.getOperationName());
        this.refreshNanos = refreshMillis * 1_000_000L;
        this.cache = wgs84 || changesMap ? GeoreferenceCache.of(endpoint.getCamelContext()) : null;
        this.loader = wgs84 ? new GeoreferenceLoader(endpoint) : null;
    }

    /**
     * The geo handling of a started endpoint.
     *
     * @throws IllegalArgumentException naming the option when {@code coordinates=WGS84} is set on an operation that
     *                                  returns no positions, rooms or fences
     */
    public static GeoResults of(NextomeEndpoint endpoint, Coordinates coordinates, long refreshMillis) {
        if (coordinates == Coordinates.WGS84) {
            JavaType type = endpoint.getOperation() == null ? null : endpoint.getOperation().resultType();
            JavaType element = type != null && type.isCollectionLikeType() ? type.getContentType() : type;
            if (element == null || !ENRICHED.contains(element.getRawClass())) {
                throw new IllegalArgumentException("Option 'coordinates' of nextome:" + endpoint.getOperationName()
                                                   + " is WGS84, but this operation returns "
                                                   + (type == null ? "no typed result" : type.getGenericSignature())
                                                   + ": only operations that return positions (LocationDto), rooms"
                                                   + " (RoomDto) or fences (FenceDto) can add WGS84 coordinates");
            }
        }
        return new GeoResults(endpoint, coordinates, refreshMillis);
    }

    /** The result as the route gets it: enriched with WGS84, and the cache told about a changed map. */
    public NextomeResult apply(Map<String, Object> options, NextomeResult result) throws IOException {
        if (changesMap) {
            // the id as the call sent it: a header may hold it with spaces (" 1 ") that the conversion trims
            Object id = OptionValues.check(endpoint.getOperation(), options, false).get("id");
            if (id != null) {
                cache.invalidate(endpoint.getConfiguration().getBaseUrl(), Long.parseLong(id.toString()));
            }
        }
        if (!wgs84 || result.body() == null) {
            return result;
        }
        return new NextomeResult(result.status(), enrich(result.body()));
    }

    private Object enrich(Object body) throws IOException {
        // the maps of one result, looked up in the shared cache once each (a page interleaves a venue's floors)
        Map<Long, MapGeoreference> maps = new HashMap<>(4);
        if (body instanceof List<?> list) {
            List<Object> enriched = new ArrayList<>(list.size());
            for (Object element : list) {
                enriched.add(enrich(element, georeference(element, maps)));
            }
            return enriched;
        }
        return enrich(body, georeference(body, maps));
    }

    private MapGeoreference georeference(Object element, Map<Long, MapGeoreference> maps) throws IOException {
        Long map = element instanceof LocationDto position ? position.getMap()
                : element instanceof RoomDto room ? room.getMap()
                : element instanceof FenceDto fence ? fence.getMap() : null;
        if (map == null) {
            return null;
        }
        MapGeoreference reference = maps.get(map);
        if (reference == null) {
            reference = cache.get(endpoint.getConfiguration().getBaseUrl(), map, refreshNanos, loader);
            maps.put(map, reference);
        }
        return reference;
    }

    private static Object enrich(Object element, MapGeoreference reference) {
        if (element instanceof LocationDto position) {
            if (reference == null || position.getX() == null || position.getY() == null) {
                // kept, without coordinates: a position is never dropped for want of a map
                return new GeoLocationDto(position, null, null, null);
            }
            double[] lonLat = reference.transform().toWgs84(position.getX(), position.getY());
            return new GeoLocationDto(position, lonLat[1], lonLat[0], reference.floor());
        }
        if (element instanceof RoomDto room) {
            GeoRoomDto geo = NextomeJson.MAPPER.convertValue(room, GeoRoomDto.class);
            Polygon pixels = reference == null ? null : Shapes.room(room);
            geo.setBoundary(pixels == null ? null : Shapes.toWgs84(pixels, reference.transform()));
            geo.setFloor(reference == null ? null : reference.floor());
            return geo;
        }
        if (element instanceof FenceDto fence) {
            GeoFenceDto geo = NextomeJson.MAPPER.convertValue(fence, GeoFenceDto.class);
            Polygon pixels = reference == null ? null : Shapes.fence(fence);
            geo.setBoundary(pixels == null ? null : Shapes.toWgs84(pixels, reference.transform()));
            geo.setFloor(reference == null ? null : reference.floor());
            return geo;
        }
        return element;
    }

    @Override
    public void close() {
        if (loader != null) {
            loader.close();
        }
    }
}
