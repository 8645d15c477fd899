package io.camelnextome.nextome.consumer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.camelnextome.nextome.model.LocationDto;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The end of a test route: records every position that reached it, to check that each came exactly once. */
final class PositionSink implements Processor {

    /**
     * Guarded by itself. Not a CopyOnWriteArrayList: that copies the whole list at every add, seconds of a test's
     * time for the 72,000 positions of an hour.
     */
    private final List<LocationDto> received = new ArrayList<>();

    @Override
    public void process(Exchange exchange) throws Exception {
        if (exchange.getMessage().getBody() == null) {
            return; // the exchange that says a finite replay is complete when its last window had no record
        }
        LocationDto position = exchange.getMessage().getMandatoryBody(LocationDto.class);
        synchronized (received) {
            received.add(position);
        }
    }

    int count() {
        synchronized (received) {
            return received.size();
        }
    }

    /** What reached the sink so far, in the order it came. */
    List<LocationDto> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    static String identity(LocationDto position) {
        return position.getTrackable() + "@" + position.getTimestampGenerated() + "(" + position.getX() + ","
               + position.getY() + ")";
    }

    /** Every position of {@code sinks} together: {@code expected} of them, none twice, each sink in time order. */
    static void assertExactlyOnce(long expected, PositionSink... sinks) {
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (PositionSink sink : sinks) {
            long previous = Long.MIN_VALUE;
            for (LocationDto position : sink.received()) {
                assertTrue(seen.add(identity(position)), () -> "delivered twice: " + identity(position));
                assertTrue(position.getTimestampGenerated() >= previous, "positions out of timestamp order");
                previous = position.getTimestampGenerated();
                total++;
            }
        }
        assertEquals(expected, total, "positions delivered");
    }
}
