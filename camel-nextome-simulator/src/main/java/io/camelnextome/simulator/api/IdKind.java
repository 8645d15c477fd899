package io.camelnextome.simulator.api;

import io.camelnextome.simulator.http.ApiException;
import io.camelnextome.simulator.http.RequestParams;
import io.camelnextome.simulator.store.ResourceTable;
import io.vertx.core.json.JsonObject;

import java.util.UUID;

/** How a resource's id is read from a path and chosen on creation: numeric (server-assigned) or text. */
public interface IdKind<K extends Comparable<K>> {

    /** Numeric ids: the server assigns them on creation, whatever the body says. */
    IdKind<Long> NUMERIC = new IdKind<>() {
        @Override
        public Long fromPath(RequestParams params, String name) {
            return params.pathLong(name);
        }

        @Override
        public Long assign(ResourceTable<Long> table, JsonObject body) {
            return table.nextId();
        }
    };

    /** Text ids: the client may choose one (which must be free), else the server makes a UUID. */
    IdKind<String> TEXT = new IdKind<>() {
        @Override
        public String fromPath(RequestParams params, String name) {
            return params.pathString(name);
        }

        @Override
        public String assign(ResourceTable<String> table, JsonObject body) {
            String chosen = body.getString("id");
            if (chosen != null && chosen.isBlank()) {
                throw ApiException.badRequest("Field 'id' must not be blank");
            }
            return chosen != null ? chosen : UUID.randomUUID().toString();
        }
    };

    K fromPath(RequestParams params, String name);

    K assign(ResourceTable<K> table, JsonObject body);

    /** The resource with its id field set. */
    default JsonObject withId(JsonObject json, K id) {
        return json.put("id", id);
    }
}
