package io.camelnextome.nextome.consumer;

import java.util.function.Consumer;

import org.apache.camel.Message;

/** Where a poller sends what it read: one exchange per call, routed synchronously. */
public interface RecordSink {

    /**
     * Routes {@code body} and waits for the exchange to complete.
     *
     * @param  headers sets the record's headers on the message (straight on it: a map of them would be copied)
     * @return         true when the exchange completed without an exception, so the record counts as delivered
     */
    default boolean deliver(Object body, Consumer<Message> headers) {
        return deliver(body, 1, headers);
    }

    /**
     * {@link #deliver(Object, Consumer)} of a body that holds {@code records} records (a List of them), so that they
     * are counted as delivered records, not as one; 0 for an exchange that carries none (a finite replay's
     * completion exchange without a body).
     */
    boolean deliver(Object body, int records, Consumer<Message> headers);

    /** False once the consumer is stopping: a poller then stops delivering and keeps its progress. */
    boolean running();
}
