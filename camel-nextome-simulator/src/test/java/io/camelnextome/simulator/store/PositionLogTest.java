package io.camelnextome.simulator.store;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

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

    @Test
    void aBatchLandsWhereItsPositionsAddedOneByOneWould() {
        PositionLog oneByOne = new PositionLog();
        PositionLog batched = new PositionLog();
        Random random = new Random(7);
        int sequence = 0;
        for (int batch = 0; batch < 12; batch++) {
            List<Position> positions = new ArrayList<>();
            for (int i = 0, size = 1 + random.nextInt(900); i < size; i++) {
                // in order mostly, some late and some ties, so that batches split chunks and cross their ends
                long timestamp = random.nextInt(4) == 0 ? random.nextInt(sequence + 1) : sequence;
                positions.add(position(timestamp, sequence++));
            }
            positions.forEach(oneByOne::add);
            batched.addAll(positions);
        }
        PositionLog.View expected = oneByOne.view();
        PositionLog.View view = batched.view();
        assertEquals(expected.size(), view.size());
        for (long i = 0; i < expected.size(); i++) {
            assertSame(expected.get(i), view.get(i), "index " + i);
        }
    }

    /** What a query or a consumer paging by offset sees while batches in time order are added: a prefix of them. */
    @Test
    void aConcurrentReaderSeesABatchAppearInOrder() throws Exception {
        PositionLog log = new PositionLog();
        List<Position> all = new ArrayList<>();
        for (int i = 0; i < 40 * 1000; i++) {
            all.add(position(i / 3, i));
        }
        AtomicBoolean done = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            for (int from = 0; from < all.size(); from += 1000) {
                log.addAll(all.subList(from, from + 1000));
            }
            done.set(true);
        });
        writer.start();
        long views = 0;
        boolean last = false;
        while (!last) {
            last = done.get();
            PositionLog.View view = log.view();
            long size = view.size();
            for (long i = Math.max(0, size - 50); i < size; i++) {
                assertSame(all.get((int) i), view.get(i), "index " + i + " of " + size);
            }
            assertEquals(size, view.firstAfter(Long.MAX_VALUE - 1));
            views++;
        }
        writer.join();
        assertEquals(all.size(), log.view().size(), "after " + views + " views");
    }

    private static Position position(long timestamp, int sequence) {
        return Position.of(new JsonObject().put("timestampGenerated", timestamp).put("trackable", "T-" + sequence)
                .put("map", 1L), 1);
    }
}
