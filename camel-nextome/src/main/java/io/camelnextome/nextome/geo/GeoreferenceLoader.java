package io.camelnextome.nextome.geo;

import java.io.IOException;
import java.util.Map;

import io.camelnextome.nextome.NextomeEndpoint;
import io.camelnextome.nextome.model.GcpsDto;
import io.camelnextome.nextome.model.MapDto;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Reads a map's GCPs ({@code maps/gcps}) and the map ({@code maps/get}) through two endpoints of the same
 * component with a copy of the origin endpoint's configuration: the same base URL, transport, retries and (through
 * the CamelContext's token service) the same access token. They are made on the first load and stopped with it.
 */
final class GeoreferenceLoader implements GeoreferenceCache.Loader, AutoCloseable {

    private final NextomeEndpoint origin;
    private NextomeEndpoint gcps;
    private NextomeEndpoint maps;

    GeoreferenceLoader(NextomeEndpoint origin) {
        this.origin = origin;
    }

    @Override
    public synchronized MapGeoreference load(long mapId) throws IOException {
        if (gcps == null) {
            gcps = sibling("maps/gcps");
            maps = sibling("maps/get");
        }
        Map<String, Object> id = Map.of("id", Long.toString(mapId));
        GcpsDto points = (GcpsDto) gcps.invoke(id, null).body();
        MapTransform transform = MapTransform.fit(mapId, points == null ? null : points.getGcps());
        MapDto map = (MapDto) maps.invoke(id, null).body();
        return new MapGeoreference(transform, map, System.nanoTime());
    }

    private NextomeEndpoint sibling(String operation) {
        try {
            NextomeEndpoint endpoint = (NextomeEndpoint) origin.getComponent().createEndpoint("nextome:" + operation);
            endpoint.setConfiguration(origin.getConfiguration().copy());
            ServiceHelper.startService(endpoint);
            return endpoint;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create nextome:" + operation + " to read ground control points", e);
        }
    }

    @Override
    public synchronized void close() {
        ServiceHelper.stopService(gcps, maps);
        gcps = null;
        maps = null;
    }
}
