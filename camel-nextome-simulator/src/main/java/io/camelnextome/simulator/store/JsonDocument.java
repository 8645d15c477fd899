package io.camelnextome.simulator.store;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/**
 * A stored resource: its JSON and the bytes it is served as, encoded once when stored so that reads
 * cost no serialisation. Never mutate {@link #json()}: copy it, change the copy, store a new document.
 */
public record JsonDocument(JsonObject json, Buffer bytes) {

    public static JsonDocument of(JsonObject json) {
        return new JsonDocument(json, json.toBuffer());
    }

    public JsonObject copy() {
        return json.copy();
    }
}
