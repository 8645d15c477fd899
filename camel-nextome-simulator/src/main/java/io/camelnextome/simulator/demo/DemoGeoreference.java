package io.camelnextome.simulator.demo;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Where the demo venue stands on the globe: a 100 m x 50 m logistics building in the industrial zone of Bari
 * (Italy), its long side turned 23 degrees from north. Both floors share one image frame, so their ground control
 * points have the same latitude and longitude for the same pixel: the floors are aligned. The GCPs are the image's
 * corners and centre as a surveyor would give them, to 7 decimals (about 1 cm).
 */
final class DemoGeoreference {

    static final double ORIGIN_LAT = 41.1059;
    static final double ORIGIN_LON = 16.8466;
    /** The bearing of the image's up direction (-y), clockwise from true north. */
    static final double ANGLE = 23.0;
    static final double METRES_PER_PIXEL = 0.05;

    private static final double[][] PIXELS = { { 0, 0 }, { 2000, 0 }, { 2000, 1000 }, { 0, 1000 }, { 1000, 500 } };
    private static final double A = 6378137.0;
    private static final double E2 = 6.69437999014e-3;

    private DemoGeoreference() {
    }

    /** The GcpsDto of a map, its GCP ids from {@code firstId} on. */
    static JsonObject gcps(long map, long firstId) {
        JsonArray points = new JsonArray();
        for (int i = 0; i < PIXELS.length; i++) {
            double[] latLon = latLon(PIXELS[i][0], PIXELS[i][1]);
            points.add(new JsonObject().put("id", firstId + i).put("mapId", map)
                    .put("x", PIXELS[i][0]).put("y", PIXELS[i][1])
                    .put("lat", round7(latLon[0])).put("lon", round7(latLon[1])));
        }
        return new JsonObject().put("gcps", points).put("angle", ANGLE);
    }

    static int gcpsPerMap() {
        return PIXELS.length;
    }

    /**
     * {@code [lat, lon]} of a pixel: metres east and north of the image's top-left corner (rotated by the angle),
     * turned into degrees with the ellipsoid's radii of curvature there; within a millimetre over 100 m.
     */
    static double[] latLon(double x, double y) {
        double t = Math.toRadians(ANGLE);
        double east = METRES_PER_PIXEL * (x * Math.cos(t) - y * Math.sin(t));
        double north = METRES_PER_PIXEL * (-x * Math.sin(t) - y * Math.cos(t));
        double phi = Math.toRadians(ORIGIN_LAT);
        double w = Math.sqrt(1 - E2 * Math.sin(phi) * Math.sin(phi));
        double meridian = A * (1 - E2) / (w * w * w);
        double normal = A / w;
        return new double[] { ORIGIN_LAT + Math.toDegrees(north / meridian),
            ORIGIN_LON + Math.toDegrees(east / (normal * Math.cos(phi))) };
    }

    private static double round7(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
