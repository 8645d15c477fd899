package io.camelnextome.simulator.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.core.json.jackson.JacksonCodec;

/**
 * Encodes the objects of a batch with one generator into one array, each object then read as a slice of it.
 * {@link JsonObject#toBuffer()} builds a generator, a serializer provider and an array per object: for a batch of
 * 1000 positions that was a large share of the simulator's work, and three objects more per stored position to
 * keep (and copy in every young collection) for as long as the store holds it.
 */
public final class BatchEncoder {

    private static final JsonFactory JSON = new JsonFactory();

    private BatchEncoder() {
    }

    /** The JSON of each object, in order, byte for byte what {@link JsonObject#toBuffer()} gives. */
    public static Buffer[] encodeEach(List<JsonObject> objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(objects.size() * 192);
        int[] ends = new int[objects.size()];
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.setRootValueSeparator(null);
            for (int i = 0; i < ends.length; i++) {
                JacksonCodec.encodeJson(objects.get(i), generator);
                generator.flush();
                ends[i] = out.size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Buffer all = Buffer.buffer(out.toByteArray());
        Buffer[] each = new Buffer[ends.length];
        int start = 0;
        for (int i = 0; i < ends.length; i++) {
            each[i] = all.slice(start, ends[i]);
            start = ends[i];
        }
        return each;
    }
}
