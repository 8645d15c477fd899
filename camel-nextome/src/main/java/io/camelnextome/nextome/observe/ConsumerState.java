package io.camelnextome.nextome.observe;

import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;

import io.camelnextome.nextome.consumer.Watermark;
import io.camelnextome.nextome.consumer.WatermarkStore;

/**
 * What is known about one consumer (a route): its last poll, the records it delivered, and for an incremental
 * stream its watermark, read from the state repository where the stream keeps it.
 */
public final class ConsumerState {

    /** How the last poll ended. */
    public record Poll(Instant time, int delivered, String error) {
    }

    private final String routeId;
    private final String operation;
    private final WatermarkStore watermarks;
    private final BooleanSupplier polling;
    private final LongAdder delivered;
    private final LongAdder late;
    private final LongAdder lateBeyondBound;
    private volatile Poll lastPoll;

    /** @param earlier the state of the same route before it was restarted, whose counts go on; or null */
    ConsumerState(String routeId, String operation, WatermarkStore watermarks, BooleanSupplier polling,
                  ConsumerState earlier) {
        this.routeId = routeId;
        this.operation = operation;
        this.watermarks = watermarks;
        this.polling = polling;
        this.delivered = earlier == null ? new LongAdder() : earlier.delivered;
        this.late = earlier == null ? new LongAdder() : earlier.late;
        this.lateBeyondBound = earlier == null ? new LongAdder() : earlier.lateBeyondBound;
        this.lastPoll = earlier == null ? null : earlier.lastPoll;
    }

    public String routeId() {
        return routeId;
    }

    public String operation() {
        return operation;
    }

    public boolean incremental() {
        return watermarks != null;
    }

    /** The timestamp of the last delivered record, or null when there is none (or the stream is not incremental). */
    public Instant watermark() {
        Watermark watermark = watermarks == null ? null : watermarks.read();
        return watermark == null ? null : Instant.ofEpochMilli(watermark.timestamp());
    }

    /**
     * The watermark read once for the console and JMX, which must still show everything else when the state
     * repository fails (a database down): its time, null when there is none, or why it could not be read.
     */
    public WatermarkReading readWatermark() {
        try {
            return new WatermarkReading(watermark(), null);
        } catch (RuntimeException e) {
            return new WatermarkReading(null, String.valueOf(e.getMessage()));
        }
    }

    /** A watermark as read for a view: its time, or the repository's failure. */
    public record WatermarkReading(Instant time, String error) {

        /** The time in ISO-8601, {@code unreadable: <why>}, or null when the stream has no watermark yet. */
        public String text() {
            return error != null ? "unreadable: " + error : time == null ? null : time.toString();
        }

        /** Now minus the watermark, in seconds; NaN without one. */
        public double lagSeconds() {
            return time == null ? Double.NaN : (System.currentTimeMillis() - time.toEpochMilli()) / 1000.0;
        }
    }

    /** Now minus the watermark, in seconds; NaN without a watermark or while the repository cannot be read. */
    public double lagSeconds() {
        return readWatermark().lagSeconds();
    }

    /** The last poll, or null before the first. */
    public Poll lastPoll() {
        return lastPoll;
    }

    public long delivered() {
        return delivered.sum();
    }

    public long lateDelivered() {
        return late.sum();
    }

    public long lateBeyondBound() {
        return lateBeyondBound.sum();
    }

    /**
     * Moves the watermark to {@code time}: the next poll reads from there, delivering again what came after it (or
     * skipping what lies before it). Only while the consumer does not poll: a running poll would overwrite it.
     */
    public void resetWatermark(Instant time) {
        if (watermarks == null) {
            throw new IllegalStateException("Route " + routeId + " (nextome:" + operation
                                            + ") is not an incremental stream: it has no watermark");
        }
        if (polling.getAsBoolean()) {
            throw new IllegalStateException("Route " + routeId + " is running: stop or suspend it before resetting"
                                            + " its watermark, then start or resume it");
        }
        watermarks.save(Watermark.startingAt(time.toEpochMilli()));
    }

    void polled(int count, Exception failure) {
        lastPoll = new Poll(Instant.now(), count, failure == null ? null : String.valueOf(failure.getMessage()));
    }

    void recordDelivered() {
        delivered.increment();
    }

    void lateRecords(int count, int beyondBound) {
        late.add(count);
        lateBeyondBound.add(beyondBound);
    }
}
