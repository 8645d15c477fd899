package io.camelnextome.simulator.demo;

import java.util.Map;

/**
 * The geometry the demo venue knows beyond its DTOs (which carry no usable coordinates): the rectangles
 * of the seeded rooms per map and of the seeded fences.
 *
 * @param roomsByMap map id to (room id to rectangle)
 * @param fenceAreas fence id to rectangle; a fence without one covers its whole map
 */
public record FloorPlan(Map<Long, Map<Long, Rect>> roomsByMap, Map<String, Rect> fenceAreas) {

    /** The seeded room of a map that contains the point, or null (a corridor). */
    public Long roomAt(long map, double x, double y) {
        for (Map.Entry<Long, Rect> room : roomsByMap.getOrDefault(map, Map.of()).entrySet()) {
            if (room.getValue().contains(x, y)) {
                return room.getKey();
            }
        }
        return null;
    }

    public boolean fenceContains(String fenceId, double x, double y) {
        Rect area = fenceAreas.get(fenceId);
        return area == null || area.contains(x, y);
    }
}
