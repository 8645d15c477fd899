package io.camelnextome.nextome.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import io.camelnextome.nextome.model.GcpDto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Review probes of the transform: poles, GCP order, large pixel offsets, points far outside the GCPs. */
class GeoMathProbeTest {

    private static final double[][] FOUR = { { 0, 0 }, { 2000, 0 }, { 2000, 1000 }, { 0, 1000 } };

    @ParameterizedTest(name = "lat {0}")
    @CsvSource({ "89.999", "-89.999", "89.9999" })
    void nearThePolesTheFitStaysWithinOneCentimetre(double lat) {
        KnownPlacement truth = KnownPlacement.rotated(lat, 40, 0.05, 10);
        assertWithin(truth, MapTransform.fit(1, truth.gcps(FOUR)), 0.01);
        assertWithin(truth, MapTransform.fit(1, truth.gcps(new double[][] { { 0, 0 }, { 2000, 1000 } })), 0.01);
    }

    @Test
    void theOrderOfTheGcpsDoesNotMatter() {
        KnownPlacement truth = new KnownPlacement(45, 7, new double[] { 0.048, 0.012, -0.009, -0.061 });
        List<GcpDto> gcps = truth.gcps(new double[][] { { 0, 0 }, { 1000, 0 }, { 2000, 0 }, { 0, 1000 },
            { 1000, 500 }, { 2000, 1000 } });
        // one noisy GCP, so the least squares is not exact
        gcps.get(2).setLat(gcps.get(2).getLat() + 2e-6);
        MapTransform a = MapTransform.fit(1, gcps);
        List<GcpDto> shuffled = new ArrayList<>(gcps);
        Collections.shuffle(shuffled, new Random(7));
        MapTransform b = MapTransform.fit(1, shuffled);
        for (double[] p : new double[][] { { 0, 0 }, { 1500, 700 }, { -3000, 9000 } }) {
            double[] la = a.toWgs84(p[0], p[1]);
            double[] lb = b.toWgs84(p[0], p[1]);
            assertEquals(0, KnownPlacement.metres(la[1], la[0], lb[1], lb[0]), 1e-4);
        }
        assertEquals(a.rmsResidual(), b.rmsResidual(), 1e-9);
    }

    @Test
    void gcpsFarFromThePixelOriginAreWellConditioned() {
        // a tile of a huge image: pixels around (5e6, 8e6)
        double[][] far = new double[FOUR.length][];
        for (int i = 0; i < FOUR.length; i++) {
            far[i] = new double[] { FOUR[i][0] + 5e6, FOUR[i][1] + 8e6 };
        }
        KnownPlacement truth = new KnownPlacement(41, 16, new double[] { 0.048, 0.012, -0.009, -0.061 });
        MapTransform transform = MapTransform.fit(1, truth.gcps(far));
        double[] lonLat = transform.toWgs84(5e6 + 700, 8e6 + 300);
        double[] expected = truth.latLon(5e6 + 700, 8e6 + 300);
        assertEquals(0, KnownPlacement.metres(expected[0], expected[1], lonLat[1], lonLat[0]), 0.01);
        double[] back = transform.toPixel(lonLat[0], lonLat[1]);
        assertEquals(5e6 + 700, back[0], 1e-4);
        assertEquals(8e6 + 300, back[1], 1e-4);
    }

    @ParameterizedTest(name = "{0} m away")
    @CsvSource({ "500", "56000", "57500", "60000", "200000", "1000000" })
    void pointsFarOutsideTheGcpsRoundTrip(double metres) {
        KnownPlacement truth = KnownPlacement.rotated(45, 7, 0.05, 23);
        MapTransform transform = MapTransform.fit(1, truth.gcps(FOUR));
        double px = metres / 0.05;
        for (double[] p : new double[][] { { px, 0 }, { 0, px }, { -px, -px } }) {
            double[] lonLat = transform.toWgs84(p[0], p[1]);
            double[] back = transform.toPixel(lonLat[0], lonLat[1]);
            assertTrue(Double.isFinite(lonLat[0]) && Double.isFinite(lonLat[1]));
            assertEquals(p[0], back[0], 1e-6 * Math.max(1, px / 1e4));
            assertEquals(p[1], back[1], 1e-6 * Math.max(1, px / 1e4));
        }
    }

    /** Continuity where the series gives way to atan2 (tangent 0.01, about 57-64 km). */
    @Test
    void theSeriesAndAtan2AgreeWhereTheyMeet() {
        KnownPlacement truth = KnownPlacement.rotated(45, 7, 1, 0);
        MapTransform transform = MapTransform.fit(1, truth.gcps(FOUR));
        double[] previous = transform.toWgs84(0, -55000);
        for (double y = -55001; y > -70000; y -= 1) {
            double[] lonLat = transform.toWgs84(0, y);
            double step = KnownPlacement.metres(previous[1], previous[0], lonLat[1], lonLat[0]);
            assertEquals(1, step, 0.01, "at " + y);
            previous = lonLat;
        }
    }

    private static void assertWithin(KnownPlacement truth, MapTransform transform, double metres) {
        for (double x = 0; x <= 2000; x += 250) {
            for (double y = 0; y <= 1000; y += 250) {
                double[] expected = truth.latLon(x, y);
                double[] lonLat = transform.toWgs84(x, y);
                assertEquals(0, KnownPlacement.metres(expected[0], expected[1], lonLat[1], lonLat[0]), metres,
                        "pixel " + x + "," + y + " " + transform);
            }
        }
    }
}
