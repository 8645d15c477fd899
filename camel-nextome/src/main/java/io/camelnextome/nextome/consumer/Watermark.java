package io.camelnextome.nextome.consumer;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * How far an incremental stream got. {@code timestamp} is where the next live read starts: every record before it
 * was read, and the keys kept at exactly {@code timestamp} are the records delivered there already (the API's time
 * bounds are inclusive, so a read from the timestamp yields them again). With a lateness bound the watermark also
 * keeps the keys of every record delivered from {@code lateFrom} on, so that the lateness sweep can tell a record
 * that arrived late from one delivered before; {@code lateFrom} is {@link #NO_SWEEP} without one.
 */
public final class Watermark {

    /** {@code lateFrom} of a stream without a lateness sweep. */
    public static final long NO_SWEEP = Long.MIN_VALUE;

    private final long timestamp;
    private final long lateFrom;
    /** Delivered keys by record timestamp; never empty sets; nothing before lateFrom (or timestamp without it). */
    private final NavigableMap<Long, Set<String>> keys;

    private Watermark(long timestamp, long lateFrom, NavigableMap<Long, Set<String>> keys) {
        this.timestamp = timestamp;
        this.lateFrom = lateFrom;
        this.keys = keys;
    }

    /** Nothing delivered yet: records from {@code timestamp} on are due. */
    public static Watermark startingAt(long timestamp) {
        return new Watermark(timestamp, NO_SWEEP, Collections.emptyNavigableMap());
    }

    public long timestamp() {
        return timestamp;
    }

    /** A cursor that starts at this watermark and moves with the records a poll delivers. */
    public Cursor cursor() {
        NavigableMap<Long, Set<String>> copy = new TreeMap<>();
        keys.forEach((at, set) -> copy.put(at, new HashSet<>(set)));
        return new Cursor(timestamp, lateFrom, copy);
    }

    /**
     * The moving position of one poll. It is mutable so that moving past a record costs one set insert rather than a
     * copy of every key at the timestamp (the positions of many trackables often share one).
     */
    public static final class Cursor {

        private long timestamp;
        private long lateFrom;
        private final NavigableMap<Long, Set<String>> keys;

        private Cursor(long timestamp, long lateFrom, NavigableMap<Long, Set<String>> keys) {
            this.timestamp = timestamp;
            this.lateFrom = lateFrom;
            this.keys = keys;
        }

        public long timestamp() {
            return timestamp;
        }

        public long lateFrom() {
            return lateFrom;
        }

        /** Whether the record was delivered already. */
        public boolean delivered(long recordTimestamp, String key) {
            Set<String> at = keys.get(recordTimestamp);
            return at != null && at.contains(key);
        }

        /** Whether the live stream is past the record: delivered, or before the live position. */
        public boolean covers(long recordTimestamp, String key) {
            return recordTimestamp < timestamp || delivered(recordTimestamp, key);
        }

        /** Moves the live position onto a delivered record, which must not lie before it. */
        public void advance(long recordTimestamp, String key) {
            timestamp = recordTimestamp;
            remember(recordTimestamp, key);
            forgetBefore(lateFrom == NO_SWEEP ? timestamp : lateFrom);
        }

        /**
         * Every record up to {@code windowEnd} was read and delivered: the live stream continues from it, past the
         * keys delivered at exactly that moment.
         */
        public void readUpTo(long windowEnd) {
            if (windowEnd > timestamp) {
                timestamp = windowEnd;
                forgetBefore(lateFrom == NO_SWEEP ? timestamp : lateFrom);
            }
        }

        /** Records a key below the live position: one delivered by the lateness sweep. */
        public void remember(long recordTimestamp, String key) {
            keys.computeIfAbsent(recordTimestamp, at -> new HashSet<>()).add(key);
        }

        /** Turns the lateness sweep on from {@code from} (when it was off), or moves its lower bound up. */
        public void sweepFrom(long from) {
            if (from > lateFrom) {
                lateFrom = from;
                forgetBefore(from);
            }
        }

        /** Turns the lateness sweep off: only the keys at the live position are kept. */
        public void stopSweeping() {
            lateFrom = NO_SWEEP;
            forgetBefore(timestamp);
        }

        private void forgetBefore(long from) {
            keys.headMap(from, false).clear();
        }

        /** How many keys the cursor keeps (the memory a lateness window costs). */
        public int keyCount() {
            return keys.values().stream().mapToInt(Set::size).sum();
        }

        /** The watermark at the cursor, to save. */
        public Watermark watermark() {
            NavigableMap<Long, Set<String>> copy = new TreeMap<>();
            keys.forEach((at, set) -> copy.put(at, Set.copyOf(set)));
            return new Watermark(timestamp, lateFrom, Collections.unmodifiableNavigableMap(copy));
        }
    }

    /**
     * {@code timestamp}, or {@code timestamp:key,key} with the keys delivered at the timestamp (as saved by earlier
     * versions); with a lateness sweep followed by {@code |lateFrom} and one {@code |offset:key,key} per earlier
     * timestamp, the offset from lateFrom in base 36. Keys never contain ':', ',' or '|'.
     */
    public String encode() {
        StringBuilder text = new StringBuilder().append(timestamp);
        Set<String> atTimestamp = keys.get(timestamp);
        if (atTimestamp != null) {
            text.append(':').append(String.join(",", atTimestamp));
        }
        if (lateFrom != NO_SWEEP) {
            text.append('|').append(lateFrom);
            for (Map.Entry<Long, Set<String>> entry : keys.headMap(timestamp, false).entrySet()) {
                text.append('|').append(Long.toString(entry.getKey() - lateFrom, 36)).append(':')
                        .append(String.join(",", entry.getValue()));
            }
        }
        return text.toString();
    }

    public static Watermark decode(String text) {
        String[] parts = text.split("\\|");
        NavigableMap<Long, Set<String>> keys = new TreeMap<>();
        String head = parts[0];
        int colon = head.indexOf(':');
        long timestamp = Long.parseLong(colon < 0 ? head : head.substring(0, colon));
        if (colon >= 0) {
            keys.put(timestamp, Set.of(head.substring(colon + 1).split(",")));
        }
        long lateFrom = parts.length > 1 ? Long.parseLong(parts[1]) : NO_SWEEP;
        for (int i = 2; i < parts.length; i++) {
            int separator = parts[i].indexOf(':');
            keys.put(lateFrom + Long.parseLong(parts[i].substring(0, separator), 36),
                    Set.of(parts[i].substring(separator + 1).split(",")));
        }
        return new Watermark(timestamp, lateFrom, Collections.unmodifiableNavigableMap(keys));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Watermark w && w.timestamp == timestamp && w.lateFrom == lateFrom
               && w.keys.equals(keys);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(timestamp) * 31 + keys.hashCode();
    }

    @Override
    public String toString() {
        return "Watermark[" + timestamp + ", " + keys.values().stream().mapToInt(Set::size).sum() + " key(s)]";
    }
}
