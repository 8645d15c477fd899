package io.camelnextome.simulator.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.time.Instant;
import java.util.Collection;

/** Writes the simulator's responses: JSON bodies, empty bodies and Spring-style JSON errors. */
public final class Responses {

    private static final CharSequence APPLICATION_JSON = HttpHeaders.createOptimized("application/json");
    private static final CharSequence TEXT_PLAIN = HttpHeaders.createOptimized("text/plain;charset=UTF-8");

    private Responses() {
    }

    public static void json(RoutingContext ctx, int status, Buffer body) {
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, APPLICATION_JSON).end(body);
    }

    public static void json(RoutingContext ctx, Buffer body) {
        json(ctx, 200, body);
    }

    public static void json(RoutingContext ctx, int status, JsonObject body) {
        json(ctx, status, body.toBuffer());
    }

    public static void json(RoutingContext ctx, JsonObject body) {
        json(ctx, 200, body.toBuffer());
    }

    public static void json(RoutingContext ctx, JsonArray body) {
        json(ctx, 200, body.toBuffer());
    }

    /** A JSON scalar: a number or a boolean. */
    public static void scalar(RoutingContext ctx, Object value) {
        json(ctx, 200, Buffer.buffer(String.valueOf(value)));
    }

    /** A JSON array of already encoded documents, joined without decoding them. */
    public static void array(RoutingContext ctx, Collection<Buffer> items) {
        int length = 2;
        for (Buffer item : items) {
            length += item.length() + 1;
        }
        Buffer body = Buffer.buffer(length).appendByte((byte) '[');
        boolean first = true;
        for (Buffer item : items) {
            if (!first) {
                body.appendByte((byte) ',');
            }
            body.appendBuffer(item);
            first = false;
        }
        json(ctx, 200, body.appendByte((byte) ']'));
    }

    public static void text(RoutingContext ctx, String body) {
        ctx.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, TEXT_PLAIN).end(body);
    }

    public static void empty(RoutingContext ctx, int status) {
        ctx.response().setStatusCode(status).end();
    }

    public static void error(RoutingContext ctx, int status, String message) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        JsonObject error = new JsonObject()
                .put("timestamp", Instant.now().toString())
                .put("status", status)
                .put("error", HttpResponseStatus.valueOf(status).reasonPhrase())
                .put("message", message)
                .put("path", ctx.request().path());
        json(ctx, status, error);
    }
}
