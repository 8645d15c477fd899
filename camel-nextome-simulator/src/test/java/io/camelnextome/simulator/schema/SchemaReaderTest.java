package io.camelnextome.simulator.schema;

import io.camelnextome.simulator.http.ApiException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The streaming reader accepts and refuses what the tree path ({@link Schema#parseArray}, {@link Schema#parseObject})
 * does, with the same message, and writes each accepted object byte for byte as the tree path's normalized object.
 */
class SchemaReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "[]",
            "[{}]",
            "[{\"map\":1,\"x\":1.5,\"y\":2,\"trackable\":\"T-1\"}]",
            // unknown fields at every depth, in any order, with nested objects and arrays
            "[{\"y\":2.25,\"extra\":{\"a\":[1,{\"b\":null}]},\"map\":1,\"x\":3,\"more\":[[]],\"trackable\":\"T\"}]",
            // nulls are absent; a field named twice keeps its last value, as a Map does
            "[{\"map\":1,\"room\":null,\"provider\":null,\"x\":\"no\",\"x\":4.0}]",
            // numbers as Jackson reads them: int, long, beyond long, exponents, negative zero, infinity
            "[{\"map\":3000000000,\"x\":99999999999999999999,\"y\":1E2,\"rawX\":-0.0,\"rawY\":1e400,\"crs\":7}]",
            // decimals read from the parser's characters: rounding edges, subnormals, underflow; over 64 characters
            // the parser's own path
            "[{\"map\":1,\"x\":0.1,\"y\":-2.2250738585072011e-308,\"rawX\":9007199254740993.0,\"rawY\":1e-400},"
            + "{\"map\":1,\"x\":0.30000000000000004,\"y\":1.7976931348623157E308,\"rawY\":4.9E-324,\"rawX\":"
            + "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899}]",
            "[{\"provider\":{\"id\":5,\"type\":\"UWB\",\"unknown\":true,\"battery\":3},\"map\":1}]",
            "[{\"provider\":{\"id\":5},\"provider\":{\"type\":\"GPS\"},\"map\":1}]",
            "[{\"map\":1,\"positionLabel\":\"K\\u00fcche \\\"1\\\"\"}, {\"map\":2} ,{\"map\":1}]",
            "  /* comment */ [{\"map\":1} // trailing comment\n]",
            // refused: the schema's messages, in the tree path's order
            "[{\"map\":\"1\"}]",
            "[{\"x\":\"1.5\"}]",
            "[{\"map\":1.0}]",
            "[{\"map\":99999999999999999999}]",
            "[{\"trackable\":5}]",
            "[{\"trackable\":{\"id\":\"T\"}}]",
            "[{\"x\":[1,2]}]",
            "[{\"x\":{\"a\":1.5,\"b\":[true,null]}}]",
            "[{\"provider\":\"UWB\"}]",
            "[{\"provider\":[{\"id\":1}]}]",
            "[{\"provider\":{\"type\":\"LASER\"}}]",
            "[{\"provider\":{\"id\":\"one\",\"type\":\"LASER\"}}]",
            "[{\"x\":true,\"map\":\"one\"}]",
            "[{\"map\":1}, {\"map\":2, \"x\":\"far\"}, {\"y\":\"near\"}]",
            "[{\"map\":1}, 7, {\"y\":\"near\"}]",
            "[{\"map\":1}, null]",
            "[[{\"map\":1}]]",
            "{\"map\":1}",
            "\"text\"",
            "null",
            // refused: not JSON, also where an item before is refused by the schema
            "[{\"map\":1}",
            "[{\"map\":\"x\"}, {\"map\":}]",
            "[{\"map\":1}] [2]",
            "[{\"map\":1}] x",
            "[{\"map\":01}]",
            "[{'map':1}]",
            "[{\"map\":NaN}]",
            "{\"map\":\"x\"",
            "/* only a comment */",
            "",
            "   \n",
    })
    void anArrayIsReadAsTheTreePathReadsIt(String body) {
        assertSameOutcome(body.getBytes(StandardCharsets.UTF_8), true);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "{\"map\":1,\"x\":1,\"ignored\":[{}],\"provider\":{\"id\":2,\"type\":\"AOA\"},\"timestampGenerated\":17}",
            "{\"map\":1,\"timestampGenerated\":1.5}",
            "[{\"map\":1}]",
            "{\"map\":1}}",
            "{\"map\":1} {}",
            "12",
    })
    void anObjectIsReadAsTheTreePathReadsIt(String body) {
        assertSameOutcome(body.getBytes(StandardCharsets.UTF_8), false);
    }

    /** The bytes as received: a UTF-8 byte order mark is skipped, UTF-16 and UTF-32 are detected, as Vert.x does. */
    @ParameterizedTest
    @ValueSource(strings = { "UTF-8 BOM", "UTF-16LE", "UTF-16BE", "UTF-32", "UTF-16 BOM" })
    void theBytesAreDecodedAsVertxDecodesThem(String encoding) {
        String json = "[{\"map\":1,\"x\":12.75,\"positionLabel\":\"Küche\"}]";
        byte[] body = switch (encoding) {
            case "UTF-8 BOM" -> ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8);
            case "UTF-16 BOM" -> json.getBytes(StandardCharsets.UTF_16);
            default -> json.getBytes(java.nio.charset.Charset.forName(encoding));
        };
        assertSameOutcome(body, true);
        assertEquals("Küche", new JsonObject(SchemaReader.readArray(Schemas.LOCATION, Buffer.buffer(body),
                (object, where) -> where.get()).json(0)).getString("positionLabel"));
    }

    /** A batch of 3000 (about 500 KB): every object written, none lost at the edges of the generator's buffer. */
    @org.junit.jupiter.api.Test
    void aLargeBatchIsReadWhole() {
        JsonArray batch = new JsonArray();
        for (int i = 0; i < 3_000; i++) {
            batch.add(new JsonObject().put("map", 1).put("trackable", "T-" + i).put("x", i / 7.0).put("y", i)
                    .put("provider", new JsonObject().put("id", i).put("type", "UWB").put("name", "tag " + i))
                    .put("extra", "ignored " + i));
        }
        assertSameOutcome(batch.toBuffer().getBytes(), true);
    }

    private static void assertSameOutcome(byte[] body, boolean array) {
        Object expected = outcome(() -> {
            JsonArray normalized = array ? Schemas.LOCATION.parseArray(Buffer.buffer(body))
                    : new JsonArray().add(Schemas.LOCATION.parseObject(Buffer.buffer(body)));
            // what the server adds to a position without timestamps: after the fields posted
            return normalized.stream().map(item -> completed((JsonObject) item).toBuffer().toString()).toList();
        });
        Object actual = outcome(() -> {
            SchemaReader.Check<String> check = (object, where) -> {
                object.complete("timestampGenerated", 42L);
                object.complete("createdAt", 42L);
                return where.get();
            };
            SchemaReader.Read<String> read = array ? SchemaReader.readArray(Schemas.LOCATION, Buffer.buffer(body), check)
                    : SchemaReader.readObject(Schemas.LOCATION, Buffer.buffer(body), check);
            assertEquals(read.checked().size(), read.ends().length);
            return java.util.stream.IntStream.range(0, read.ends().length).mapToObj(read::json).map(Buffer::toString)
                    .toList();
        });
        assertEquals(expected, actual, new String(body, StandardCharsets.UTF_8));
    }

    private static JsonObject completed(JsonObject location) {
        if (location.getValue("timestampGenerated") == null) {
            location.put("timestampGenerated", 42L);
        }
        if (location.getValue("createdAt") == null) {
            location.put("createdAt", 42L);
        }
        return location;
    }

    /** The objects' JSON, or the status and message of the refusal. */
    private static Object outcome(java.util.function.Supplier<List<String>> read) {
        try {
            return read.get();
        } catch (ApiException e) {
            return e.status() + " " + e.getMessage();
        }
    }

    @org.junit.jupiter.api.Test
    void theCheckRunsOnlyOnObjectsTheSchemaAccepted_andItsRefusalComesAfterTheSchemas() {
        Buffer body = Buffer.buffer("[{\"map\":1},{\"map\":2},{\"x\":\"bad\"}]");
        ApiException refused = assertThrows(ApiException.class, () -> SchemaReader.readArray(Schemas.LOCATION, body,
                (object, where) -> {
                    if (object.getLong("map") == 2) {
                        throw ApiException.badRequest("map 2 refused");
                    }
                    return object;
                }));
        assertEquals("Field 'LocationDto[2].x' must be a number, not the string 'bad'", refused.getMessage());

        ApiException checkRefused = assertThrows(ApiException.class, () -> SchemaReader.readArray(Schemas.LOCATION,
                Buffer.buffer("[{\"map\":1},{\"map\":2},{\"map\":3}]"), (object, where) -> {
                    if (object.getLong("map") > 1) {
                        throw ApiException.badRequest("map " + object.getLong("map") + " of " + where.get());
                    }
                    return object;
                }));
        assertEquals("map 2 of LocationDto[1]", checkRefused.getMessage());
    }
}
