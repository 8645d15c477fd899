package io.camelnextome.nextome.geo;

import java.util.List;

import io.camelnextome.nextome.model.RoomDto;
import io.camelnextome.nextome.model.RoomShape;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A room straddling 180 degrees: its ring keeps RFC 7946's right-hand rule. */
class GeoAntimeridianTest {

    private static final double[][] FOUR = { { 0, 0 }, { 2000, 0 }, { 2000, 1000 }, { 0, 1000 } };

    @Test
    void aRoomAcrossTheAntimeridianIsCounterclockwise() {
        // 100 m wide, its left edge 30 m west of 180 degrees
        MapTransform transform = MapTransform.fit(1, KnownPlacement.rotated(-16.8, 179.99972, 0.05, 0).gcps(FOUR));
        RoomDto room = new RoomDto();
        room.setShape(RoomShape.POLYGON);
        room.setVertices("[[100,100],[1900,100],[1900,900],[100,900]]");
        List<double[]> boundary = Shapes.toWgs84(Shapes.room(room), transform);
        // read on one side of the antimeridian (east longitudes + 360), where the ring is continuous
        Coordinate[] unwrapped = boundary.stream()
                .map(p -> new Coordinate(p[0] < 0 ? p[0] + 360 : p[0], p[1])).toArray(Coordinate[]::new);
        assertTrue(Orientation.isCCW(unwrapped), () -> "clockwise: "
                + boundary.stream().map(p -> p[0] + " " + p[1]).toList());
    }
}
