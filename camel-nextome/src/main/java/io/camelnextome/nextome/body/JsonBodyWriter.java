package io.camelnextome.nextome.body;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.camelnextome.nextome.http.NextomeHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * Writes the request body of one operation as the user wrote it. A DTO of the operation's type (or a list of them)
 * is written by its Jackson writer. Anything else (a Map, a List of Maps or of mixed DTOs and Maps, a JSON String,
 * byte[] or InputStream, another object Jackson can write) goes out with every field it has: no round trip through
 * the DTO, which would drop the fields the DTO does not know and turn unknown enum values into UNKNOWN. It is only
 * checked to be one JSON value of the operation's shape (an object, or an array of objects), so that a wrong body
 * fails here, naming the operation, and no request is sent.
 */
public final class JsonBodyWriter {

    private final String operation;
    private final ObjectMapper mapper;
    private final ObjectWriter dtoWriter;
    private final ObjectWriter mapWriter;
    /**
     * The bytes per item (per object for an operation of one object) of the JSON written last: the next body's items
     * are mostly as long, but not as many (callers of one endpoint send batches of every size).
     */
    private volatile int lastItemLength;
    private final boolean array;
    private final Class<?> dtoClass;
    private final String expected;

    /**
     * @param operation the operation as errors name it, e.g. {@code nextome:locations/createBatch}
     * @param type      the body type of the operation: a DTO, or a List of DTOs
     */
    public JsonBodyWriter(String operation, JavaType type, ObjectMapper mapper) {
        this.operation = operation;
        this.mapper = mapper;
        this.dtoWriter = mapper.writerFor(type);
        this.mapWriter = mapper.writer();
        this.array = type.isCollectionLikeType();
        this.dtoClass = array ? type.getContentType().getRawClass() : type.getRawClass();
        String dto = dtoClass.getSimpleName();
        this.expected = array
                ? "a JSON array of " + dto + " objects (a List of " + dto + "s or Maps, a JSON String, byte[] or InputStream)"
                : "a JSON object " + dto + " (a " + dto + ", a Map, a JSON String, byte[] or InputStream)";
    }

    /** The JSON to send for {@code body}; an {@link IllegalArgumentException} when it is not of the right shape. */
    public HttpEntity write(Object body) {
        if (body == null) {
            throw new IllegalArgumentException(operation + " needs a message body: " + expected);
        }
        try {
            if (isDtos(body)) {
                return written(dtoWriter, body);
            }
            refuseOtherDtos(body);
            if (writtenAsObjects(body)) {
                // a Map, or Maps and DTOs: Jackson writes them with every field they have, as objects
                return written(mapWriter, body);
            }
            byte[] json = withoutByteOrderMark(asJson(body));
            checkShape(json, body.getClass());
            return NextomeHttpClient.json(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(operation + " cannot write its body of type "
                                               + body.getClass().getName() + " as JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(operation + " cannot read its body of type " + body.getClass().getName(), e);
        }
    }

    /** The DTO of the operation, or a collection of nothing but DTOs of the operation's list type. */
    private boolean isDtos(Object body) {
        if (!array) {
            return dtoClass.isInstance(body);
        }
        if (!(body instanceof Collection<?> items)) {
            return false;
        }
        for (Object item : items) {
            if (!dtoClass.isInstance(item)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A Map, or a collection of nothing but Maps and DTOs of the operation, which Jackson writes as an object or an
     * array of objects: its JSON needs no second parse to check the shape (a List of 1000 Maps from
     * {@code unmarshal().json()} or CSV rows would be parsed again in full).
     */
    private boolean writtenAsObjects(Object body) {
        if (!array) {
            return body instanceof Map;
        }
        if (!(body instanceof Collection<?> items)) {
            return false;
        }
        for (Object item : items) {
            if (!(item instanceof Map) && !dtoClass.isInstance(item)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A DTO of this component's model that is not the operation's (a LocationDto sent to trackables/create) is a
     * route mistake the API may not catch: the simulator created a trackable without a name from one. It is refused,
     * unless it has every property of the operation's DTO (a LocationProviderDto where a LocationProviderSimpleDto
     * is taken).
     */
    private void refuseOtherDtos(Object body) {
        if (!array) {
            if (otherDto(body)) {
                throw wrongShape("a " + body.getClass().getSimpleName());
            }
            return;
        }
        if (body instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                if (otherDto(item)) {
                    throw wrongShape("a List whose element " + index + " is a " + item.getClass().getSimpleName());
                }
                index++;
            }
        }
    }

    private boolean otherDto(Object value) {
        return value != null && !dtoClass.isInstance(value)
               && value.getClass().getPackageName().equals(dtoClass.getPackageName())
               && !properties(value.getClass()).containsAll(properties(dtoClass));
    }

    private Set<String> properties(Class<?> type) {
        return mapper.getSerializationConfig().introspect(mapper.constructType(type)).findProperties().stream()
                .map(BeanPropertyDefinition::getName).collect(Collectors.toSet());
    }

    /**
     * {@code body} as {@code writer} writes it, into one array sized by the items of the body this writer wrote
     * before, which the request sends as it is: {@code writeValueAsBytes} collected it in segments and copied them
     * into a new array (a fifth of the caller's time for a batch of 1000 positions).
     */
    private HttpEntity written(ObjectWriter writer, Object body) throws IOException {
        int items = array ? ((Collection<?>) body).size() : 1;
        long hint = (long) lastItemLength * items;
        JsonBytes out = new JsonBytes((int) Math.min(JsonBytes.MAX, hint + hint / 8 + 64));
        writer.writeValue(out, body);
        if (items > 0) {
            lastItemLength = out.length() / items;
        }
        return out.entity();
    }

    /** A growing array that hands its bytes over without a copy. */
    private static final class JsonBytes extends OutputStream {

        /** The largest array a JVM allocates. */
        static final int MAX = Integer.MAX_VALUE - 8;

        private byte[] bytes;
        private int length;

        JsonBytes(int capacity) {
            bytes = new byte[capacity];
        }

        int length() {
            return length;
        }

        HttpEntity entity() {
            return new ByteArrayEntity(bytes, 0, length, ContentType.APPLICATION_JSON);
        }

        @Override
        public void write(int b) {
            room(1);
            bytes[length++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            room(len);
            System.arraycopy(b, off, bytes, length, len);
            length += len;
        }

        private void room(int more) {
            long needed = (long) length + more;
            if (needed > bytes.length) {
                if (needed > MAX) {
                    throw new OutOfMemoryError("A JSON body over 2 GB");
                }
                bytes = Arrays.copyOf(bytes, (int) Math.min(MAX, Math.max(2L * bytes.length, needed)));
            }
        }
    }

    private byte[] asJson(Object body) throws IOException {
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        if (body instanceof CharSequence text) {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
        if (body instanceof InputStream stream) {
            return stream.readAllBytes();
        }
        if (body instanceof Number || body instanceof Boolean || body instanceof Character || body instanceof Enum<?>) {
            throw wrongShape("a " + body.getClass().getSimpleName());
        }
        // a Collection of other values, a JsonNode or any object Jackson writes
        return mapper.writeValueAsBytes(body);
    }

    /**
     * {@code json} without a leading UTF-8 byte order mark, which files saved on Windows often start with: Jackson
     * reads past it, but JSON sent over a network must not carry one (RFC 8259, 8.1) and servers refuse it.
     */
    private static byte[] withoutByteOrderMark(byte[] json) {
        if (json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB && (json[2] & 0xFF) == 0xBF) {
            return Arrays.copyOfRange(json, 3, json.length);
        }
        return json;
    }

    /**
     * Parses {@code json} once: one value, an object or an array of objects, nothing after it. Errors name the body's
     * class too: the JSON may have come from a String, a file or a user's object.
     */
    private void checkShape(byte[] json, Class<?> bodyType) throws IOException {
        String in = " (its body is a " + bodyType.getName() + ")";
        try (JsonParser parser = mapper.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (array) {
                if (first != JsonToken.START_ARRAY) {
                    throw wrongShape(describe(first) + in);
                }
                int index = 0;
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken(), index++) {
                    if (item != JsonToken.START_OBJECT) {
                        throw wrongShape("an array whose element " + index + " is " + describe(item) + in);
                    }
                    parser.skipChildren();
                }
            } else {
                if (first != JsonToken.START_OBJECT) {
                    throw wrongShape(describe(first) + in);
                }
                parser.skipChildren();
            }
            if (parser.nextToken() != null) {
                throw wrongShape("more than one JSON value" + in);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The body of " + operation + " must be " + expected
                                               + ", but it is not valid JSON" + in + ": " + e.getOriginalMessage(), e);
        }
    }

    private IllegalArgumentException wrongShape(String actual) {
        return new IllegalArgumentException("The body of " + operation + " must be " + expected + ", got " + actual);
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "no JSON at all";
        }
        return switch (token) {
            case START_OBJECT -> "a JSON object";
            case START_ARRAY -> "a JSON array";
            case VALUE_STRING -> "a JSON string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a JSON number";
            case VALUE_TRUE, VALUE_FALSE -> "a JSON boolean";
            case VALUE_NULL -> "JSON null";
            default -> "JSON " + token;
        };
    }
}
