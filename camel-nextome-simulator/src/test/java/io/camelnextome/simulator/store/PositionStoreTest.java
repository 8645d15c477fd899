package io.camelnextome.simulator.store;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class PositionStoreTest {

    /** Venues, maps, trackables and providers mixed in one batch, ties and late positions among them. */
    @Test
    void aBatchIsIndexedAsItsPositionsAddedOneByOne() {
        PositionStore oneByOne = new PositionStore();
        PositionStore batched = new PositionStore();
        Random random = new Random(11);
        List<Position> batch = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            JsonObject location = new JsonObject().put("timestampGenerated", (long) (random.nextInt(5) == 0 ? random.nextInt(i + 1) : i))
                    .put("map", 1L + random.nextInt(3)).put("x", (double) i);
            if (random.nextInt(4) > 0) {
                location.put("trackable", "T-" + random.nextInt(7));
            }
            if (random.nextInt(4) > 0) {
                location.put("provider", new JsonObject().put("id", (long) random.nextInt(5)).put("type", "UWB"));
            }
            batch.add(Position.of(location, location.getLong("map") <= 2 ? 1 : 2));
        }
        batch.forEach(oneByOne::add);
        batched.addAll(List.of());
        batched.addAll(batch.subList(0, 1));
        batched.addAll(batch.subList(1, 1200));
        batched.addAll(batch.subList(1200, batch.size()));

        assertEquals(oneByOne.total(), batched.total());
        for (long id = 1; id <= 3; id++) {
            assertSameViews(oneByOne.venue(id), batched.venue(id));
            assertSameViews(oneByOne.map(id), batched.map(id));
        }
        for (int t = 0; t < 7; t++) {
            assertSameViews(oneByOne.trackable("T-" + t), batched.trackable("T-" + t));
        }
        for (long provider = 0; provider < 5; provider++) {
            assertSame(oneByOne.latestOfProvider(provider), batched.latestOfProvider(provider), "provider " + provider);
        }
    }

    private static void assertSameViews(PositionLog.View expected, PositionLog.View actual) {
        assertEquals(expected.size(), actual.size());
        for (long i = 0; i < expected.size(); i++) {
            assertSame(expected.get(i), actual.get(i), "index " + i);
        }
    }
}
