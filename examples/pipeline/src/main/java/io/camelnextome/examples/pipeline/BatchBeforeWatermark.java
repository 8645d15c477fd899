package io.camelnextome.examples.pipeline;

import java.util.ArrayList;
import java.util.List;

import io.camelnextome.nextome.consumer.ClaimingStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Batches a stream's records for its sink without letting the watermark pass a record the sink has not stored.
 * <p>
 * The route {@linkplain #stage stages} each record, so its exchange completes at once. The staged records are sent
 * as one list to the sink endpoint (a route with a batch insert, a batch send) when {@code maxBatch} are staged,
 * and always before the incremental consumer saves its watermark here: the consumer saves after every page and
 * when a poll ends, so the watermark only ever covers records the sink took. When the sink fails (its route's
 * error handler did not handle the failure), the batch is dropped and no watermark is saved until the consumer
 * reads the watermark again at its next poll, from where those records are delivered again; a sink that ignores
 * what it stored already (a unique key and {@code ON CONFLICT DO NOTHING}, an idempotent producer) then stores
 * each record once.
 * <p>
 * One instance serves one consumer (one stream): the consumer delivers on one thread. Should a poll run on another
 * thread than the previous one (a shared scheduler), what the previous poll left staged goes with its first batch
 * (written twice, never lost), and a failure the previous poll left refuses its first save.
 */
public final class BatchBeforeWatermark extends ServiceSupport
        implements StateRepository<String, String>, ClaimingStateRepository, CamelContextAware {

    private final StateRepository<String, String> watermarks;
    private final String sinkUri;
    private final int maxBatch;
    private final List<Object> staged = new ArrayList<>();
    private CamelContext camelContext;
    private ProducerTemplate sink;
    /** A batch failed since the watermark was last read: saving one now could pass its records. */
    private boolean failed;
    /** The thread that staged the records: the consumer's poll, the only reader that starts over from the watermark. */
    private Thread stagedBy;

    /**
     * @param watermarks where the watermark is kept (shared by all instances)
     * @param sinkUri    the endpoint that stores a {@code List} of staged records, or fails
     * @param maxBatch   the most records staged before they are sent without waiting for the end of the page
     */
    public BatchBeforeWatermark(StateRepository<String, String> watermarks, String sinkUri, int maxBatch) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1, not " + maxBatch);
        }
        this.watermarks = watermarks;
        this.sinkUri = sinkUri;
        this.maxBatch = maxBatch;
    }

    /** Stages one record; sends the batch when it is full, so a failing sink fails this record's exchange. */
    public synchronized void stage(Object record) {
        stagedBy = Thread.currentThread();
        staged.add(record);
        if (staged.size() >= maxBatch) {
            flush();
        }
    }

    /**
     * A poll starts from the saved watermark: whatever it still had staged comes again. A read on another thread than
     * the one that staged (the dev console, JMX, the lag gauge) only reads: the poll in progress has moved past its
     * staged records and must still write them.
     */
    @Override
    public synchronized String getState(String key) {
        if (stagedBy == Thread.currentThread()) {
            staged.clear();
            failed = false;
        }
        return watermarks.getState(key);
    }

    /**
     * Passes the consumer's claim on to the shared repository: without it, an instance that streamed, lost the lead
     * and leads again would compare its first save with the version of its earlier leadership, take the other's
     * progress for a conflict and stop its route.
     */
    @Override
    public String claim(String key) {
        return watermarks instanceof ClaimingStateRepository claiming ? claiming.claim(key) : watermarks.getState(key);
    }

    /** Passes the consumer's start-up check of its keys on: the route fails to start on a key the table cannot hold. */
    @Override
    public void checkKey(String key) {
        if (watermarks instanceof ClaimingStateRepository claiming) {
            claiming.checkKey(key);
        }
    }

    /** Refusing the save ends the poll, and the next one starts from the saved watermark: so this one starts over. */
    @Override
    public synchronized void setState(String key, String value) {
        if (failed) {
            staged.clear();
            failed = false;
            throw new IllegalStateException("The sink " + sinkUri + " failed to store a batch of '" + key
                                            + "': the watermark stays where it was until the next poll");
        }
        flush();
        watermarks.setState(key, value);
    }

    private void flush() {
        if (staged.isEmpty()) {
            return;
        }
        List<Object> batch = new ArrayList<>(staged);
        staged.clear();
        try {
            sink.sendBody(sinkUri, batch);   // throws when the sink's route did not handle its failure
        } catch (RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    protected void doStart() throws Exception {
        sink = camelContext.createProducerTemplate();
        ServiceHelper.startService(watermarks, sink);
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(sink);
    }
}
