package io.camelnextome.simulator.store;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class PositionLogTest {

    @Test
    void keepsTimestampOrderAndInsertionOrderOfTiesAcrossChunkSplits() {
        PositionLog log = new PositionLog();
        List<Position> inserted = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < 5 * PositionLog.CHUNK_CAPACITY; i++) {
            // mostly in order, one in five late, many ties
            long timestamp = random.nextInt(5) == 0 ? random.nextInt(i + 1) : i;
            Position position = position(timestamp, i);
            log.add(position);
            inserted.add(position);
        }
        List<Position> expected = new ArrayList<>(inserted);
        expected.sort(Comparator.comparingLong(Position::timestampGenerated)); // stable: ties keep insertion order

        PositionLog.View view = log.view();
        assertEquals(expected.size(), view.size());
        for (int i = 0; i < expected.size(); i++) {
            assertSame(expected.get(i), view.get(i), "index " + i);
        }
        for (int probe = 0; probe < 200; probe++) {
            long from = random.nextInt(inserted.size());
            long to = from + random.nextInt(300);
            long count = expected.stream().filter(p -> p.timestampGenerated() >= from && p.timestampGenerated() <= to).count();
            assertEquals(count, view.countBetween(from, to), "[" + from + ", " + to + "]");
            long first = expected.stream().filter(p -> p.timestampGenerated() < from).count();
            assertEquals(first, view.firstAtOrAfter(from));
        }
    }

    @Test
    void aViewIsASnapshot() {
        PositionLog log = new PositionLog();
        log.add(position(10, 0));
        PositionLog.View before = log.view();
        log.add(position(20, 1));
        log.add(position(5, 2));

        assertEquals(1, before.size());
        assertEquals(10, before.last().timestampGenerated());
        assertEquals(3, log.view().size());
        assertEquals(5, log.view().get(0).timestampGenerated());
        assertEquals(0, new PositionLog().view().countBetween(0, Long.MAX_VALUE));
    }

    private static Position position(long timestamp, int sequence) {
        return Position.of(new JsonObject().put("timestampGenerated", timestamp).put("trackable", "T-" + sequence)
                .put("map", 1L), 1);
    }
}
