package io.camelnextome.simulator.control;

import io.camelnextome.simulator.http.RequestParams;
import io.camelnextome.simulator.http.Responses;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The last request bodies each operation accepted, exactly as they came over the wire (the store keeps only the
 * fields the API document knows, as a Jackson-bound server would). Tests read them to prove what a client sent.
 * Served as {@code GET /_sim/requests/bodies?operation=POST /locations/list}, oldest first.
 */
public final class RequestBodies {

    /** How many bodies are kept per operation. */
    public static final int KEPT = 32;

    /** The bodies as received: decoded to text only when read, not on every request (a batch of 1000 positions). */
    private final ConcurrentMap<String, Deque<Buffer>> byOperation = new ConcurrentHashMap<>();

    /** Records the body of each request of {@code key} ("METHOD /template") that reaches the operation. */
    public Handler<RoutingContext> recorder(String key) {
        return ctx -> {
            if (ctx.body() != null && ctx.body().buffer() != null) {
                Deque<Buffer> bodies = byOperation.computeIfAbsent(key, k -> new ArrayDeque<>());
                synchronized (bodies) {
                    if (bodies.size() == KEPT) {
                        bodies.removeFirst();
                    }
                    bodies.addLast(ctx.body().buffer());
                }
            }
            ctx.next();
        };
    }

    /** The last bodies of one operation, oldest first. */
    public List<String> last(String key) {
        Deque<Buffer> bodies = byOperation.get(key);
        if (bodies == null) {
            return List.of();
        }
        synchronized (bodies) {
            return bodies.stream().map(Buffer::toString).toList();
        }
    }

    public void clear() {
        byOperation.clear();
    }

    public void register(Router router) {
        router.get(ControlRoutes.PREFIX + "/requests/bodies").handler(ctx -> Responses.json(ctx,
                new JsonArray(last(new RequestParams(ctx).requiredString("operation")))));
    }
}
