package io.camelnextome.nextome.consumer;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * How far an incremental stream got. {@code timestamp} is where the next live read starts: every record before it
 * was read, and the keys kept at exactly {@code timestamp} are the records delivered there already (the API's time
 * bounds are inclusive, so a read from the timestamp yields them again). With a lateness bound, {@code lateFrom} is
 * where the sweep's window starts ({@link #NO_SWEEP} without one); the keys the sweep needs are kept apart, in
 * {@link LateKeys}, and saved less often, so that this watermark, saved after every window, stays small.
 */
public final class Watermark {

    /** {@code lateFrom} of a stream without a lateness sweep. */
    public static final long NO_SWEEP = Long.MIN_VALUE;

    private final long timestamp;
    private final long lateFrom;
    private final Set<String> atTimestamp;
    /** Keys before the timestamp, only as earlier versions saved them in this text: they seed the sweep's keys. */
    private final NavigableMap<Long, Set<String>> earlier;

    private Watermark(long timestamp, long lateFrom, Set<String> atTimestamp, NavigableMap<Long, Set<String>> earlier) {
        this.timestamp = timestamp;
        this.lateFrom = lateFrom;
        this.atTimestamp = atTimestamp;
        this.earlier = earlier;
    }

    /** Nothing delivered yet: records from {@code timestamp} on are due. */
    public static Watermark startingAt(long timestamp) {
        return new Watermark(timestamp, NO_SWEEP, Set.of(), Collections.emptyNavigableMap());
    }

    public long timestamp() {
        return timestamp;
    }

    long lateFrom() {
        return lateFrom;
    }

    /** Whether this is an earlier version's encoding that holds the sweep's keys itself. */
    boolean carriesEarlierKeys() {
        return !earlier.isEmpty();
    }

    /** Adds the keys this watermark holds (at its timestamp, and earlier ones of an old encoding) to the sweep's. */
    void addKeysTo(LateKeys late) {
        earlier.forEach((at, keys) -> keys.forEach(key -> late.add(at, key)));
        atTimestamp.forEach(key -> late.add(timestamp, key));
    }

    /**
     * A cursor that starts at this watermark and moves with the records a poll delivers; {@code late} is the
     * sweep's key set, which the cursor adds the delivered records to (null without a sweep).
     */
    Cursor cursor(LateKeys late) {
        return new Cursor(timestamp, lateFrom, new HashSet<>(atTimestamp), late);
    }

    /**
     * The moving position of one poll. It is mutable so that moving past a record costs one set insert rather than a
     * copy of every key at the timestamp (the positions of many trackables often share one).
     */
    static final class Cursor {

        private long timestamp;
        private long lateFrom;
        private final Set<String> atTimestamp;
        /**
         * The hashed keys of records delivered at the timestamp that are not in {@link #atTimestamp} yet: their text
         * is made only when the keys at the timestamp are looked up or saved, which most records passed do not live
         * to see. Numbers, not the entries, so that a burst at one timestamp holds none of its records.
         */
        private long[] pending = new long[16];
        private int pendingCount;
        private LateKeys late;

        private Cursor(long timestamp, long lateFrom, Set<String> atTimestamp, LateKeys late) {
            this.timestamp = timestamp;
            this.lateFrom = lateFrom;
            this.atTimestamp = atTimestamp;
            this.late = late;
        }

        long timestamp() {
            return timestamp;
        }

        long lateFrom() {
            return lateFrom;
        }

        /** Whether the record was delivered already (live at the timestamp, or within the sweep's window). */
        boolean delivered(long recordTimestamp, String key) {
            return recordTimestamp == timestamp && keysAtTimestamp().contains(key)
                   || late != null && late.contains(recordTimestamp, key);
        }

        /** Whether the live stream is past the record: delivered, or before the live position. */
        boolean covers(WindowReader.Entry record) {
            return record.timestamp() < timestamp
                   || record.timestamp() == timestamp && keysAtTimestamp().contains(record.key());
        }

        /** Moves the live position onto a delivered record, which must not lie before it. */
        void advance(long recordTimestamp, String key) {
            moveTo(recordTimestamp);
            atTimestamp.add(key);
            remember(recordTimestamp, key);
        }

        /** {@link #advance(long, String)}, the key's text made only once needed (at once with a sweep). */
        void advance(WindowReader.Entry record) {
            if (late != null || !record.hashed()) {
                advance(record.timestamp(), record.key());
            } else {
                moveTo(record.timestamp());
                if (pendingCount == pending.length) {
                    pending = Arrays.copyOf(pending, pendingCount * 2);
                }
                pending[pendingCount++] = record.hash();
            }
        }

        private void moveTo(long recordTimestamp) {
            if (recordTimestamp > timestamp) {
                timestamp = recordTimestamp;
                atTimestamp.clear();
                pendingCount = 0;
            }
        }

        private Set<String> keysAtTimestamp() {
            for (int i = 0; i < pendingCount; i++) {
                atTimestamp.add(WindowReader.Entry.hexKey(pending[i]));
            }
            pendingCount = 0;
            return atTimestamp;
        }

        /**
         * Every record up to {@code windowEnd} was read and delivered: the live stream continues from it, past the
         * keys delivered at exactly that moment.
         */
        void readUpTo(long windowEnd) {
            moveTo(windowEnd);
        }

        /** Records a delivered key for the sweep. */
        void remember(long recordTimestamp, String key) {
            if (late != null) {
                late.add(recordTimestamp, key);
            }
        }

        /** Turns the lateness sweep on from {@code from} (when it was off), or moves its lower bound up. */
        void sweepFrom(long from, LateKeys keys) {
            late = keys;
            if (from > lateFrom) {
                lateFrom = from;
                late.forgetBefore(from);
            }
        }

        /** Turns the lateness sweep off: only the keys at the live position are kept. */
        void stopSweeping() {
            lateFrom = NO_SWEEP;
            late = null;
        }

        /** The watermark at the cursor, to save. */
        Watermark watermark() {
            return new Watermark(timestamp, lateFrom, Set.copyOf(keysAtTimestamp()), Collections.emptyNavigableMap());
        }
    }

    /**
     * {@code timestamp}, or {@code timestamp:key,key} with the keys delivered at the timestamp, then with a lateness
     * sweep {@code |lateFrom}. Earlier versions followed it with one {@code |offset:key,key} per earlier timestamp
     * (the offset from lateFrom in base 36); these are still read. Keys never contain ':', ',' or '|'.
     */
    public String encode() {
        StringBuilder text = new StringBuilder().append(timestamp);
        if (!atTimestamp.isEmpty()) {
            text.append(':').append(String.join(",", atTimestamp));
        }
        if (lateFrom != NO_SWEEP) {
            text.append('|').append(lateFrom);
        }
        return text.toString();
    }

    public static Watermark decode(String text) {
        String[] parts = text.split("\\|");
        String head = parts[0];
        int colon = head.indexOf(':');
        long timestamp = Long.parseLong(colon < 0 ? head : head.substring(0, colon));
        Set<String> atTimestamp = colon < 0 ? Set.of() : Set.of(head.substring(colon + 1).split(","));
        long lateFrom = parts.length > 1 ? Long.parseLong(parts[1]) : NO_SWEEP;
        NavigableMap<Long, Set<String>> earlier = new TreeMap<>();
        for (int i = 2; i < parts.length; i++) {
            int separator = parts[i].indexOf(':');
            earlier.put(lateFrom + Long.parseLong(parts[i].substring(0, separator), 36),
                    Set.of(parts[i].substring(separator + 1).split(",")));
        }
        return new Watermark(timestamp, lateFrom, atTimestamp, Collections.unmodifiableNavigableMap(earlier));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Watermark w && w.timestamp == timestamp && w.lateFrom == lateFrom
               && w.atTimestamp.equals(atTimestamp) && w.earlier.equals(earlier);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(timestamp) * 31 + atTimestamp.hashCode();
    }

    @Override
    public String toString() {
        return "Watermark[" + timestamp + ", " + atTimestamp.size() + " key(s)]";
    }
}
