package io.camelnextome.nextome.geo;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelnextome.nextome.NextomeJson;
import io.camelnextome.nextome.model.FenceDto;
import io.camelnextome.nextome.model.GeometryDto;
import io.camelnextome.nextome.model.LocationDto;
import io.camelnextome.nextome.model.LocationProviderDto;
import io.camelnextome.nextome.model.LocationProviderType;
import io.camelnextome.nextome.model.RoomDto;
import io.camelnextome.nextome.model.RoomShape;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeoJsonTest {

    /** A 2000 x 1000 px map at 5 cm per pixel, turned 23 degrees, in Bari. */
    private static final MapTransform BARI = MapTransform.fit(1, KnownPlacement.rotated(41.1059, 16.8466, 0.05, 23)
            .gcps(new double[][] { { 0, 0 }, { 2000, 0 }, { 2000, 1000 }, { 0, 1000 } }));

    @Test
    void aPositionIsAPointFeatureWithLongitudeFirstAndItsPropertiesNamed() throws Exception {
        JsonNode feature = write(position("T-001", 1000, 500, 1_767_225_600_123L));
        Rfc7946.assertValid(feature);
        JsonNode coordinates = feature.at("/geometry/coordinates");
        double[] expected = BARI.toWgs84(1000, 500);
        assertEquals(GeoJson.round(expected[0]), coordinates.get(0).asDouble());
        assertEquals(GeoJson.round(expected[1]), coordinates.get(1).asDouble());
        assertTrue(coordinates.get(0).asDouble() > 16 && coordinates.get(1).asDouble() > 41, "lon, lat: " + coordinates);
        JsonNode properties = feature.get("properties");
        assertEquals("T-001", properties.get("trackable").asText());
        assertEquals("omlox-uwb-0001", properties.get("provider").asText());
        assertEquals("UWB", properties.get("providerType").asText());
        assertEquals("2026-01-01T00:00:00.123Z", properties.get("timestampGenerated").asText());
        assertEquals(0, properties.get("floor").asInt());
        assertEquals(7, properties.get("room").asLong());
        assertEquals(1000.0, properties.get("x").asDouble());
    }

    @Test
    void aListIsAFeatureCollectionAndMapsFromUnmarshalJsonWorkAlike() throws Exception {
        GeoLocationDto one = position("T-001", 10, 20, 1000L);
        GeoLocationDto two = position("T-002", 30, 40, 2000L);
        JsonNode typed = write(List.of(one, two));
        // what a route gets from unmarshal().json() of enriched positions, with a field this version does not know
        List<?> maps = NextomeJson.MAPPER.readValue(NextomeJson.MAPPER.writeValueAsString(List.of(one, two))
                .replace("\"trackable\"", "\"futureField\":1,\"trackable\""), List.class);
        assertTrue(maps.get(0) instanceof Map<?, ?>);
        JsonNode fromMaps = write(maps);
        assertEquals(typed, fromMaps);
        assertEquals(2, Rfc7946.assertValid(typed).size());
    }

    @Test
    void aPositionWithoutCoordinatesIsAnUnlocatedFeatureAndAPlainOneIsRefused() throws Exception {
        GeoLocationDto unplaced = new GeoLocationDto(new LocationDto(), null, null, null);
        unplaced.setTrackable("T-009");
        JsonNode feature = write(unplaced);
        Rfc7946.assertValid(feature);
        assertTrue(feature.get("geometry").isNull());
        LocationDto plain = new LocationDto();
        plain.setTrackable("T-003");
        plain.setMap(2L);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> GeoJson.of(plain));
        assertTrue(error.getMessage().contains("coordinates=WGS84") && error.getMessage().contains("T-003"),
                error.getMessage());
    }

    @Test
    void polygonRoomsCircleRoomsAndFencesBecomeCounterclockwiseClosedPolygons() throws Exception {
        RoomDto polygon = new RoomDto();
        polygon.setId(1L);
        polygon.setName("Reception");
        polygon.setShape(RoomShape.POLYGON);
        polygon.setMap(1L);
        // clockwise on the screen, without the closing vertex, as the API's vertices may come
        polygon.setVertices("[[100,100],[600,100],[600,450],[100,450]]");
        RoomDto circle = new RoomDto();
        circle.setId(2L);
        circle.setShape(RoomShape.CIRCLE);
        circle.setMap(1L);
        circle.setGeometry("POINT (1000 500)");
        circle.setRadius(100.0);
        FenceDto round = fence("F-1", "Point", "[1500, 300]", 60);
        FenceDto square = fence("F-2", "Polygon", "[[[50,50],[50,950],[950,950],[950,50],[50,50]]]", 0);

        JsonNode collection = write(List.of(room(polygon), room(circle), fence(round), fence(square)));
        List<JsonNode> features = Rfc7946.assertValid(collection);
        assertEquals(4, features.size());
        // 500 x 350 px at 5 cm: 437.5 m2; a 100 px (5 m) circle: 78.5 m2 (64 sides: 0.2 % less); within 0.1 %,
        // the accuracy of the degrees-to-metres factors below
        assertEquals(437.5, squareMetres(features.get(0)), 0.5);
        assertEquals(Math.PI * 25, squareMetres(features.get(1)), 0.3);
        assertEquals(65, features.get(1).at("/geometry/coordinates/0").size());
        assertEquals(Math.PI * 9, squareMetres(features.get(2)), 0.2);
        assertEquals(45 * 45, squareMetres(features.get(3)), 2);
        assertEquals("room", features.get(0).at("/properties/kind").asText());
        assertEquals("Reception", features.get(0).at("/properties/name").asText());
        assertEquals("fence", features.get(2).at("/properties/kind").asText());
        assertEquals("F-1", features.get(2).at("/properties/id").asText());
    }

    @Test
    void aRegionWithoutCoordinatesHasNoBoundary() {
        FenceDto bare = new FenceDto();
        GeometryDto region = new GeometryDto();
        region.setType("Polygon");
        bare.setRegion(region);
        assertNull(Shapes.fence(bare));
    }

    @Test
    void tracksAreOneLineStringPerTrackableInTimeOrder() throws Exception {
        List<GeoLocationDto> positions = List.of(position("T-001", 300, 300, 3000L), position("T-002", 10, 10, 1000L),
                position("T-001", 100, 100, 1000L), position("T-001", 200, 200, 2000L));
        JsonNode tracks = NextomeJson.MAPPER.readTree(NextomeJson.MAPPER.writeValueAsString(GeoJson.tracks(positions)));
        List<JsonNode> features = Rfc7946.assertValid(tracks);
        assertEquals(2, features.size());
        JsonNode line = features.get(0);
        assertEquals("LineString", line.at("/geometry/type").asText());
        assertEquals(3, line.at("/geometry/coordinates").size());
        assertEquals(GeoJson.round(BARI.toWgs84(100, 100)[0]), line.at("/geometry/coordinates/0/0").asDouble());
        assertEquals("1970-01-01T00:00:01.000Z", line.at("/properties/start").asText());
        assertEquals("1970-01-01T00:00:03.000Z", line.at("/properties/end").asText());
        assertEquals("Point", features.get(1).at("/geometry/type").asText());
    }

    private static double squareMetres(JsonNode polygon) {
        JsonNode ring = polygon.at("/geometry/coordinates/0");
        double lat = Math.toRadians(ring.get(0).get(1).asDouble());
        // degrees to metres near the ring: enough for a building-sized area
        double perLat = 111132.954 - 559.822 * Math.cos(2 * lat);
        double perLon = 111412.84 * Math.cos(lat);
        return Rfc7946.signedArea(ring) * perLat * perLon;
    }

    private static GeoRoomDto room(RoomDto room) {
        GeoRoomDto geo = NextomeJson.MAPPER.convertValue(room, GeoRoomDto.class);
        geo.setBoundary(Shapes.toWgs84(Shapes.room(room), BARI));
        geo.setFloor(0);
        return geo;
    }

    private static GeoFenceDto fence(FenceDto fence) {
        GeoFenceDto geo = NextomeJson.MAPPER.convertValue(fence, GeoFenceDto.class);
        geo.setBoundary(Shapes.toWgs84(Shapes.fence(fence), BARI));
        return geo;
    }

    private static FenceDto fence(String id, String type, String coordinates, int radius) throws Exception {
        FenceDto fence = new FenceDto();
        fence.setId(id);
        fence.setMap(1L);
        fence.setRadius(radius);
        GeometryDto region = new GeometryDto();
        region.setType(type);
        region.setCoordinates(NextomeJson.MAPPER.readTree(coordinates));
        fence.setRegion(region);
        return fence;
    }

    static GeoLocationDto position(String trackable, double x, double y, long timestamp) {
        LocationDto position = new LocationDto();
        LocationProviderDto provider = new LocationProviderDto();
        provider.setId(1L);
        provider.setUuid("omlox-uwb-0001");
        provider.setType(LocationProviderType.UWB);
        position.setProvider(provider);
        position.setTrackable(trackable);
        position.setMap(1L);
        position.setRoom(7L);
        position.setX(x);
        position.setY(y);
        position.setTimestampGenerated(timestamp);
        position.setTimestampSent(timestamp + 5);
        double[] lonLat = BARI.toWgs84(x, y);
        return new GeoLocationDto(position, lonLat[1], lonLat[0], 0);
    }

    private static JsonNode write(Object body) throws Exception {
        return NextomeJson.MAPPER.readTree(NextomeJson.MAPPER.writeValueAsString(GeoJson.of(body)));
    }
}
