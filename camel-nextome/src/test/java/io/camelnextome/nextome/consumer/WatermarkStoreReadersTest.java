package io.camelnextome.nextome.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The dev console, JMX and the lag gauge read a stream's watermark from other threads while it polls: the poll must
 * still load the watermark it saved, never an older one a reader decoded meanwhile (that would deliver records again).
 * The race is a few instructions wide, so no test can force it without a hook in the store: this one gives it many
 * chances within half a second (it did not catch the two-field version in the runs made when it was fixed).
 */
class WatermarkStoreReadersTest {

    @Test
    void thePollLoadsWhatItSavedWhileOthersRead() throws Exception {
        // Many keys at the timestamp: long texts make comparing and decoding them take the time a real stream's do.
        Watermark[] watermarks = new Watermark[3];
        for (int w = 0; w < watermarks.length; w++) {
            Watermark.Cursor cursor = Watermark.startingAt(w).cursor(null);
            for (int key = 0; key < 500; key++) {
                cursor.advance(w, "trackable-" + key);
            }
            watermarks[w] = cursor.watermark();
        }
        WatermarkStore store = new WatermarkStore(new MemoryStateRepository(), "stream", null);
        store.save(Watermark.startingAt(0));
        AtomicBoolean polling = new AtomicBoolean(true);
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread reader = new Thread(() -> {
                while (polling.get()) {
                    store.load();
                }
            });
            reader.start();
            readers.add(reader);
        }
        try {
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
            for (long at = 1; System.nanoTime() < until; at++) {
                Watermark saved = watermarks[(int) (at % watermarks.length)];
                store.save(saved);
                assertEquals(saved, store.load(), "the watermark loaded after save number " + at);
            }
        } finally {
            polling.set(false);
            for (Thread reader : readers) {
                reader.join();
            }
        }
    }
}
