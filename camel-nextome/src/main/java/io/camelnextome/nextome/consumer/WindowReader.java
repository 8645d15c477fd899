package io.camelnextome.nextome.consumer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Reads every page of a time window before anything of it is delivered, and sorts the records by (timestamp, key):
 * the API pages by offset in an order of its own (visits filtered by their end come in start order), so a record
 * of a later page may be older than one of an earlier page. A window holds at most {@link #MAX_RECORDS} records (or
 * {@link #MIN_PAGES} pages, when larger); a larger one is read again with its end moved closer, and the span that
 * fitted is kept for the next window.
 */
final class WindowReader {

    /**
     * The records one window may hold in memory: every young collection of a small heap copies the window again,
     * while fewer records end more windows in a part page, so more requests (at pages of 250, 7 % more with 2,500
     * records than with 5,000, 26 % more with 1,500).
     */
    static final int MAX_RECORDS = 2500;
    /**
     * The pages one window may always span, however large the pages. A window ends with a part page (or an empty
     * one) and is filled to about three quarters: with five pages that costs some 8 % more requests than reading
     * the same records page after page, with two 35 % (pages of 1000, 1,000,000 positions: 1,077 and 1,350
     * requests against 1,002).
     */
    static final int MIN_PAGES = 5;

    /**
     * A record of a window with the timestamp and key it is ordered by; the timestamp is the record's own box, so
     * that the header carrying it allocates nothing. A position's key is the hex text of a 64-bit hash: the entry
     * keeps the number and makes the text only where it is compared with saved keys or saved, so that a window of
     * thousands of records holds no String per record (which every young collection of a small heap would copy).
     */
    static final class Entry {

        private final Object record;
        private final Long time;
        /** The key's hash, when {@link #text} is null: the key is {@code Long.toHexString(hash)}. */
        private final long hash;
        /** The key as text, for series whose key is not a hash; null otherwise. */
        private final String text;

        private Entry(Object record, Long time, long hash, String text) {
            this.record = record;
            this.time = time;
            this.hash = hash;
            this.text = text;
        }

        static Entry keyed(Object record, Long time, String key) {
            return new Entry(record, time, 0, key);
        }

        /** An entry whose key is {@code Long.toHexString(hash)}. */
        static Entry hashed(Object record, Long time, long hash) {
            return new Entry(record, time, hash, null);
        }

        Object record() {
            return record;
        }

        Long time() {
            return time;
        }

        long timestamp() {
            return time;
        }

        /** The key, as saved with the watermark and under {@code .late}. */
        String key() {
            return text != null ? text : hexKey(hash);
        }

        /** Whether the key is a hash ({@link #hash()}), its text made on demand. */
        boolean hashed() {
            return text == null;
        }

        long hash() {
            return hash;
        }

        /** The text of a hashed key: the one format of a position's key, compared with saved keys and saved. */
        static String hexKey(long hash) {
            return Long.toHexString(hash);
        }

        /** Whether the other entry is a copy of this record: same timestamp and key. */
        boolean sameAs(Entry other) {
            return timestamp() == other.timestamp() && compareKey(other) == 0;
        }

        /** The order of the keys as text, without making the text of hashed keys. */
        int compareKey(Entry other) {
            return text == null && other.text == null ? compareHex(hash, other.hash) : key().compareTo(other.key());
        }

        /**
         * {@code Long.toHexString(a).compareTo(Long.toHexString(b))}: the digits aligned to the left (no leading
         * zeros in the text) and compared as unsigned numbers; when one text is a prefix of the other, the shorter
         * comes first.
         */
        static int compareHex(long a, long b) {
            int digitsA = hexDigits(a);
            int digitsB = hexDigits(b);
            int byDigits = Long.compareUnsigned(a << 4 * (16 - digitsA), b << 4 * (16 - digitsB));
            return byDigits != 0 ? byDigits : Integer.compare(digitsA, digitsB);
        }

        private static int hexDigits(long value) {
            return Math.max(1, (67 - Long.numberOfLeadingZeros(value)) / 4);
        }
    }

    /** The sorted records of [start, end]; {@code end} may lie before the end asked for. */
    record Window(List<Entry> entries, long end) {
    }

    private static final Comparator<Entry> ORDER = (a, b) -> {
        int byTime = Long.compare(a.timestamp(), b.timestamp());
        return byTime != 0 ? byTime : a.compareKey(b);
    };

    private final OperationCall call;
    private final TimeSeries series;
    private final Map<String, Object> options;
    private final int pageSize;
    private final int maxPages;
    /** The span of the last window that fitted, to start the next one with. */
    private long span = Long.MAX_VALUE;
    /** The window whose reading a failed page interrupted, or null. */
    private Partial partial;

    WindowReader(OperationCall call, TimeSeries series, Map<String, Object> options, int pageSize) {
        this.call = call;
        this.series = series;
        this.options = options;
        this.pageSize = pageSize;
        this.maxPages = Math.max(MIN_PAGES, MAX_RECORDS / pageSize);
    }

    /**
     * The records of [start, until], or of a shorter window from start when these do not fit; null when
     * {@code running} turned false between two pages (the pages read so far are kept for the next call).
     */
    Window read(long start, long until, BooleanSupplier running) throws IOException {
        Partial window = partial != null && partial.start == start && partial.end <= until ? partial
                : new Partial(start, until - start > span ? start + span : until);
        while (true) {
            partial = window;
            Partial reading = window;
            boolean complete = pages(reading.start, reading.end, reading.nextPage,
                    reading.end > reading.start ? maxPages : Integer.MAX_VALUE, false, page -> {
                        for (Entry entry : page) {
                            reading.entries.add(entry);
                            reading.latest = Math.max(reading.latest, entry.timestamp());
                        }
                        reading.nextPage++;
                        return running.getAsBoolean();
                    });
            if (!complete && !running.getAsBoolean()) {
                return null;
            }
            if (complete) {
                partial = null;
                List<Entry> sorted = sortedOnce(window.entries);
                if (window.end < until && sorted.size() < maxPages * pageSize / 4) {
                    span = Math.max(1, (window.end - start) * 2);
                }
                return new Window(sorted, window.end);
            }
            // too many: at most half as long, and shorter still when the records read so far span less (as they
            // do when the API orders by the same timestamp)
            long end = start + Math.min((window.end - start) / 2, (window.latest - start) * 3 / 4);
            span = Math.max(1, end - start);
            window = new Partial(start, end);
        }
    }

    /**
     * The entries sorted, each record once: a record read twice (an insert moved it to a later offset) has the same
     * timestamp and key both times, so the stable sort puts its copies side by side, the one read first in front.
     * No map of the keys: it would hold a node for each record of the window, which at 5,000 records is what the
     * garbage collector copies over and over in a small heap.
     */
    private static List<Entry> sortedOnce(List<Entry> entries) {
        entries.sort(ORDER);
        int kept = 0;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (kept == 0 || !entries.get(kept - 1).sameAs(entry)) {
                entries.set(kept++, entry);
            }
        }
        entries.subList(kept, entries.size()).clear();
        return entries;
    }

    /**
     * A window being read: the pages read so far are kept when a page fails, so that the next poll goes on from
     * the failed page instead of reading the whole window again (a record that an insert moved to a later offset
     * is read twice and counts once; records are not deleted, so none is passed over).
     */
    private static final class Partial {
        final long start;
        final long end;
        /** In the order read, copies included: sorted once complete. */
        final List<Entry> entries = new ArrayList<>();
        long latest;
        int nextPage;

        Partial(long start, long end) {
            this.start = start;
            this.end = end;
            this.latest = start;
        }
    }

    /** What to do with one page, sorted; false stops reading. */
    interface PageHandler {
        boolean handle(List<Entry> page) throws IOException;
    }

    /**
     * Hands each page of [start, end] from {@code firstPage} on to {@code handler}, sorted by itself.
     *
     * @return true when every page was read and handled; false when there were more than {@code maxPages} or the
     *         handler stopped
     */
    boolean pages(long start, long end, int firstPage, int maxPages, PageHandler handler) throws IOException {
        return pages(start, end, firstPage, maxPages, true, handler);
    }

    /** {@link #pages(long, long, int, int, PageHandler)}, each page sorted only when {@code sort}. */
    private boolean pages(long start, long end, int firstPage, int maxPages, boolean sort, PageHandler handler)
            throws IOException {
        Long from = start;
        Map<String, Object> query = new HashMap<>(options);
        series.completeQuery(query);
        query.put("start", start);
        query.put("end", end);
        query.put("size", pageSize);
        for (int page = firstPage; page < maxPages; page++) {
            query.put("page", page);
            Object result = call.invoke(query);
            List<?> records = series.records(result);
            List<Entry> entries = new ArrayList<>(records.size());
            for (Object record : records) {
                Long timestamp = series.timestamp(record);
                entries.add(series.entry(record, timestamp == null ? from : timestamp));
            }
            if (sort) {
                entries.sort(ORDER);
            }
            if (!handler.handle(entries)) {
                return false;
            }
            if (!series.morePages(result, records.size(), pageSize)) {
                return true;
            }
        }
        return false;
    }
}
