package io.camelnextome.nextome.geo;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelnextome.nextome.NextomeJson;
import io.camelnextome.nextome.model.FenceDto;
import io.camelnextome.nextome.model.RoomDto;
import io.camelnextome.nextome.model.RoomShape;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * The outlines of rooms and fences: their pixel geometry as JTS builds it (a circle buffered into a polygon), then
 * each vertex carried to the globe, the ring closed and oriented counterclockwise (RFC 7946's right-hand rule; the
 * image's downward y axis mirrors the pixel ring's orientation).
 */
final class Shapes {

    /** Segments per quarter circle: 64 sides, under 0.2 % of the radius from the true circle. */
    private static final int QUADRANT_SEGMENTS = 16;
    private static final GeometryFactory PIXELS = new GeometryFactory();

    private Shapes() {
    }

    /** The room's outline in pixels, or null when it has no usable geometry. */
    static Polygon room(RoomDto room) {
        Geometry geometry = wkt(room.getGeometry());
        if (geometry == null) {
            geometry = vertices(room.getVertices());
        }
        if (geometry == null) {
            return null;
        }
        double radius = room.getRadius() == null ? 0 : room.getRadius();
        if (room.getShape() == RoomShape.CIRCLE || geometry.getDimension() == 0) {
            return radius > 0 ? circle(geometry.getCoordinate(), radius) : null;
        }
        return geometry instanceof Polygon polygon ? polygon : null;
    }

    /** The fence's outline in pixels: a GeoJSON Point with a radius, or a Polygon; null without coordinates. */
    static Polygon fence(FenceDto fence) {
        JsonNode coordinates = fence.getRegion() == null ? null : fence.getRegion().getCoordinates();
        if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
            return null;
        }
        if (coordinates.get(0).isNumber()) {
            double radius = fence.getRadius() == null ? 0 : fence.getRadius();
            return radius > 0 ? circle(new Coordinate(coordinates.get(0).asDouble(), coordinates.get(1).asDouble()),
                    radius) : null;
        }
        return ring(coordinates.get(0));
    }

    /** The exterior ring of a pixel polygon as closed, counterclockwise {@code [lon, lat]} pairs. */
    static List<double[]> toWgs84(Polygon pixels, MapTransform transform) {
        Coordinate[] ring = pixels.getExteriorRing().getCoordinates();
        Coordinate[] lonLat = new Coordinate[ring.length];
        // the orientation is read with the longitudes taken around the first vertex: a ring across 180 degrees
        // jumps by 360 between two vertices, which would turn the shoelace sum's sign
        Coordinate[] continuous = new Coordinate[ring.length];
        for (int i = 0; i < ring.length; i++) {
            double[] point = transform.toWgs84(ring[i].x, ring[i].y);
            lonLat[i] = new Coordinate(point[0], point[1]);
            continuous[i] = new Coordinate(lonLat[0].x + MapTransform.normalizeLon(point[0] - lonLat[0].x), point[1]);
        }
        if (!Orientation.isCCW(continuous)) {
            java.util.Collections.reverse(java.util.Arrays.asList(lonLat));
        }
        List<double[]> boundary = new ArrayList<>(lonLat.length);
        for (Coordinate coordinate : lonLat) {
            boundary.add(new double[] { coordinate.x, coordinate.y });
        }
        return boundary;
    }

    private static Polygon circle(Coordinate centre, double radius) {
        return (Polygon) PIXELS.createPoint(centre).buffer(radius, QUADRANT_SEGMENTS);
    }

    private static Geometry wkt(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new WKTReader(PIXELS).read(text);
        } catch (ParseException e) {
            return null;
        }
    }

    /** The RoomDto {@code vertices}: a JSON array of [x, y] pairs (one pair: a circle's centre). */
    private static Geometry vertices(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            JsonNode pairs = NextomeJson.MAPPER.readTree(text);
            if (pairs.size() == 1) {
                return PIXELS.createPoint(new Coordinate(pairs.get(0).get(0).asDouble(), pairs.get(0).get(1).asDouble()));
            }
            return ring(pairs);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** A polygon from [x, y] pairs, closed if the last pair is not the first; null below 3 distinct points. */
    private static Polygon ring(JsonNode pairs) {
        List<Coordinate> points = new ArrayList<>();
        for (JsonNode pair : pairs) {
            points.add(new Coordinate(pair.get(0).asDouble(), pair.get(1).asDouble()));
        }
        if (points.size() < 3) {
            return null;
        }
        if (!points.get(0).equals2D(points.get(points.size() - 1))) {
            points.add(new Coordinate(points.get(0)));
        }
        if (points.size() < 4) {
            return null;
        }
        return PIXELS.createPolygon(points.toArray(Coordinate[]::new));
    }
}
