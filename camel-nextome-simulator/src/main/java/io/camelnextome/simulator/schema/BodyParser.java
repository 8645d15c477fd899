package io.camelnextome.simulator.schema;

import io.camelnextome.simulator.http.ApiException;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;

/** Parses request bodies, turning any syntax error into a 400. */
final class BodyParser {

    private BodyParser() {
    }

    static Object parse(String body, String what) {
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("A JSON request body (" + what + ") is required");
        }
        try {
            return Json.decodeValue(body);
        } catch (DecodeException e) {
            throw ApiException.badRequest("The request body is not valid JSON (" + what + ")");
        }
    }
}
