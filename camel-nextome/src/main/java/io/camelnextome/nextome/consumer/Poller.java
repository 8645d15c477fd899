package io.camelnextome.nextome.consumer;

/** One way of turning a Nextome GET operation into exchanges, run once per scheduled poll. */
public interface Poller {

    /**
     * Reads from Nextome and delivers to {@code sink}.
     *
     * @return how many exchanges were delivered (0 makes the poll idle, for backoff and empty messages)
     */
    int poll(RecordSink sink) throws Exception;

    /** True once there is nothing more to poll (a finite replay reached its end): the consumer stops scheduling. */
    default boolean finished() {
        return false;
    }

    /** The consumer stopped (no poll runs): saves what is kept in memory only. */
    default void close() {
    }

    /** Where this poller keeps its watermark, for monitoring and an operator's reset; null when it keeps none. */
    default WatermarkStore watermarks() {
        return null;
    }
}
