package io.camelnextome.simulator.demo;

/** A closed polyline that trackables walk around at a constant speed. */
public final class LoopPath {

    private final double[] xs;
    private final double[] ys;
    private final double[] cumulative;

    /** @param points x0, y0, x1, y1, ...; the last point joins the first */
    public LoopPath(double... points) {
        int count = points.length / 2;
        xs = new double[count + 1];
        ys = new double[count + 1];
        for (int i = 0; i < count; i++) {
            xs[i] = points[2 * i];
            ys[i] = points[2 * i + 1];
        }
        xs[count] = xs[0];
        ys[count] = ys[0];
        cumulative = new double[count + 1];
        for (int i = 1; i <= count; i++) {
            cumulative[i] = cumulative[i - 1] + Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
        }
    }

    public double length() {
        return cumulative[cumulative.length - 1];
    }

    /** The point at this distance along the loop (any distance: it wraps around). */
    public double[] pointAt(double distance) {
        double along = ((distance % length()) + length()) % length();
        int segment = 1;
        while (segment < cumulative.length - 1 && cumulative[segment] < along) {
            segment++;
        }
        double segmentLength = cumulative[segment] - cumulative[segment - 1];
        double fraction = segmentLength == 0 ? 0 : (along - cumulative[segment - 1]) / segmentLength;
        return new double[] {
            xs[segment - 1] + fraction * (xs[segment] - xs[segment - 1]),
            ys[segment - 1] + fraction * (ys[segment] - ys[segment - 1])
        };
    }
}
