package io.camelnextome.simulator.schema;

import io.camelnextome.simulator.http.ApiException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.buffer.UnpooledHeapByteBuf;
import io.vertx.core.buffer.Buffer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads a request body of one object or an array of objects of a schema in one pass over its bytes, checking each
 * object as it is read and writing its normalized JSON at once: no tree of the body, no normalized copy of it, no
 * encoding of that copy (a batch of 1000 positions spent most of the simulator's time there). It refuses what
 * {@link Schema#parseObject} and {@link Schema#parseArray} refuse, with the same message: invalid JSON first, then the
 * first object the schema refuses, then the first the caller's check refuses; nothing is returned unless all pass.
 */
public final class SchemaReader {

    private static final JsonFactory JSON = new JsonFactory();

    private SchemaReader() {
    }

    /** The caller's check of one object the schema accepted, e.g. that a map exists; its result is kept per object. */
    @FunctionalInterface
    public interface Check<T> {
        T check(ObjectValues object, Supplier<String> where);
    }

    /**
     * What each object's check gave, and the normalized JSON of all objects, one after the other: object {@code i}'s
     * ends at {@code ends[i]} and starts where the one before it ends. A stored position keeps the whole and its
     * range, not a slice of its own (two objects more per position for every young collection to copy).
     */
    public record Read<T>(List<T> checked, Buffer json, int[] ends) {

        public int start(int i) {
            return i == 0 ? 0 : ends[i - 1];
        }

        /** The normalized JSON of object {@code i}. */
        public Buffer json(int i) {
            return json.slice(start(i), ends[i]);
        }
    }

    /** A body that must be one object of the schema. */
    public static <T> Read<T> readObject(Schema schema, Buffer body, Check<T> check) {
        return read(schema, body, schema.name(), false, check);
    }

    /** A body that must be an array of objects of the schema. */
    public static <T> Read<T> readArray(Schema schema, Buffer body, Check<T> check) {
        return read(schema, body, "array of " + schema.name(), true, check);
    }

    private static <T> Read<T> read(Schema schema, Buffer body, String what, boolean array, Check<T> check) {
        Pass<T> pass;
        try (JsonParser parser = BodyParser.open(body, what)) {
            // after open, which refuses a missing body (a chunked one without bytes is null) with a 400
            pass = new Pass<>(schema, check, body.length());
            JsonToken root = parser.nextToken();
            if (root == null) {
                throw BodyParser.notJson(what);
            }
            if (array && root == JsonToken.START_ARRAY) {
                int index = 0;
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    if (item == null) {
                        throw BodyParser.notJson(what);
                    }
                    pass.item(parser, item, index, schema.itemName(index));
                    index++;
                }
            } else if (!array && root == JsonToken.START_OBJECT) {
                pass.object(parser, schema::name);
            } else {
                parser.skipChildren();
                pass.refuse(array ? schema.notAnArray() : schema.notAnObject());
            }
            if (parser.nextToken() != null) {
                throw BodyParser.notJson(what);
            }
        } catch (IOException e) {
            throw BodyParser.notJson(what);
        }
        return pass.result();
    }

    /** One pass over a body: the first refusal of the schema and of the check, and what passed both. */
    private static final class Pass<T> {

        private final Schema schema;
        private final Check<T> check;
        private final ObjectValues values;
        private final List<T> checked = new ArrayList<>();
        /**
         * The normalized JSON, kept as it is unless it fills less than 7/8 of its array: a ByteArrayOutputStream took
         * a lock on every write and every size(), and copied the whole of a batch's JSON into a new array at the end.
         */
        private final ByteBuf out;
        private final JsonGenerator generator;
        /** Where each object's JSON ends in {@link #out}. */
        private int[] ends = new int[16];
        private int count;
        private ApiException refused;
        private ApiException failedCheck;

        Pass(Schema schema, Check<T> check, int bodyLength) {
            this.schema = schema;
            this.check = check;
            this.values = new ObjectValues(schema);
            // the server's fields (createdAt) make a posted position's JSON about a fifth longer: room for them, so
            // that a batch's JSON is not copied into an array twice the size when it outgrows the body's
            // not from an allocator: the store keeps it until it is collected, never releasing it, and
            // Unpooled.buffer's would count as Netty heap memory in use forever (UnpooledByteBufAllocator's metric)
            this.out = new UnpooledHeapByteBuf(UnpooledByteBufAllocator.DEFAULT, bodyLength + bodyLength / 4,
                    Integer.MAX_VALUE);
            try {
                this.generator = JSON.createGenerator((OutputStream) new ByteBufOutputStream(out));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            generator.setRootValueSeparator(null);
        }

        void item(JsonParser parser, JsonToken token, int index, Supplier<String> where) throws IOException {
            if (refused != null) {
                parser.skipChildren();
            } else if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                refuse(schema.itemNotAnObject(index));
            } else {
                object(parser, where);
            }
        }

        void object(JsonParser parser, Supplier<String> where) throws IOException {
            try {
                values.read(parser, where);
            } catch (ApiException e) {
                refuse(e);
                return;
            }
            if (failedCheck != null) {
                return;
            }
            try {
                checked.add(check.check(values, where));
            } catch (ApiException e) {
                failedCheck = e;
                return;
            }
            values.write(generator);
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, count * 2);
            }
            ends[count++] = out.writerIndex() + generator.getOutputBuffered();
        }

        void refuse(ApiException e) {
            if (refused == null) {
                refused = e;
            }
        }

        Read<T> result() {
            if (refused != null) {
                throw refused;
            }
            if (failedCheck != null) {
                throw failedCheck;
            }
            try {
                generator.close();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            if (out.capacity() - out.writerIndex() > out.capacity() / 8) {
                // the stored positions keep this array: no more than an eighth of it unused
                out.capacity(out.writerIndex());
            }
            return new Read<>(checked, Buffer.buffer(out), Arrays.copyOf(ends, count));
        }
    }
}
