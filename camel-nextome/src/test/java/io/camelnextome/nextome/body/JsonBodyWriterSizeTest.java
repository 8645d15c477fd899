package io.camelnextome.nextome.body;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JavaType;
import io.camelnextome.nextome.NextomeJson;
import io.camelnextome.nextome.model.LocationDto;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The array a body is written into is sized by the bytes per item of the operation's bodies, not by the last body's
 * whole length: the endpoint is shared by callers with bodies of every size, and a batch of 10 must not take the
 * memory of the batch of 50,000 another caller sent just before.
 */
class JsonBodyWriterSizeTest {

    private static final com.sun.management.ThreadMXBean THREADS
            = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void aSmallBatchAfterAHugeOneTakesTheMemoryOfASmallOne() {
        JavaType type = NextomeJson.MAPPER.getTypeFactory().constructCollectionType(List.class, LocationDto.class);
        JsonBodyWriter writer = new JsonBodyWriter("nextome:locations/createBatch", type, NextomeJson.MAPPER);
        long huge = writer.write(positions(50_000)).getContentLength();
        List<Object> small = positions(10);

        long before = THREADS.getCurrentThreadAllocatedBytes();
        long written = writer.write(small).getContentLength();
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;

        // the body is about 1 KB, the one before about 4.5 MB: a megabyte leaves room for any JVM's bookkeeping
        assertTrue(allocated < 1_000_000, "writing " + written + " bytes after " + huge + " allocated " + allocated);
    }

    /** Positions as {@code unmarshal().json()} gives them. */
    private static List<Object> positions(int count) {
        List<Object> positions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Object> position = new LinkedHashMap<>();
            position.put("trackable", "T-" + i);
            position.put("map", 1);
            position.put("x", i * 0.25);
            position.put("y", i * 0.5);
            position.put("timestampGenerated", 1_700_000_000_000L + i);
            positions.add(position);
        }
        return positions;
    }
}
