package io.camelnextome.simulator.schema;

import io.camelnextome.simulator.http.ApiException;
import io.netty.buffer.ByteBufInputStream;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/** Parses request bodies, turning any syntax error into a 400. */
final class BodyParser {

    /**
     * As Vert.x's {@code Json.decodeValue} reads: from the bytes (a BOM skipped, UTF-16/32 detected), comments allowed.
     * Decimals are read by Jackson's fast parser, which gives the same double as {@link Double#parseDouble} (both
     * round correctly) in a fraction of the time: the two coordinates of a position were a tenth of a batch's time.
     */
    private static final JsonFactory JSON = JsonFactory.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();

    private BodyParser() {
    }

    /** Parses the bytes as received: no decoding to a String first (a batch of 1000 positions is 150 KB). */
    static Object parse(Buffer body, String what) {
        requireContent(body, what);
        try {
            return Json.decodeValue(body);
        } catch (DecodeException e) {
            throw notJson(what);
        }
    }

    /** A streaming parser over the bytes as received, read the way {@link #parse} reads them. */
    static JsonParser open(Buffer body, String what) throws IOException {
        requireContent(body, what);
        return JSON.createParser((InputStream) new ByteBufInputStream(body.getByteBuf()));
    }

    static ApiException notJson(String what) {
        return ApiException.badRequest("The request body is not valid JSON (" + what + ")");
    }

    private static void requireContent(Buffer body, String what) {
        if (body == null || isBlank(body)) {
            throw ApiException.badRequest("A JSON request body (" + what + ") is required");
        }
    }

    private static boolean isBlank(Buffer body) {
        for (int i = 0; i < body.length(); i++) {
            byte b = body.getByte(i);
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
