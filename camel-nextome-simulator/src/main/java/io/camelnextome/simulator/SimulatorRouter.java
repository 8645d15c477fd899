package io.camelnextome.simulator;

import io.camelnextome.simulator.api.ApiArea;
import io.camelnextome.simulator.api.FeatureRoutes;
import io.camelnextome.simulator.api.FenceRoutes;
import io.camelnextome.simulator.api.GatewayRoutes;
import io.camelnextome.simulator.api.LocationRoutes;
import io.camelnextome.simulator.api.MapRoutes;
import io.camelnextome.simulator.api.PositionQueries;
import io.camelnextome.simulator.api.ProviderRoutes;
import io.camelnextome.simulator.api.RoomRoutes;
import io.camelnextome.simulator.api.TrackableRoutes;
import io.camelnextome.simulator.api.VenueCategoryRoutes;
import io.camelnextome.simulator.api.VenueRoutes;
import io.camelnextome.simulator.api.VisitRoutes;
import io.camelnextome.simulator.auth.AuthRoutes;
import io.camelnextome.simulator.auth.BearerTokenCheck;
import io.camelnextome.simulator.auth.TokenService;
import io.camelnextome.simulator.control.ControlRoutes;
import io.camelnextome.simulator.control.FaultInjector;
import io.camelnextome.simulator.control.RequestBodies;
import io.camelnextome.simulator.control.RequestCounters;
import io.camelnextome.simulator.demo.DemoData;
import io.camelnextome.simulator.http.ApiException;
import io.camelnextome.simulator.http.ApiRouter;
import io.camelnextome.simulator.http.Responses;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Builds the router of one server instance: control API, authentication, the 77 operations, JSON errors. */
final class SimulatorRouter {

    private static final Logger LOG = Logger.getLogger(SimulatorRouter.class.getName());

    private final RequestCounters counters;
    private final FaultInjector faults;
    private final TokenService tokens;
    private final DemoData demo;
    private final SimulatorControl control;
    private final RequestBodies received;

    SimulatorRouter(RequestCounters counters, FaultInjector faults, TokenService tokens, DemoData demo,
                    SimulatorControl control, RequestBodies received) {
        this.received = received;
        this.counters = counters;
        this.faults = faults;
        this.tokens = tokens;
        this.demo = demo;
        this.control = control;
    }

    Router create(Vertx vertx) {
        Router router = Router.router(vertx);
        router.route().handler(counters.receivedCounter());
        new ControlRoutes(control).register(router);
        received.register(router);
        BearerTokenCheck bearer = new BearerTokenCheck(tokens);
        ApiRouter api = new ApiRouter(router, counters, faults, bearer, received);
        new AuthRoutes(tokens, counters).register(api);
        PositionQueries positions = new PositionQueries(demo.store(), demo.layout().floorPlan());
        List<ApiArea> areas = List.of(
                new VenueRoutes(demo.store()),
                new VenueCategoryRoutes(demo.store()),
                new TrackableRoutes(demo.store(), positions),
                new RoomRoutes(demo.store()),
                new ProviderRoutes(demo.store(), positions),
                new MapRoutes(demo.store()),
                new GatewayRoutes(demo.store()),
                new FenceRoutes(demo.store(), positions),
                new FeatureRoutes(demo.store()),
                new LocationRoutes(demo.store(), positions),
                new VisitRoutes(demo.store()));
        areas.forEach(area -> area.register(api));
        router.route().failureHandler(SimulatorRouter::failure);
        router.errorHandler(404, ctx -> unmatched(ctx, bearer, 404, "No resource at " + ctx.request().path()));
        router.errorHandler(405, ctx -> unmatched(ctx, bearer, 405,
                ctx.request().method() + " is not supported on " + ctx.request().path()));
        return router;
    }

    private static void failure(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof ApiException) {
            Responses.error(ctx, ((ApiException) failure).status(), failure.getMessage());
        } else if (failure instanceof IllegalArgumentException) {
            Responses.error(ctx, 400, failure.getMessage());
        } else if (failure == null) {
            Responses.error(ctx, ctx.statusCode(), "Request failed with status " + ctx.statusCode());
        } else {
            LOG.log(Level.WARNING, "Unexpected failure on " + ctx.request().method() + " " + ctx.request().path(), failure);
            Responses.error(ctx, 500, "Internal simulator error: " + failure.getClass().getSimpleName());
        }
    }

    /** A path no operation serves: 401 first when the token is missing (as for every Nextome path), else 404/405. */
    private static void unmatched(RoutingContext ctx, BearerTokenCheck bearer, int status, String message) {
        if (!ctx.request().path().startsWith(ControlRoutes.PREFIX + "/") && !bearer.authorized(ctx)) {
            BearerTokenCheck.reject(ctx);
        } else {
            Responses.error(ctx, status, message);
        }
    }
}
