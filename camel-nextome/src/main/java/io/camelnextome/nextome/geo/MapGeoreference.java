package io.camelnextome.nextome.geo;

import io.camelnextome.nextome.model.MapDto;

/**
 * What places one map on the globe: its transform, and the map itself (for its floor).
 *
 * @param loadedAt {@link System#nanoTime()} when the GCPs were read, for the refresh period
 */
public record MapGeoreference(MapTransform transform, MapDto map, long loadedAt) {

    public Integer floor() {
        return map == null ? null : map.getFloor();
    }
}
