package io.camelnextome.nextome.consumer;

import java.util.Map;

/** Where a poller sends what it read: one exchange per call, routed synchronously. */
public interface RecordSink {

    /**
     * Routes {@code body} with {@code headers} and waits for the exchange to complete.
     *
     * @return true when the exchange completed without an exception, so the record counts as delivered
     */
    boolean deliver(Object body, Map<String, Object> headers);

    /** False once the consumer is stopping: a poller then stops delivering and keeps its progress. */
    boolean running();
}
