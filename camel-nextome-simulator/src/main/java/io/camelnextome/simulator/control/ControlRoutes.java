package io.camelnextome.simulator.control;

import io.camelnextome.simulator.SimulatorControl;
import io.camelnextome.simulator.http.ApiException;
import io.camelnextome.simulator.http.RequestParams;
import io.camelnextome.simulator.http.Responses;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The HTTP face of {@link SimulatorControl} under {@code /_sim/}: no token, no faults, arguments as
 * query parameters. Every action answers with the current state ({@code GET /_sim/status}).
 */
public final class ControlRoutes {

    public static final String PREFIX = "/_sim";

    private final SimulatorControl control;

    public ControlRoutes(SimulatorControl control) {
        this.control = control;
    }

    public void register(Router router) {
        router.get(PREFIX + "/status").handler(ctx -> Responses.json(ctx, status()));
        router.get(PREFIX + "/counters").handler(ctx -> Responses.json(ctx, counters()));
        action(router, HttpMethod.POST, "/faults/latency",
                params -> control.latency(Duration.ofMillis(params.requiredLong("millis"))));
        action(router, HttpMethod.POST, "/faults/failures",
                params -> control.failures(params.requiredInt("status"), share(params)));
        action(router, HttpMethod.POST, "/faults/drop-connections", params -> control.dropConnections(share(params)));
        action(router, HttpMethod.POST, "/faults/too-many-requests", params -> control.tooManyRequests(
                params.requiredInt("count"), Duration.ofSeconds(params.requiredLong("retryAfterSeconds"))));
        action(router, HttpMethod.POST, "/faults/auth-outage",
                params -> control.authOutage(Duration.ofMillis(params.requiredLong("millis"))));
        action(router, HttpMethod.POST, "/faults/late-positions", params -> control.latePositions(share(params),
                Duration.ofMillis(params.requiredLong("delayMillis"))));
        action(router, HttpMethod.DELETE, "/faults", params -> control.clearFaults());
        action(router, HttpMethod.POST, "/tokens/revoke", params -> control.revokeAllTokens());
        action(router, HttpMethod.PUT, "/tokens/lifetime",
                params -> control.tokenLifetime(Duration.ofSeconds(params.requiredLong("seconds"))));
        action(router, HttpMethod.POST, "/generation/pause", params -> control.pauseGeneration());
        action(router, HttpMethod.POST, "/generation/resume", params -> control.resumeGeneration());
        router.post(PREFIX + "/reset").handler(blocking(ctx -> {
            control.reset();
            return status();
        }));
        router.post(PREFIX + "/history").handler(blocking(ctx -> {
            RequestParams params = new RequestParams(ctx);
            Instant from = Instant.ofEpochMilli(params.requiredLong("from"));
            Instant to = Instant.ofEpochMilli(params.requiredLong("to"));
            return new JsonObject().put("generated", control.generateHistory(from, to));
        }));
        router.get(PREFIX + "/positions/count").handler(ctx -> {
            RequestParams params = new RequestParams(ctx);
            Long venueId = params.queryLong("venueId");
            long venue = venueId == null ? 1 : venueId;
            Instant from = Instant.ofEpochMilli(params.requiredLong("from"));
            Instant to = Instant.ofEpochMilli(params.requiredLong("to"));
            Responses.json(ctx, new JsonObject().put("count", control.positionsGenerated(venue, from, to)));
        });
    }

    private void action(Router router, HttpMethod method, String path, Consumer<RequestParams> action) {
        router.route(method, PREFIX + path).handler(ctx -> {
            action.accept(new RequestParams(ctx));
            Responses.json(ctx, status());
        });
    }

    /** Work that may take a while (reseeding, generating an hour of positions) runs off the event loop. */
    private static Handler<RoutingContext> blocking(Function<RoutingContext, JsonObject> work) {
        return ctx -> ctx.vertx().<JsonObject>executeBlocking(() -> work.apply(ctx), false).onComplete(result -> {
            if (result.succeeded()) {
                Responses.json(ctx, result.result());
            } else {
                ctx.fail(result.cause());
            }
        });
    }

    private static double share(RequestParams params) {
        String value = params.requiredString("share");
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Query parameter 'share' must be a number between 0 and 1, not '" + value + "'");
        }
    }

    private JsonObject status() {
        return new JsonObject()
                .put("generationPaused", control.generationPaused())
                .put("positionIntervalMillis", control.positionInterval().toMillis())
                .put("tokenLifetimeSeconds", control.tokenLifetime().toSeconds())
                .put("faults", faults(control.faults()))
                .put("counters", counters());
    }

    private static JsonObject faults(FaultInjector.Settings faults) {
        return new JsonObject()
                .put("latencyMillis", faults.latencyMillis())
                .put("failureStatus", faults.failureStatus())
                .put("failureShare", faults.failureShare())
                .put("dropShare", faults.dropShare())
                .put("tooManyRequestsLeft", faults.tooManyRequestsLeft())
                .put("retryAfterSeconds", faults.retryAfterSeconds())
                .put("authOutageMillisLeft", faults.authOutageMillisLeft())
                .put("lateShare", faults.lateShare())
                .put("lateDelayMillis", faults.lateDelayMillis())
                .put("latePending", faults.latePending());
    }

    private JsonObject counters() {
        JsonObject byOperation = new JsonObject();
        control.requestsByOperation().forEach(byOperation::put);
        JsonObject responses = new JsonObject();
        control.responsesByOperation().forEach((operation, byStatus) -> {
            JsonObject counts = new JsonObject();
            byStatus.forEach((status, count) -> counts.put(Integer.toString(status), count));
            responses.put(operation, counts);
        });
        return new JsonObject()
                .put("authCalls", control.authCalls())
                .put("tokensIssued", control.tokensIssued())
                .put("totalRequests", control.totalRequests())
                .put("latePositionsHeld", control.latePositionsHeld())
                .put("requestsByOperation", byOperation)
                .put("responsesByOperation", responses);
    }
}
