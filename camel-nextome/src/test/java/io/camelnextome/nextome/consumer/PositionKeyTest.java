package io.camelnextome.nextome.consumer;

import java.util.List;

import io.camelnextome.nextome.model.LocationDto;
import io.camelnextome.nextome.model.LocationProviderDto;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The key of a position is saved with the watermark and under {@code <stateKey>.late}: a new build must compute the
 * same key for the same position, or a restarted stream delivers the records at its watermark again. The expected
 * values are those the String concatenation of the earlier builds gave.
 */
class PositionKeyTest {

    private final TimeSeries positions = TimeSeries.of("locations/positions", null);

    @Test
    void theKeyIsTheOneEarlierBuildsSaved() {
        List<LocationDto> records = List.of(
                position("t-1", 7L, 2L, 12.5, 3.0, 1_700_000_000_123L),
                position("t-2", null, 2L, -0.0, -17.25, 1_700_000_000_000L),
                position(null, 7L, null, 1.0E-7, 123456789.125, -1L),
                position("t-\u00e9|x", 7L, 2L, null, null, null),
                position("t-3", 7L, 2L, Double.NaN, 0.1 + 0.2, 0L));
        for (LocationDto record : records) {
            assertEquals(earlierKey(record), positions.key(record), () -> "key of " + record);
        }
    }

    @Test
    void aPositionWithoutProviderHasAKeyToo() {
        LocationDto record = position("t-1", null, 2L, 1.5, 2.5, 10L);
        record.setProvider(null);
        assertEquals(earlierKey(record), positions.key(record));
    }

    /** The key as b5b3a62 computed it: the FNV-1a hash of the fields joined by String concatenation. */
    private static String earlierKey(LocationDto position) {
        LocationProviderDto provider = position.getProvider();
        String identity = position.getTrackable() + '|' + (provider == null ? null : provider.getId()) + '|'
                          + position.getMap() + '|' + position.getX() + '|' + position.getY() + '|'
                          + position.getTimestampGenerated();
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < identity.length(); i++) {
            hash ^= identity.charAt(i);
            hash *= 0x100000001b3L;
        }
        return Long.toHexString(hash);
    }

    private static LocationDto position(String trackable, Long providerId, Long map, Double x, Double y, Long at) {
        LocationDto position = new LocationDto();
        LocationProviderDto provider = new LocationProviderDto();
        provider.setId(providerId);
        position.setProvider(provider);
        position.setTrackable(trackable);
        position.setMap(map);
        position.setX(x);
        position.setY(y);
        position.setTimestampGenerated(at);
        return position;
    }
}
