package io.camelnextome.nextome.consumer;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.camelnextome.nextome.model.LocationDto;
import io.camelnextome.nextome.model.LocationProviderDto;
import io.camelnextome.nextome.model.PairBooleanListVisitDto;
import io.camelnextome.nextome.model.VisitDto;

/**
 * The paged, time-ranged operations an incremental consumer can stream, and how to read their pages: the
 * records of a page, whether more pages follow, each record's timestamp and a key that identifies it.
 */
public abstract sealed class TimeSeries permits TimeSeries.Positions, TimeSeries.Visits {

    /** The time series of {@code nextome:<operationName>}, or null when the operation is not one. */
    public static TimeSeries of(String operationName, Object timeField) {
        return switch (operationName) {
            case "locations/positions" -> new Positions();
            case "visits/history" -> new Visits(timeField != null
                                                && "END".equals(timeField.toString().toUpperCase(Locale.ROOT)));
            default -> null;
        };
    }

    public abstract List<?> records(Object page);

    /** Adds to a page query what makes the API filter by the timestamp the stream is ordered by. */
    public void completeQuery(Map<String, Object> query) {
    }

    /** Whether another page may hold more records, given a page that had {@code count} of {@code size}. */
    public abstract boolean morePages(Object page, int count, int size);

    /** The record's timestamp, epoch milliseconds; null when the record has none to order it by. */
    public abstract Long timestamp(Object record);

    public abstract String key(Object record);

    /** The record in a window, with its timestamp and key. */
    WindowReader.Entry entry(Object record, Long timestamp) {
        return WindowReader.Entry.keyed(record, timestamp, key(record));
    }

    /** {@code locations/positions}: a list of positions ordered by {@code timestampGenerated}. */
    static final class Positions extends TimeSeries {

        @Override
        public List<?> records(Object page) {
            return page == null ? List.of() : (List<?>) page;
        }

        @Override
        public boolean morePages(Object page, int count, int size) {
            return count >= size;
        }

        @Override
        public Long timestamp(Object record) {
            return ((LocationDto) record).getTimestampGenerated();
        }

        /** The text the key hashes, rebuilt for each record (poll thread only) rather than allocated. */
        private final StringBuilder identity = new StringBuilder(96);

        /**
         * A position has no id: what was measured, by whom, where and when identifies it. The hex text of the
         * hash of {@code trackable|providerId|map|x|y|timestampGenerated}, appended without a String per field.
         */
        @Override
        public String key(Object record) {
            return WindowReader.Entry.hexKey(hash(record));
        }

        /** A window keeps the hash, not its text. */
        @Override
        WindowReader.Entry entry(Object record, Long timestamp) {
            return WindowReader.Entry.hashed(record, timestamp, hash(record));
        }

        private long hash(Object record) {
            LocationDto position = (LocationDto) record;
            LocationProviderDto provider = position.getProvider();
            StringBuilder text = identity;
            text.setLength(0);
            text.append(position.getTrackable()).append('|');
            append(text, provider == null ? null : provider.getId()).append('|');
            append(text, position.getMap()).append('|');
            append(text, position.getX()).append('|');
            append(text, position.getY()).append('|');
            append(text, position.getTimestampGenerated());
            return fnv1a(text);
        }

        private static StringBuilder append(StringBuilder text, Long value) {
            return value == null ? text.append("null") : text.append(value.longValue());
        }

        private static StringBuilder append(StringBuilder text, Double value) {
            return value == null ? text.append("null") : text.append(value.doubleValue());
        }

        private static long fnv1a(CharSequence text) {
            long hash = 0xcbf29ce484222325L;
            for (int i = 0; i < text.length(); i++) {
                hash ^= text.charAt(i);
                hash *= 0x100000001b3L;
            }
            return hash;
        }
    }

    /** {@code visits/history}: pages of visits with a "more pages" flag, ordered by start (or end) time. */
    static final class Visits extends TimeSeries {

        private final boolean byEnd;

        Visits(boolean byEnd) {
            this.byEnd = byEnd;
        }

        /** The API's default window, BOTH, would also return visits that only ended in the range. */
        @Override
        public void completeQuery(Map<String, Object> query) {
            query.putIfAbsent("timeField", byEnd ? "END" : "START");
        }

        @Override
        public List<?> records(Object page) {
            List<VisitDto> visits = page == null ? null : ((PairBooleanListVisitDto) page).getSecond();
            return visits == null ? List.of() : visits;
        }

        @Override
        public boolean morePages(Object page, int count, int size) {
            Boolean more = page == null ? null : ((PairBooleanListVisitDto) page).getFirst();
            return more != null ? more : count >= size;
        }

        @Override
        public Long timestamp(Object record) {
            VisitDto visit = (VisitDto) record;
            return byEnd ? visit.getEndTimestamp() : visit.getStartTimestamp();
        }

        @Override
        public String key(Object record) {
            return String.valueOf(((VisitDto) record).getId());
        }
    }
}
