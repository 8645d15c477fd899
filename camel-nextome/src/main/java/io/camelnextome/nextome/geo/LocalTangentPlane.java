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
    private static final double IA = 1 / (A * A);
    private static final double IB = 1 / (B * B);
    /** Below this tangent (about 60 km from the origin), angles come from a series rather than atan2. */
    private static final double SMALL = 0.01;

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
    /** tan of the origin's latitude, and its longitude's cos and sin: the angles are taken relative to them. */
    private final double tanLat0;
    private final double cosLon0;
    private final double sinLon0;
    /** The quadratic's first coefficient: |u| in the ellipsoid's metric. */
    private final double qa;
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
        tanLat0 = Math.tan(phi);
        cosLon0 = cosLambda;
        sinLon0 = sinLambda;
        ux = cosPhi * cosLambda;
        uy = cosPhi * sinLambda;
        uz = sinPhi;
        qa = (ux * ux + uy * uy) * IA + uz * uz * IB;
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

    /**
     * Writes the longitude and latitude (degrees, longitude in [-180, 180]) of the surface point below east, north
     * into {@code lonLat}.
     */
    void toGeodetic(double east, double north, double[] lonLat) {
        // the point of the plane, then along the origin's up vector (c + t*u) to the ellipsoid
        double cx = ox + ex * east + nx * north;
        double cy = oy + ey * east + ny * north;
        double cz = oz + nz * north;
        double qb = 2 * ((cx * ux + cy * uy) * IA + cz * uz * IB);
        double qc = (cx * cx + cy * cy) * IA + cz * cz * IB - 1;
        // the root near 0, in the form that loses no precision when qc is tiny
        double t = -2 * qc / (qb + Math.sqrt(qb * qb - 4 * qa * qc));
        double x = cx + t * ux;
        double y = cy + t * uy;
        double z = cz + t * uz;
        // exact for a point on the surface: tan(lat) = z / ((1 - e^2) * p); both angles as differences from the
        // origin's, whose tangents are small near it: a few multiplications instead of two atan2 calls
        double tanLat = z / ((1 - E2) * Math.sqrt(x * x + y * y));
        double dLat = (tanLat - tanLat0) / (1 + tanLat * tanLat0);
        // the point in the frame of the origin's meridian: tan(dLon) = lateral / radial
        double lateral = -x * sinLon0 + y * cosLon0;
        double radial = x * cosLon0 + y * sinLon0;
        lonLat[1] = Math.abs(dLat) < SMALL ? originLat + Math.toDegrees(atanSmall(dLat))
                : Math.toDegrees(Math.atan2(z, (1 - E2) * Math.sqrt(x * x + y * y)));
        double dLon = radial > 0 ? lateral / radial : Double.NaN;
        lonLat[0] = MapTransform.normalizeLon(Math.abs(dLon) < SMALL ? originLon + Math.toDegrees(atanSmall(dLon))
                : Math.toDegrees(Math.atan2(y, x)));
    }

    /** atan(t) by its series, exact to double precision for |t| < {@link #SMALL} (the next term is below 1e-22). */
    private static double atanSmall(double t) {
        double t2 = t * t;
        return t * (1 - t2 * (1.0 / 3 - t2 * (1.0 / 5 - t2 * (1.0 / 7 - t2 / 9))));
    }

    private static double[] ecef(double sinPhi, double cosPhi, double sinLambda, double cosLambda) {
        double n = A / Math.sqrt(1 - E2 * sinPhi * sinPhi);
        return new double[] { n * cosPhi * cosLambda, n * cosPhi * sinLambda, n * (1 - E2) * sinPhi };
    }
}
