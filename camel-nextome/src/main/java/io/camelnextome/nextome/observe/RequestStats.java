package io.camelnextome.nextome.observe;

import java.util.concurrent.atomic.LongAdder;

/** The calls of one operation, counted by status class (2xx..5xx, and "none" for no response), with their time. */
public final class RequestStats {

    /** The status classes, at the index {@link #statusClassIndex(int)} gives. */
    public static final String[] STATUS_CLASSES = { "none", "1xx", "2xx", "3xx", "4xx", "5xx" };

    private final LongAdder[] counts = new LongAdder[STATUS_CLASSES.length];
    private final LongAdder totalNanos = new LongAdder();

    RequestStats() {
        for (int i = 0; i < counts.length; i++) {
            counts[i] = new LongAdder();
        }
    }

    /** The index in {@link #STATUS_CLASSES} of a status (0 for no response). */
    public static int statusClassIndex(int status) {
        return status >= 100 && status < 600 ? status / 100 : 0;
    }

    void record(int status, long nanos) {
        counts[statusClassIndex(status)].increment();
        totalNanos.add(nanos);
    }

    /** The calls that ended in the status class at {@code index} of {@link #STATUS_CLASSES}. */
    public long count(int index) {
        return counts[index].sum();
    }

    public long total() {
        long total = 0;
        for (LongAdder count : counts) {
            total += count.sum();
        }
        return total;
    }

    public long totalNanos() {
        return totalNanos.sum();
    }
}
