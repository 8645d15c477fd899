package io.camelnextome.nextome.geo;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;

import io.camelnextome.nextome.NextomeJson;
import io.camelnextome.nextome.model.LocationDto;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class GeoLocationDtoTest {

    /** Fails when LocationDto gains a field that the enriching copy does not carry over. */
    @Test
    void theCopyCarriesEveryPropertyOfTheApiPosition() throws Exception {
        String json = """
                {"provider":{"id":3,"type":"UWB"},"trackable":"T-1","timestampGenerated":1,"timestampSent":2,
                 "crs":0,"room":4,"map":5,"x":6.5,"y":7.5,"positionLabel":"L","createdAt":8,"rawX":9.5,"rawY":10.5}""";
        LocationDto position = NextomeJson.MAPPER.readValue(json, LocationDto.class);
        GeoLocationDto copy = new GeoLocationDto(position, 41.0, 16.0, 2);
        for (PropertyDescriptor property : Introspector.getBeanInfo(LocationDto.class, Object.class)
                .getPropertyDescriptors()) {
            Object value = property.getReadMethod().invoke(position);
            assertNotNull(value, "the sample sets " + property.getName());
            assertEquals(value, property.getReadMethod().invoke(copy), property.getName());
        }
        assertEquals(41.0, copy.getLat());
        assertEquals(16.0, copy.getLon());
        assertEquals(2, copy.getFloor());
    }
}
