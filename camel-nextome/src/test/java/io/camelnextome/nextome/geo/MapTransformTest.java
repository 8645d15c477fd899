package io.camelnextome.nextome.geo;

import java.util.List;
import java.util.Random;

import io.camelnextome.nextome.model.GcpDto;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MapTransformTest {

    /** A 2000 x 1000 px map: its corners, the middle of its edges and its centre. */
    private static final double[][] NINE = {
        { 0, 0 }, { 1000, 0 }, { 2000, 0 }, { 0, 500 }, { 1000, 500 }, { 2000, 500 }, { 0, 1000 }, { 1000, 1000 },
        { 2000, 1000 } };
    private static final double[][] FOUR = { { 0, 0 }, { 2000, 0 }, { 2000, 1000 }, { 0, 1000 } };

    @ParameterizedTest(name = "lat {0}, lon {1}, bearing {2}")
    @CsvSource({ "0, 10, 0", "45, 7.5, 30", "70, -20, 200", "41.1171, 16.8719, 23", "-33.9, 151.2, 310",
        "-16.8, 179.9995, 90" })
    void similarityPlacementsAreReproducedWithinOneCentimetre(double lat, double lon, double bearing) {
        KnownPlacement truth = KnownPlacement.rotated(lat, lon, 0.05, bearing);
        assertWithinOneCentimetre(truth, MapTransform.fit(1, truth.gcps(FOUR)));
        MapTransform two = MapTransform.fit(1, truth.gcps(new double[][] { { 0, 0 }, { 2000, 1000 } }));
        assertEquals(MapTransform.Kind.SIMILARITY, two.kind());
        assertWithinOneCentimetre(truth, two);
        // north at the GCPs' centroid differs from north at the corner by the meridians' convergence over 50 m
        double turn = Math.abs(two.rotationDegrees() - bearing);
        assertEquals(0, Math.min(turn, 360 - turn), 0.002);
        assertEquals(0.05, two.metresPerPixelX(), 1e-6);
    }

    @ParameterizedTest(name = "lat {0}")
    @CsvSource({ "0", "45", "70" })
    void affinePlacementsWithShearAndUnequalScalesAreReproducedWithinOneCentimetre(double lat) {
        KnownPlacement truth = new KnownPlacement(lat, 3, new double[] { 0.048, 0.012, -0.009, -0.061 });
        MapTransform transform = MapTransform.fit(1, truth.gcps(NINE));
        assertEquals(MapTransform.Kind.AFFINE, transform.kind());
        assertWithinOneCentimetre(truth, transform);
        assertTrue(transform.maxResidual() < 0.001, transform.toString());
    }

    @Test
    void aMapAcrossTheAntimeridianGetsLongitudesOnBothSidesWithinRange() {
        // 100 m wide, its left edge 30 m west of 180 degrees
        KnownPlacement truth = KnownPlacement.rotated(-16.8, 179.99972, 0.05, 0);
        MapTransform transform = MapTransform.fit(1, truth.gcps(FOUR));
        double west = transform.toWgs84(0, 500)[0];
        double east = transform.toWgs84(2000, 500)[0];
        assertTrue(west > 179.9 && west <= 180, "west edge " + west);
        assertTrue(east < -179.9 && east >= -180, "east edge " + east);
        assertWithinOneCentimetre(truth, transform);
    }

    @ParameterizedTest(name = "lat {0}")
    @CsvSource({ "0", "45", "70", "89.99" })
    void pixelToWgs84AndBackIsExactToAMillionthOfAPixel(double lat) {
        KnownPlacement truth = new KnownPlacement(lat, 179.999, new double[] { 0.048, 0.012, -0.009, -0.061 });
        MapTransform transform = MapTransform.fit(1, truth.gcps(NINE));
        Random random = new Random(42);
        for (int i = 0; i < 1000; i++) {
            double x = random.nextDouble() * 4000 - 1000;
            double y = random.nextDouble() * 3000 - 1000;
            double[] lonLat = transform.toWgs84(x, y);
            double[] back = transform.toPixel(lonLat[0], lonLat[1]);
            assertEquals(x, back[0], 1e-6);
            assertEquals(y, back[1], 1e-6);
        }
    }

    @Test
    void aMisplacedGcpShowsAsTheLargestResidualInMetres() {
        KnownPlacement truth = KnownPlacement.rotated(45, 7.5, 0.05, 30);
        List<GcpDto> gcps = truth.gcps(new double[][] { { 0, 0 }, { 2000, 0 }, { 2000, 1000 }, { 0, 1000 },
            { 1000, 500 } });
        assertTrue(MapTransform.fit(1, gcps).maxResidual() < 0.001);
        // GCP #2 clicked 100 px (5 m) off on the map image
        gcps.get(2).setX(1900.0);
        MapTransform transform = MapTransform.fit(1, gcps);
        assertEquals(2, transform.worstGcp());
        assertTrue(transform.maxResidual() > GeoreferenceCache.RESIDUAL_WARNING_METRES, transform.toString());
        assertTrue(transform.maxResidual() > 1.5 && transform.maxResidual() < 5, transform.toString());
    }

    @Test
    void fewerThanTwoGcpsFailNamingTheMap() {
        KnownPlacement truth = KnownPlacement.rotated(45, 7.5, 0.05, 30);
        NextomeGeoException none = assertThrows(NextomeGeoException.class, () -> MapTransform.fit(7, List.of()));
        assertTrue(none.getMessage().startsWith("Map 7 has 0 ground control points"), none.getMessage());
        List<GcpDto> one = truth.gcps(new double[][] { { 0, 0 }, { 10, 10 } });
        one.get(1).setLat(null);
        NextomeGeoException incomplete = assertThrows(NextomeGeoException.class, () -> MapTransform.fit(7, one));
        assertTrue(incomplete.getMessage().startsWith("Map 7 has 1 ground control point with"),
                incomplete.getMessage());
    }

    @Test
    void gcpsOnOneLineFailNamingTheMap() {
        KnownPlacement truth = KnownPlacement.rotated(45, 7.5, 0.05, 30);
        List<GcpDto> line = truth.gcps(new double[][] { { 0, 0 }, { 100, 100 }, { 200, 200 } });
        NextomeGeoException error = assertThrows(NextomeGeoException.class, () -> MapTransform.fit(3, line));
        assertTrue(error.getMessage().startsWith("The ground control points of map 3 do not span"), error.getMessage());
    }

    private static void assertWithinOneCentimetre(KnownPlacement truth, MapTransform transform) {
        double worst = 0;
        for (int x = -200; x <= 2200; x += 100) {
            for (int y = -200; y <= 1200; y += 100) {
                double[] expected = truth.latLon(x, y);
                double[] lonLat = transform.toWgs84(x, y);
                worst = Math.max(worst, KnownPlacement.metres(expected[0], expected[1], lonLat[1], lonLat[0]));
            }
        }
        assertTrue(worst < 0.01, "worst error " + worst + " m for " + transform);
    }
}
