package io.camelnextome.nextome.consumer;

import java.util.List;

import io.camelnextome.nextome.model.LocationDto;
import io.camelnextome.nextome.model.LocationProviderDto;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * A window keeps a position's key as a number and orders by it without making the text: in the same order as
     * the text, so that records of one timestamp are delivered in the order earlier builds delivered them.
     */
    @Test
    void theWindowOrdersKeysAsTheirText() {
        java.util.Random random = new java.util.Random(13);
        List<Long> keys = new java.util.ArrayList<>(List.of(0L, 1L, 0xfL, 0x10L, 0x1L << 60, -1L, Long.MIN_VALUE,
                Long.MAX_VALUE, 0x100L, 0xf0L, 0x1000000000000000L, 0x0fffffffffffffffL, 0x2L, 0x20L));
        for (int i = 0; i < 2_000; i++) {
            keys.add(random.nextLong() >>> random.nextInt(64));
        }
        for (long a : keys) {
            for (long b : keys.subList(0, 200)) {
                assertEquals(Integer.signum(Long.toHexString(a).compareTo(Long.toHexString(b))),
                        Integer.signum(WindowReader.Entry.compareHex(a, b)), () -> Long.toHexString(a) + " vs "
                                                                                    + Long.toHexString(b));
            }
        }
    }

    /**
     * A watermark that an earlier build saved in the middle of a timestamp (the keys of the positions delivered
     * there) is read by this one: those positions count as delivered, the others at that timestamp do not, and the
     * watermark is saved again in the same text.
     */
    @Test
    void aWatermarkSavedByEarlierBuildsIsReadAndSavedTheSame() {
        long at = 1_700_000_000_100L;
        LocationDto delivered = position("t-1", 7L, 2L, 12.5, 3.0, at);
        LocationDto next = position("t-2", 7L, 2L, 1.0E-7, 0.1 + 0.2, at);
        String saved = at + ":" + earlierKey(delivered);
        Watermark.Cursor cursor = Watermark.decode(saved).cursor(null);
        assertTrue(cursor.covers(positions.entry(delivered, at)));
        assertFalse(cursor.covers(positions.entry(next, at)));
        assertEquals(saved, cursor.watermark().encode());

        cursor.advance(positions.entry(next, at));
        assertEquals(Watermark.decode(at + ":" + earlierKey(delivered) + "," + earlierKey(next)), cursor.watermark());
        LocationDto later = position("t-1", 7L, 2L, 12.75, 3.0, at + 100);
        cursor.advance(positions.entry(later, at + 100));
        assertEquals((at + 100) + ":" + earlierKey(later), cursor.watermark().encode());
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
