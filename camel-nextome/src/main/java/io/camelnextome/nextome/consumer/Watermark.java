package io.camelnextome.nextome.consumer;

import java.util.HashSet;
import java.util.Set;

/**
 * How far an incremental stream got: the timestamp of the last delivered record and the keys of the records
 * delivered at exactly that timestamp. A time range that starts at the timestamp (the API's bounds are
 * inclusive) yields those records again, and the keys tell them apart from records not yet delivered.
 */
public final class Watermark {

    private final long timestamp;
    private final Set<String> keysAtTimestamp;

    private Watermark(long timestamp, Set<String> keysAtTimestamp) {
        this.timestamp = timestamp;
        this.keysAtTimestamp = keysAtTimestamp;
    }

    /** Nothing delivered yet: records from {@code timestamp} on are due. */
    public static Watermark startingAt(long timestamp) {
        return new Watermark(timestamp, Set.of());
    }

    public long timestamp() {
        return timestamp;
    }

    /** A cursor that starts at this watermark and moves with the records a poll delivers. */
    public Cursor cursor() {
        return new Cursor(timestamp, new HashSet<>(keysAtTimestamp));
    }

    /**
     * The moving position of one poll. It is mutable so that moving past a record costs one set insert rather than a
     * copy of every key at the timestamp (the positions of many trackables often share one), which made a poll
     * quadratic in the records per timestamp.
     */
    public static final class Cursor {

        private long timestamp;
        private final Set<String> keysAtTimestamp;

        private Cursor(long timestamp, Set<String> keysAtTimestamp) {
            this.timestamp = timestamp;
            this.keysAtTimestamp = keysAtTimestamp;
        }

        public long timestamp() {
            return timestamp;
        }

        /** Whether the record was delivered already (or lies before the stream's position). */
        public boolean covers(long recordTimestamp, String key) {
            return recordTimestamp < timestamp || recordTimestamp == timestamp && keysAtTimestamp.contains(key);
        }

        /** Moves past the delivered record, which must not lie before the cursor. */
        public void advance(long recordTimestamp, String key) {
            if (recordTimestamp != timestamp) {
                timestamp = recordTimestamp;
                keysAtTimestamp.clear();
            }
            keysAtTimestamp.add(key);
        }

        /** The watermark at the cursor, to save. */
        public Watermark watermark() {
            return new Watermark(timestamp, Set.copyOf(keysAtTimestamp));
        }
    }

    /** {@code timestamp} or {@code timestamp:key,key}; keys never contain ':' or ','. */
    public String encode() {
        return keysAtTimestamp.isEmpty() ? Long.toString(timestamp)
                : timestamp + ":" + String.join(",", keysAtTimestamp);
    }

    public static Watermark decode(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return startingAt(Long.parseLong(text));
        }
        return new Watermark(Long.parseLong(text.substring(0, colon)), Set.of(text.substring(colon + 1).split(",")));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Watermark w && w.timestamp == timestamp && w.keysAtTimestamp.equals(keysAtTimestamp);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(timestamp) * 31 + keysAtTimestamp.hashCode();
    }

    @Override
    public String toString() {
        return "Watermark[" + timestamp + ", " + keysAtTimestamp.size() + " record(s) at it]";
    }
}
