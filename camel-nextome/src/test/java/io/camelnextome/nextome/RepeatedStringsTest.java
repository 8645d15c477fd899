package io.camelnextome.nextome;

import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import io.camelnextome.nextome.model.LocationDto;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A page of positions read by the component's JSON binding keeps every string value exactly, while the values
 * repeated from record to record are one String (the memory an incremental consumer's window holds).
 */
class RepeatedStringsTest {

    private static final String LONG = "a label longer than sixty-four characters, which is read without the cache";

    @Test
    void repeatedValuesAreSharedAndEveryValueIsReadExactly() throws Exception {
        // "Aa" and "BB" have the same hash, so they meet in one slot of the cache
        String page = "[" + position("Aa", "Corridor") + "," + position("BB", "Corridor") + ","
                      + position("Aa", "Caf\\u00e9 \\\"North\\\"") + "," + position("BB", LONG) + ","
                      + "{\"trackable\":42,\"positionLabel\":null}]";

        List<LocationDto> positions = NextomeJson.MAPPER.readValue(page, new TypeReference<List<LocationDto>>() {
        });

        assertEquals(List.of("Aa", "BB", "Aa", "BB", "42"), positions.stream().map(LocationDto::getTrackable).toList());
        assertEquals("Café \"North\"", positions.get(2).getPositionLabel());
        assertEquals(LONG, positions.get(3).getPositionLabel());
        assertNull(positions.get(4).getPositionLabel());
        assertEquals("Tag Aa", positions.get(2).getProvider().getName());
        assertSame(positions.get(0).getPositionLabel(), positions.get(1).getPositionLabel());
        assertSame(positions.get(0).getProvider().getUuid(), positions.get(3).getProvider().getUuid());
    }

    private static String position(String trackable, String label) {
        return "{\"provider\":{\"id\":1,\"uuid\":\"f7826da6-4fa2-4e98-8024-bc5b71e0893e\",\"name\":\"Tag " + trackable
               + "\",\"label\":\"" + trackable + "\"},\"trackable\":\"" + trackable
               + "\",\"timestampGenerated\":1795953439466,\"x\":1.5,\"y\":2.5,\"positionLabel\":\"" + label + "\"}";
    }
}
