package io.camelnextome.simulator.api;

import io.camelnextome.simulator.http.ApiException;
import io.camelnextome.simulator.http.RequestParams;
import io.camelnextome.simulator.http.Responses;
import io.camelnextome.simulator.schema.Schema;
import io.camelnextome.simulator.store.JsonDocument;
import io.camelnextome.simulator.store.ResourceTable;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The create, read, update, delete and list handlers of one resource table, shared by the API areas so
 * that every resource behaves the same way: 201 on create, 404 with a JSON error when missing, 400 on a
 * malformed body or id.
 *
 * @param <K> the id type
 */
public final class ResourceEndpoints<K extends Comparable<K>> {

    private final ResourceTable<K> table;
    private final Schema schema;
    private final IdKind<K> ids;
    private final String label;

    public ResourceEndpoints(ResourceTable<K> table, Schema schema, IdKind<K> ids, String label) {
        this.table = table;
        this.schema = schema;
        this.ids = ids;
        this.label = label;
    }

    public Handler<RoutingContext> get(String idParam) {
        return ctx -> Responses.json(ctx, require(ctx, idParam).bytes());
    }

    public Handler<RoutingContext> create() {
        return ctx -> Responses.json(ctx, 201, create(schema.parseObject(new RequestParams(ctx).body())).bytes());
    }

    /** Stores a new resource from a checked body; 409 when a client-chosen id is taken. */
    public JsonDocument create(JsonObject body) {
        K id = ids.assign(table, body);
        return table.putNew(id, ids.withId(body, id))
                .orElseThrow(() -> new ApiException(409, label + " " + id + " already exists"));
    }

    /** PUT: the body replaces the resource, which keeps the id of the path. */
    public Handler<RoutingContext> update(String idParam) {
        return ctx -> {
            K id = ids.fromPath(new RequestParams(ctx), idParam);
            JsonObject body = schema.parseObject(new RequestParams(ctx).body());
            JsonDocument updated = table.update(id, old -> ids.withId(body, id)).orElseThrow(() -> missing(id));
            Responses.json(ctx, updated.bytes());
        };
    }

    /** DELETE, answered by {@code reply} with the deleted resource's id. */
    public Handler<RoutingContext> delete(String idParam, BiConsumer<RoutingContext, K> reply) {
        return ctx -> {
            K id = ids.fromPath(new RequestParams(ctx), idParam);
            table.remove(id).orElseThrow(() -> missing(id));
            reply.accept(ctx, id);
        };
    }

    /** The resources that match the filter the request asks for, in id order. */
    public Handler<RoutingContext> list(Function<RequestParams, Predicate<JsonObject>> filter) {
        return ctx -> {
            Predicate<JsonObject> matches = filter.apply(new RequestParams(ctx));
            Responses.array(ctx, table.list(matches).stream().map(JsonDocument::bytes).toList());
        };
    }

    public Handler<RoutingContext> list() {
        return list(params -> json -> true);
    }

    /** The first resource (in id order) whose text field equals the path parameter; 404 when none does. */
    public Handler<RoutingContext> findBy(String param, String field) {
        return ctx -> {
            String value = new RequestParams(ctx).pathString(param);
            List<JsonDocument> found = table.list(json -> value.equals(json.getString(field)));
            if (found.isEmpty()) {
                throw ApiException.notFound(label + " with " + field + " '" + value + "' not found");
            }
            Responses.json(ctx, found.get(0).bytes());
        };
    }

    public JsonDocument require(RoutingContext ctx, String idParam) {
        return require(ids.fromPath(new RequestParams(ctx), idParam));
    }

    public JsonDocument require(K id) {
        return table.get(id).orElseThrow(() -> missing(id));
    }

    public ApiException missing(K id) {
        return ApiException.notFound(label + " " + id + " not found");
    }

    /** A list filter: the field equals the value, or no filtering when the value is null. */
    public static Predicate<JsonObject> fieldEquals(String field, Object value) {
        return json -> value == null || value.equals(json.getValue(field)) || matchesNumber(json.getValue(field), value);
    }

    private static boolean matchesNumber(Object actual, Object expected) {
        return actual instanceof Number && expected instanceof Number
                && ((Number) actual).longValue() == ((Number) expected).longValue();
    }
}
