package io.camelnextome.nextome.geo;

import java.util.List;

import io.camelnextome.nextome.model.GcpDto;

/**
 * Pixel ↔ WGS84 for one map, fitted to its ground control points (GCPs) in a {@link LocalTangentPlane} around the
 * GCPs' centroid: a least-squares affine transform for 3 GCPs or more, a similarity (rotation and uniform scale,
 * with the image's y axis pointing down) for exactly 2. Immutable and thread-safe.
 */
public final class MapTransform {

    /** How the transform was fitted. */
    public enum Kind {
        AFFINE,
        SIMILARITY
    }

    private final long mapId;
    private final Kind kind;
    private final LocalTangentPlane plane;
    /** east = a*x + b*y + c, north = d*x + e*y + f */
    private final double a;
    private final double b;
    private final double c;
    private final double d;
    private final double e;
    private final double f;
    /** the inverse of [a b; d e] */
    private final double ia;
    private final double ib;
    private final double id;
    private final double ie;
    private final int gcpCount;
    private final double rmsResidual;
    private final double maxResidual;
    private final int worstGcp;

    private MapTransform(long mapId, Kind kind, LocalTangentPlane plane, double[] coefficients, List<GcpDto> gcps,
                         double[][] enu) {
        this.mapId = mapId;
        this.kind = kind;
        this.plane = plane;
        a = coefficients[0];
        b = coefficients[1];
        c = coefficients[2];
        d = coefficients[3];
        e = coefficients[4];
        f = coefficients[5];
        double det = a * e - b * d;
        if (!(Math.abs(det) > 1e-18) || !Double.isFinite(det)) {
            throw new NextomeGeoException("The ground control points of map " + mapId
                                          + " do not span an area (are they on one line?): " + describe(gcps));
        }
        ia = e / det;
        ib = -b / det;
        id = -d / det;
        ie = a / det;
        gcpCount = gcps.size();
        double sum = 0;
        double max = -1;
        int worst = -1;
        for (int i = 0; i < gcps.size(); i++) {
            GcpDto gcp = gcps.get(i);
            double de = a * gcp.getX() + b * gcp.getY() + c - enu[i][0];
            double dn = d * gcp.getX() + e * gcp.getY() + f - enu[i][1];
            double r2 = de * de + dn * dn;
            sum += r2;
            if (r2 > max) {
                max = r2;
                worst = i;
            }
        }
        rmsResidual = Math.sqrt(sum / gcps.size());
        maxResidual = Math.sqrt(max);
        worstGcp = worst;
    }

    /**
     * The transform of map {@code mapId} from its GCPs.
     *
     * @throws NextomeGeoException naming the map when there are fewer than 2 usable GCPs, or they are degenerate
     */
    public static MapTransform fit(long mapId, List<GcpDto> gcps) {
        List<GcpDto> usable = gcps == null ? List.of()
                : gcps.stream().filter(MapTransform::complete).toList();
        if (usable.size() < 2) {
            throw new NextomeGeoException("Map " + mapId + " has " + usable.size() + " ground control point"
                                          + (usable.size() == 1 ? "" : "s") + " with x, y, lat and lon; WGS84"
                                          + " coordinates need at least 2 (3 or more for an affine fit): add them"
                                          + " with maps/addGcps");
        }
        LocalTangentPlane plane = centroidPlane(usable);
        double[][] enu = new double[usable.size()][];
        for (int i = 0; i < usable.size(); i++) {
            enu[i] = plane.toPlane(usable.get(i).getLat(), usable.get(i).getLon());
        }
        if (usable.size() == 2) {
            return new MapTransform(mapId, Kind.SIMILARITY, plane, similarity(mapId, usable, enu), usable, enu);
        }
        return new MapTransform(mapId, Kind.AFFINE, plane, affine(usable, enu), usable, enu);
    }

    private static boolean complete(GcpDto gcp) {
        return gcp != null && finite(gcp.getX()) && finite(gcp.getY()) && finite(gcp.getLat()) && finite(gcp.getLon());
    }

    private static boolean finite(Double value) {
        return value != null && Double.isFinite(value);
    }

    /** The plane at the GCPs' mean latitude and longitude, the longitudes taken around the first (antimeridian). */
    private static LocalTangentPlane centroidPlane(List<GcpDto> gcps) {
        double lon0 = gcps.get(0).getLon();
        double lat = 0;
        double lon = 0;
        for (GcpDto gcp : gcps) {
            lat += gcp.getLat();
            lon += lon0 + normalizeLon(gcp.getLon() - lon0);
        }
        return new LocalTangentPlane(lat / gcps.size(), normalizeLon(lon / gcps.size()));
    }

    static double normalizeLon(double lon) {
        double wrapped = ((lon + 180) % 360 + 360) % 360 - 180;
        return wrapped == -180 && lon > 0 ? 180 : wrapped;
    }

    /** Least squares on coordinates centred on their means, which keeps the normal equations well conditioned. */
    private static double[] affine(List<GcpDto> gcps, double[][] enu) {
        int n = gcps.size();
        double mx = 0;
        double my = 0;
        double me = 0;
        double mn = 0;
        for (int i = 0; i < n; i++) {
            mx += gcps.get(i).getX();
            my += gcps.get(i).getY();
            me += enu[i][0];
            mn += enu[i][1];
        }
        mx /= n;
        my /= n;
        me /= n;
        mn /= n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        double sxe = 0;
        double sye = 0;
        double sxn = 0;
        double syn = 0;
        for (int i = 0; i < n; i++) {
            double x = gcps.get(i).getX() - mx;
            double y = gcps.get(i).getY() - my;
            double east = enu[i][0] - me;
            double north = enu[i][1] - mn;
            sxx += x * x;
            sxy += x * y;
            syy += y * y;
            sxe += x * east;
            sye += y * east;
            sxn += x * north;
            syn += y * north;
        }
        double det = sxx * syy - sxy * sxy;
        double a = (sxe * syy - sye * sxy) / det;
        double b = (sye * sxx - sxe * sxy) / det;
        double d = (sxn * syy - syn * sxy) / det;
        double e = (syn * sxx - sxn * sxy) / det;
        return new double[] { a, b, me - a * mx - b * my, d, e, mn - d * mx - e * my };
    }

    /**
     * The rotation and scale that carry the first GCP's offset to the second's: with z = x - iy (image y points
     * down) and w = east + i*north, w = alpha*z + beta.
     */
    private static double[] similarity(long mapId, List<GcpDto> gcps, double[][] enu) {
        double zr = gcps.get(1).getX() - gcps.get(0).getX();
        double zi = -(gcps.get(1).getY() - gcps.get(0).getY());
        double wr = enu[1][0] - enu[0][0];
        double wi = enu[1][1] - enu[0][1];
        double norm = zr * zr + zi * zi;
        if (norm == 0) {
            throw new NextomeGeoException("The 2 ground control points of map " + mapId
                                          + " are at the same pixel: " + describe(gcps));
        }
        double ar = (wr * zr + wi * zi) / norm;
        double ai = (wi * zr - wr * zi) / norm;
        double x0 = gcps.get(0).getX();
        double y0 = gcps.get(0).getY();
        // east = ar*x + ai*y + c, north = ai*x - ar*y + f
        return new double[] { ar, ai, enu[0][0] - ar * x0 - ai * y0, ai, -ar, enu[0][1] - ai * x0 + ar * y0 };
    }

    private static String describe(List<GcpDto> gcps) {
        StringBuilder text = new StringBuilder();
        for (GcpDto gcp : gcps) {
            text.append(text.isEmpty() ? "" : ", ").append("(x=").append(gcp.getX()).append(", y=").append(gcp.getY())
                    .append(")");
        }
        return text.toString();
    }

    /** Writes the longitude and latitude (degrees) of pixel x, y into {@code lonLat} (RFC 7946 order). */
    public void toWgs84(double x, double y, double[] lonLat) {
        plane.toGeodetic(a * x + b * y + c, d * x + e * y + f, lonLat);
    }

    /** {@code [lon, lat]} of pixel x, y. */
    public double[] toWgs84(double x, double y) {
        double[] lonLat = new double[2];
        toWgs84(x, y, lonLat);
        return lonLat;
    }

    /** {@code [x, y]}, the pixel of longitude and latitude (degrees). */
    public double[] toPixel(double lon, double lat) {
        double[] en = plane.toPlane(lat, lon);
        double east = en[0] - c;
        double north = en[1] - f;
        return new double[] { ia * east + ib * north, id * east + ie * north };
    }

    public long mapId() {
        return mapId;
    }

    public Kind kind() {
        return kind;
    }

    public int gcpCount() {
        return gcpCount;
    }

    /** Root mean square distance, in metres, between the GCPs' lat/lon and where the fit puts their pixels. */
    public double rmsResidual() {
        return rmsResidual;
    }

    /** The largest of those distances, in metres: the GCP most at odds with the others. */
    public double maxResidual() {
        return maxResidual;
    }

    /** The index, in the map's GCP list, of the GCP with the largest residual. */
    public int worstGcp() {
        return worstGcp;
    }

    /** Metres per pixel along the image's x axis. */
    public double metresPerPixelX() {
        return Math.hypot(a, d);
    }

    /** Metres per pixel along the image's y axis. */
    public double metresPerPixelY() {
        return Math.hypot(b, e);
    }

    /** The bearing of the image's up direction (-y), in degrees clockwise from true north. */
    public double rotationDegrees() {
        double bearing = Math.toDegrees(Math.atan2(-b, -e));
        return bearing < 0 ? bearing + 360 : bearing;
    }

    /** Latitude and longitude of the tangent plane's origin, the GCPs' centroid. */
    public double[] origin() {
        return new double[] { plane.originLat(), plane.originLon() };
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "MapTransform{map=%d, %s from %d GCPs, rms residual %.3f m, max %.3f m (GCP #%d), %.4f m/px, %.2f deg}",
                mapId, kind, gcpCount, rmsResidual, maxResidual, worstGcp, metresPerPixelX(), rotationDegrees());
    }
}
