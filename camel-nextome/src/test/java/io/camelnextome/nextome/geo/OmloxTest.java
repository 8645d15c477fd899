package io.camelnextome.nextome.geo;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelnextome.nextome.NextomeJson;
import io.camelnextome.nextome.model.LocationDto;
import io.camelnextome.nextome.model.LocationProviderDto;
import io.camelnextome.nextome.model.LocationProviderType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OmloxTest {

    @Test
    void aPositionIsAnOmloxLocationWithAGeoJsonPointInWgs84() throws Exception {
        GeoLocationDto position = GeoJsonTest.position("T-001", 1000, 500, 1_767_225_600_123L);
        JsonNode location = write(position, "nextome-venue-1");
        assertEquals("Point", location.at("/position/type").asText());
        assertEquals(GeoJson.round(position.getLon()), location.at("/position/coordinates/0").asDouble());
        assertEquals(GeoJson.round(position.getLat()), location.at("/position/coordinates/1").asDouble());
        assertEquals("EPSG:4326", location.get("crs").asText());
        assertEquals("nextome-venue-1", location.get("source").asText());
        assertEquals("uwb", location.get("provider_type").asText());
        assertEquals("omlox-uwb-0001", location.get("provider_id").asText());
        assertEquals("2026-01-01T00:00:00.123Z", location.get("timestamp_generated").asText());
        assertEquals("2026-01-01T00:00:00.128Z", location.get("timestamp_sent").asText());
        assertEquals(0, location.get("floor").asInt());
        assertEquals("T-001", location.at("/properties/trackable").asText());
        // omlox trackables are UUIDs: a Nextome id that is none stays in the properties only
        assertFalse(location.has("trackables"));
    }

    @Test
    void anIBeaconIsNamedByUuidMajorMinorAndAUuidTrackableIsListed() throws Exception {
        GeoLocationDto position = GeoJsonTest.position("9b59961e-2a6a-4712-86e7-aba5a3e8be1f", 1, 2, 1000L);
        LocationProviderDto beacon = new LocationProviderDto();
        beacon.setUuid("f7826da6-4fa2-4e98-8024-bc5b71e0893e");
        beacon.setMajor(1);
        beacon.setMinor(7);
        beacon.setType(LocationProviderType.IBEACON);
        position.setProvider(beacon);
        JsonNode array = write(List.of(position, GeoJsonTest.position("T-2", 3, 4, 2000L)), "nextome");
        assertEquals(2, array.size());
        assertEquals("ibeacon", array.get(0).get("provider_type").asText());
        assertEquals("f7826da6-4fa2-4e98-8024-bc5b71e0893e:1:7", array.get(0).get("provider_id").asText());
        assertEquals("9b59961e-2a6a-4712-86e7-aba5a3e8be1f", array.get(0).at("/trackables/0").asText());
    }

    @Test
    void anAoaProviderHasTheUnknownTypeAndAPlainPositionIsRefused() throws Exception {
        GeoLocationDto position = GeoJsonTest.position("T-3", 1, 2, 1000L);
        position.getProvider().setType(LocationProviderType.AOA);
        assertEquals("unknown", write(position, "nextome").get("provider_type").asText());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Omlox.of(new LocationDto(), "nextome"));
        assertTrue(error.getMessage().contains("coordinates=WGS84"), error.getMessage());
    }

    private static JsonNode write(Object body, String source) throws Exception {
        return NextomeJson.MAPPER.readTree(NextomeJson.MAPPER.writeValueAsString(Omlox.of(body, source)));
    }
}
