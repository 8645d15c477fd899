package io.camelnextome.nextome.consumer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import io.camelnextome.nextome.model.LocationDto;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The end of a test route: records every position that reached it, to check that each came exactly once. */
final class PositionSink implements Processor {

    private final List<LocationDto> received = new CopyOnWriteArrayList<>();

    @Override
    public void process(Exchange exchange) throws Exception {
        if (exchange.getMessage().getBody() == null) {
            return; // the exchange that says a finite replay is complete when its last window had no record
        }
        received.add(exchange.getMessage().getMandatoryBody(LocationDto.class));
    }

    int count() {
        return received.size();
    }

    List<LocationDto> received() {
        return received;
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
            for (LocationDto position : sink.received) {
                assertTrue(seen.add(identity(position)), () -> "delivered twice: " + identity(position));
                assertTrue(position.getTimestampGenerated() >= previous, "positions out of timestamp order");
                previous = position.getTimestampGenerated();
                total++;
            }
        }
        assertEquals(expected, total, "positions delivered");
    }
}
