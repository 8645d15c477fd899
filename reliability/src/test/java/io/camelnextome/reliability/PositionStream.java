package io.camelnextome.reliability;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.camelnextome.nextome.model.LocationDto;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The end of the consumer route: counts every position delivered by its identity (a demo trackable has one
 * position per timestamp), and those delivered behind a later one, i.e. late.
 */
final class PositionStream implements Processor {

    private final Map<String, Long> deliveries = new ConcurrentHashMap<>();
    private final Map<String, Long> timestamps = new ConcurrentHashMap<>();
    private final LongAdder late = new LongAdder();
    private volatile long latest = Long.MIN_VALUE;

    @Override
    public void process(Exchange exchange) throws Exception {
        LocationDto position = exchange.getMessage().getMandatoryBody(LocationDto.class);
        long timestamp = position.getTimestampGenerated();
        String identity = position.getTrackable() + "@" + timestamp;
        deliveries.merge(identity, 1L, Long::sum);
        timestamps.put(identity, timestamp);
        // one consumer thread delivers, so this read-then-write is not racy
        if (timestamp < latest) {
            late.increment();
        } else {
            latest = timestamp;
        }
    }

    /** Distinct positions delivered with a timestamp in [from, to]. */
    long distinctBetween(long from, long to) {
        return timestamps.values().stream().filter(t -> t >= from && t <= to).count();
    }

    /** Deliveries beyond the first of the same position. */
    long twice() {
        return deliveries.values().stream().mapToLong(count -> count - 1).sum();
    }

    long delivered() {
        return deliveries.values().stream().mapToLong(Long::longValue).sum();
    }

    long late() {
        return late.sum();
    }
}
