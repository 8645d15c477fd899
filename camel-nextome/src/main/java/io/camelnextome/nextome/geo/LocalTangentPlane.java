package io.camelnextome.nextome.geo;

/**
 * A local East-North-Up plane tangent to the WGS84 ellipsoid at an origin. A point of the ellipsoid's surface maps
 * to the plane along the origin's vertical, and back exactly: the inverse intersects that vertical line with the
 * ellipsoid. Metres in the plane are true metres near the origin at any latitude, and nothing breaks at the
 * antimeridian, since the maths runs in Earth-centred Cartesian coordinates.
 */
final class LocalTangentPlane {

    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257223563;
    private static final double E2 = F * (2 - F);
    private static final double B = A * (1 - F);

    private final double originLat;
    private final double originLon;
    /** Origin in ECEF, and the unit vectors east, north and up at the origin, in ECEF. */
    private final double ox;
    private final double oy;
    private final double oz;
    private final double ex;
    private final double ey;
    private final double nx;
    private final double ny;
    private final double nz;
    private final double ux;
    private final double uy;
    private final double uz;

    LocalTangentPlane(double originLat, double originLon) {
        this.originLat = originLat;
        this.originLon = originLon;
        double phi = Math.toRadians(originLat);
        double lambda = Math.toRadians(originLon);
        double sinPhi = Math.sin(phi);
        double cosPhi = Math.cos(phi);
        double sinLambda = Math.sin(lambda);
        double cosLambda = Math.cos(lambda);
        double[] origin = ecef(sinPhi, cosPhi, sinLambda, cosLambda);
        ox = origin[0];
        oy = origin[1];
        oz = origin[2];
        ex = -sinLambda;
        ey = cosLambda;
        nx = -sinPhi * cosLambda;
        ny = -sinPhi * sinLambda;
        nz = cosPhi;
        ux = cosPhi * cosLambda;
        uy = cosPhi * sinLambda;
        uz = sinPhi;
    }

    double originLat() {
        return originLat;
    }

    double originLon() {
        return originLon;
    }

    /** East and north in metres of the surface point at {@code lat}, {@code lon} (degrees). */
    double[] toPlane(double lat, double lon) {
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon);
        double[] p = ecef(Math.sin(phi), Math.cos(phi), Math.sin(lambda), Math.cos(lambda));
        double dx = p[0] - ox;
        double dy = p[1] - oy;
        double dz = p[2] - oz;
        return new double[] { ex * dx + ey * dy, nx * dx + ny * dy + nz * dz };
    }

    /** Latitude and longitude (degrees, longitude in [-180, 180]) of the surface point below east, north. */
    double[] toGeodetic(double east, double north) {
        // the point of the plane, then along the origin's up vector (c + t*u) to the ellipsoid
        double cx = ox + ex * east + nx * north;
        double cy = oy + ey * east + ny * north;
        double cz = oz + nz * north;
        double ia = 1 / (A * A);
        double ib = 1 / (B * B);
        double qa = (ux * ux + uy * uy) * ia + uz * uz * ib;
        double qb = 2 * ((cx * ux + cy * uy) * ia + cz * uz * ib);
        double qc = (cx * cx + cy * cy) * ia + cz * cz * ib - 1;
        // the root near 0, in the form that loses no precision when qc is tiny
        double t = -2 * qc / (qb + Math.sqrt(qb * qb - 4 * qa * qc));
        double x = cx + t * ux;
        double y = cy + t * uy;
        double z = cz + t * uz;
        // exact for a point on the surface: tan(lat) = z / ((1 - e^2) * p)
        double lat = Math.toDegrees(Math.atan2(z, (1 - E2) * Math.hypot(x, y)));
        double lon = Math.toDegrees(Math.atan2(y, x));
        return new double[] { lat, lon };
    }

    private static double[] ecef(double sinPhi, double cosPhi, double sinLambda, double cosLambda) {
        double n = A / Math.sqrt(1 - E2 * sinPhi * sinPhi);
        return new double[] { n * cosPhi * cosLambda, n * cosPhi * sinLambda, n * (1 - E2) * sinPhi };
    }
}
