package io.camelnextome.simulator.http;

import io.camelnextome.simulator.auth.BearerTokenCheck;
import io.camelnextome.simulator.control.FaultInjector;
import io.camelnextome.simulator.control.RequestBodies;
import io.camelnextome.simulator.control.RequestCounters;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.concurrent.atomic.LongAdder;

/**
 * Registers Nextome operations under their OpenAPI path templates. Each request of an operation is
 * counted under "METHOD /template", then goes through the fault injector and the bearer token check,
 * and its body is recorded, before its handler runs. Register literal paths before templated ones that could shadow them.
 */
public final class ApiRouter {

    private static final long BODY_LIMIT = 16L * 1024 * 1024;

    private final Router router;
    private final RequestCounters counters;
    private final FaultInjector faults;
    private final BearerTokenCheck bearer;
    private final RequestBodies received;
    private final BodyReader bodies = new BodyReader(BODY_LIMIT);

    public ApiRouter(Router router, RequestCounters counters, FaultInjector faults, BearerTokenCheck bearer,
                     RequestBodies received) {
        this.router = router;
        this.received = received;
        this.counters = counters;
        this.faults = faults;
        this.bearer = bearer;
    }

    public void get(String template, Handler<RoutingContext> handler) {
        operation(HttpMethod.GET, template, handler);
    }

    public void post(String template, Handler<RoutingContext> handler) {
        operation(HttpMethod.POST, template, handler);
    }

    public void put(String template, Handler<RoutingContext> handler) {
        operation(HttpMethod.PUT, template, handler);
    }

    public void delete(String template, Handler<RoutingContext> handler) {
        operation(HttpMethod.DELETE, template, handler);
    }

    /** An operation that needs a bearer token; {@code template} is written as in the OpenAPI document. */
    public void operation(HttpMethod method, String template, Handler<RoutingContext> handler) {
        LongAdder counter = counters.operation(method.name() + " " + template);
        Route route = route(method, template)
                .handler(ctx -> {
                    counter.increment();
                    ctx.next();
                })
                .handler(faults)
                .handler(bearer);
        if (hasBody(method)) {
            route.handler(received.recorder(method.name() + " " + template));
        }
        route.handler(handler);
    }

    /** The authentication endpoint: counted by {@code onArrival}, then faults apply; no token is needed. */
    public void authentication(String path, Runnable onArrival, Handler<RoutingContext> handler) {
        route(HttpMethod.POST, path)
                .handler(ctx -> {
                    onArrival.run();
                    ctx.next();
                })
                .handler(faults.authentication())
                .handler(handler);
    }

    private static boolean hasBody(HttpMethod method) {
        return method == HttpMethod.POST || method == HttpMethod.PUT;
    }

    private Route route(HttpMethod method, String template) {
        Route route = router.route(method, template.replaceAll("\\{(\\w+)}", ":$1"));
        if (hasBody(method)) {
            route.handler(bodies);
        }
        route.handler(counters.responseCounter(method.name() + " " + template));
        return route;
    }
}
