package io.camelnextome.simulator.demo;

import io.vertx.core.json.JsonArray;

/** An axis-aligned rectangle in map pixels: the shape of the demo rooms and fence areas. */
public record Rect(double left, double top, double right, double bottom) {

    public boolean contains(double x, double y) {
        return x >= left && x <= right && y >= top && y <= bottom;
    }

    /** The vertices as the RoomDto {@code vertices} string: a JSON array of [x, y] pairs. */
    public String vertices() {
        return "[[" + fmt(left) + "," + fmt(top) + "],[" + fmt(right) + "," + fmt(top) + "],["
                + fmt(right) + "," + fmt(bottom) + "],[" + fmt(left) + "," + fmt(bottom) + "]]";
    }

    /** The rectangle as the coordinates of a GeoJSON Polygon in pixels: one closed ring. */
    public JsonArray ring() {
        double[][] corners = { { left, top }, { right, top }, { right, bottom }, { left, bottom }, { left, top } };
        JsonArray ring = new JsonArray();
        for (double[] corner : corners) {
            ring.add(new JsonArray().add(Math.round(corner[0])).add(Math.round(corner[1])));
        }
        return new JsonArray().add(ring);
    }

    /** The rectangle as a WKT polygon, the RoomDto {@code geometry} string. */
    public String wkt() {
        return "POLYGON((" + fmt(left) + " " + fmt(top) + ", " + fmt(right) + " " + fmt(top) + ", "
                + fmt(right) + " " + fmt(bottom) + ", " + fmt(left) + " " + fmt(bottom) + ", "
                + fmt(left) + " " + fmt(top) + "))";
    }

    private static String fmt(double value) {
        return Long.toString(Math.round(value));
    }
}
