package io.camelnextome.nextome.geo;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks a GeoJSON document against the rules of RFC 7946 that a writer can break: object types and members,
 * positions as [longitude, latitude] within range, linear rings closed with 4 positions or more, exterior rings
 * counterclockwise and holes clockwise (the right-hand rule), and no more than 7 decimals.
 */
public final class Rfc7946 {

    private Rfc7946() {
    }

    /** The features of a valid Feature or FeatureCollection. */
    public static List<JsonNode> assertValid(JsonNode geojson) {
        List<JsonNode> features = new ArrayList<>();
        switch (geojson.path("type").asText()) {
            case "FeatureCollection" -> {
                assertTrue(geojson.path("features").isArray(), "a FeatureCollection has a features array");
                geojson.get("features").forEach(feature -> features.add(assertFeature(feature)));
            }
            case "Feature" -> features.add(assertFeature(geojson));
            default -> fail("not a Feature or FeatureCollection: " + geojson);
        }
        return features;
    }

    private static JsonNode assertFeature(JsonNode feature) {
        assertEquals("Feature", feature.path("type").asText(), feature.toString());
        assertTrue(feature.has("geometry"), "a Feature has a geometry member (null when unlocated)");
        assertTrue(feature.path("properties").isObject() || feature.path("properties").isNull(), feature.toString());
        JsonNode geometry = feature.get("geometry");
        if (geometry.isNull()) {
            return feature;
        }
        JsonNode coordinates = geometry.path("coordinates");
        switch (geometry.path("type").asText()) {
            case "Point" -> assertPosition(coordinates);
            case "LineString" -> {
                assertTrue(coordinates.size() >= 2, "a LineString has 2 positions or more");
                coordinates.forEach(Rfc7946::assertPosition);
            }
            case "Polygon" -> {
                assertTrue(coordinates.size() >= 1, "a Polygon has an exterior ring");
                for (int i = 0; i < coordinates.size(); i++) {
                    assertRing(coordinates.get(i), i == 0);
                }
            }
            default -> fail("unexpected geometry " + geometry);
        }
        return feature;
    }

    private static void assertRing(JsonNode ring, boolean exterior) {
        assertTrue(ring.size() >= 4, "a linear ring has 4 positions or more: " + ring);
        ring.forEach(Rfc7946::assertPosition);
        assertEquals(ring.get(0), ring.get(ring.size() - 1), "a linear ring is closed: " + ring);
        double area = signedArea(ring);
        assertTrue(exterior ? area > 0 : area < 0,
                (exterior ? "an exterior ring is counterclockwise: " : "a hole is clockwise: ") + ring);
    }

    /** The shoelace formula in degrees; positive for counterclockwise with x = longitude, y = latitude. */
    static double signedArea(JsonNode ring) {
        double sum = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            sum += ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
                   - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
        }
        return sum / 2;
    }

    private static void assertPosition(JsonNode position) {
        assertTrue(position.isArray() && position.size() >= 2 && position.size() <= 3, "a position: " + position);
        double lon = position.get(0).asDouble();
        double lat = position.get(1).asDouble();
        assertTrue(lon >= -180 && lon <= 180, "longitude first, within [-180, 180]: " + position);
        assertTrue(lat >= -90 && lat <= 90, "latitude second, within [-90, 90]: " + position);
        for (JsonNode number : position) {
            String text = number.asText();
            int dot = text.indexOf('.');
            assertTrue(number.isNumber() && (dot < 0 || text.length() - dot - 1 <= 7) && !text.contains("E"),
                    "at most 7 decimals (about 1 cm): " + position);
        }
    }
}
