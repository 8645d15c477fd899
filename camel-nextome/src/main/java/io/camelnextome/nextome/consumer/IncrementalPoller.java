package io.camelnextome.nextome.consumer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import io.camelnextome.nextome.NextomeConstants;
import org.apache.camel.Message;

/**
 * Streams a time series once: each poll pages through the records from the watermark up to a moment that has
 * settled, delivers them in timestamp order, and moves the watermark only past records whose exchange completed.
 * A failed exchange or a failed page ends the poll with the watermark on the last delivered record, so the next
 * poll starts there again: nothing is skipped, and the keys at the watermark keep anything from coming twice.
 */
public final class IncrementalPoller implements Poller {

    private final String operationName;
    private final OperationCall call;
    private final TimeSeries series;
    private final Map<String, Object> options;
    private final WatermarkStore store;
    private final int pageSize;
    private final long settleTime;
    private final LongSupplier clock;

    /**
     * @param options    the endpoint's option values; {@code start} is where a new stream begins (now when
     *                   absent), {@code end} where it stops (open-ended when absent)
     * @param settleTime how far behind the clock the stream stays, so records still being written are not passed
     */
    public IncrementalPoller(String operationName, OperationCall call, TimeSeries series, Map<String, Object> options,
                             WatermarkStore store, int pageSize, long settleTime, LongSupplier clock) {
        this.operationName = operationName;
        this.call = call;
        this.series = series;
        this.options = options;
        this.store = store;
        this.pageSize = pageSize;
        this.settleTime = settleTime;
        this.clock = clock;
    }

    @Override
    public int poll(RecordSink sink) throws Exception {
        long until = clock.getAsLong() - settleTime;
        Object end = options.get("end");
        if (end != null) {
            until = Math.min(until, ((Number) end).longValue());
        }
        Watermark saved = store.load();
        Watermark.Cursor mark = (saved != null ? saved : Watermark.startingAt(initialStart())).cursor();
        if (mark.timestamp() > until) {
            return 0;
        }
        Map<String, Object> query = new HashMap<>(options);
        series.completeQuery(query);
        query.put("start", mark.timestamp());
        query.put("end", until);
        query.put("size", pageSize);
        int delivered = 0;
        for (int page = 0;; page++) {
            query.put("page", page);
            Object result = call.invoke(query);
            List<?> records = series.records(result);
            for (Object record : records) {
                Long timestamp = series.timestamp(record);
                long at = timestamp == null ? mark.timestamp() : timestamp;
                String key = series.key(record);
                if (mark.covers(at, key)) {
                    continue;
                }
                if (!sink.running() || !sink.deliver(record, headers(page, delivered, at))) {
                    saveIfMoved(saved, mark);
                    return delivered;
                }
                mark.advance(at, key);
                delivered++;
            }
            saved = saveIfMoved(saved, mark);
            if (!series.morePages(result, records.size(), pageSize)) {
                return delivered;
            }
        }
    }

    @Override
    public WatermarkStore watermarks() {
        return store;
    }

    private long initialStart() {
        Object start = options.get("start");
        return start != null ? ((Number) start).longValue() : clock.getAsLong() - settleTime;
    }

    private Watermark saveIfMoved(Watermark saved, Watermark.Cursor mark) {
        Watermark reached = mark.watermark();
        if (!reached.equals(saved)) {
            store.save(reached);
        }
        return reached;
    }

    private Consumer<Message> headers(int page, int index, long timestamp) {
        return message -> {
            message.setHeader(NextomeConstants.OPERATION, operationName);
            message.setHeader(NextomeConstants.POLL_INDEX, index);
            message.setHeader(NextomeConstants.POLL_PAGE, page);
            message.setHeader(NextomeConstants.RECORD_TIMESTAMP, timestamp);
        };
    }
}
