package io.camelnextome.nextome.geo;

import java.util.ArrayList;
import java.util.List;

import io.camelnextome.nextome.model.GcpDto;

/**
 * A map placed on the globe by a known transform, computed independently of the code under test: pixels to metres
 * east/north of a corner by an affine map, then to latitude/longitude on the WGS84 ellipsoid by iterating from
 * Earth-centred coordinates (the classic fixed-point geodetic conversion). The GCPs of a test are read from it.
 */
public final class KnownPlacement {

    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257223563;
    private static final double E2 = F * (2 - F);

    private final double lat0;
    private final double lon0;
    /** east = m[0]*x + m[1]*y, north = m[2]*x + m[3]*y (metres from the corner pixel 0,0). */
    private final double[] m;

    KnownPlacement(double lat0, double lon0, double[] pixelToMetres) {
        this.lat0 = lat0;
        this.lon0 = lon0;
        this.m = pixelToMetres;
    }

    /** A similarity: {@code metresPerPixel}, the image's up direction at {@code bearing} degrees from north. */
    static KnownPlacement rotated(double lat0, double lon0, double metresPerPixel, double bearing) {
        double t = Math.toRadians(bearing);
        // +x points to bearing+90, +y (down the image) to bearing+180
        return new KnownPlacement(lat0, lon0, new double[] {
            metresPerPixel * Math.cos(t), -metresPerPixel * Math.sin(t),
            -metresPerPixel * Math.sin(t), -metresPerPixel * Math.cos(t) });
    }

    /** {@code [lat, lon]} of pixel x, y. */
    double[] latLon(double x, double y) {
        double east = m[0] * x + m[1] * y;
        double north = m[2] * x + m[3] * y;
        double phi = Math.toRadians(lat0);
        double lambda = Math.toRadians(lon0);
        double[] o = ecef(phi, lambda, 0);
        // the point on the tangent plane, in ECEF
        double px = o[0] - Math.sin(lambda) * east - Math.sin(phi) * Math.cos(lambda) * north;
        double py = o[1] + Math.cos(lambda) * east - Math.sin(phi) * Math.sin(lambda) * north;
        double pz = o[2] + Math.cos(phi) * north;
        // its foot on the ellipsoid along the normal: the geodetic latitude and longitude of the point
        double[] geo = geodetic(px, py, pz);
        return new double[] { Math.toDegrees(geo[0]), normalize(Math.toDegrees(geo[1])) };
    }

    List<GcpDto> gcps(double[][] pixels) {
        List<GcpDto> gcps = new ArrayList<>();
        for (double[] pixel : pixels) {
            double[] latLon = latLon(pixel[0], pixel[1]);
            GcpDto gcp = new GcpDto();
            gcp.setX(pixel[0]);
            gcp.setY(pixel[1]);
            gcp.setLat(latLon[0]);
            gcp.setLon(latLon[1]);
            gcps.add(gcp);
        }
        return gcps;
    }

    /** Metres between two points a few metres apart at most (local ellipsoid radii). */
    public static double metres(double lat1, double lon1, double lat2, double lon2) {
        double phi = Math.toRadians(lat1);
        double w = Math.sqrt(1 - E2 * Math.sin(phi) * Math.sin(phi));
        double meridian = A * (1 - E2) / (w * w * w);
        double normal = A / w;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(normalize(lon2 - lon1));
        return Math.hypot(dLat * meridian, dLon * normal * Math.cos(phi));
    }

    private static double normalize(double lon) {
        return lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
    }

    private static double[] ecef(double phi, double lambda, double h) {
        double n = A / Math.sqrt(1 - E2 * Math.sin(phi) * Math.sin(phi));
        return new double[] { (n + h) * Math.cos(phi) * Math.cos(lambda), (n + h) * Math.cos(phi) * Math.sin(lambda),
            (n * (1 - E2) + h) * Math.sin(phi) };
    }

    /** {@code [phi, lambda, h]} (radians, metres) of an ECEF point, by fixed-point iteration on the latitude. */
    private static double[] geodetic(double x, double y, double z) {
        double p = Math.hypot(x, y);
        double phi = Math.atan2(z, p * (1 - E2));
        double h = 0;
        for (int i = 0; i < 10; i++) {
            double n = A / Math.sqrt(1 - E2 * Math.sin(phi) * Math.sin(phi));
            h = p / Math.cos(phi) - n;
            phi = Math.atan2(z, p * (1 - E2 * n / (n + h)));
        }
        return new double[] { phi, Math.atan2(y, x), h };
    }
}
