package io.camelnextome.simulator.auth;

import io.camelnextome.simulator.http.Responses;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** Lets a request through only with a valid, unexpired, unrevoked {@code Authorization: Bearer} token. */
public final class BearerTokenCheck implements Handler<RoutingContext> {

    private static final String PREFIX = "bearer ";

    private final TokenService tokens;

    public BearerTokenCheck(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (authorized(ctx)) {
            ctx.next();
        } else {
            reject(ctx);
        }
    }

    public boolean authorized(RoutingContext ctx) {
        String header = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                && tokens.isValid(header.substring(PREFIX.length()).trim());
    }

    /** 401 with a JSON error that never repeats the token. */
    public static void reject(RoutingContext ctx) {
        String header = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        String message = header == null
                ? "A bearer token is required (Authorization: Bearer <accessToken>)"
                : "The bearer token is invalid, expired or revoked";
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        Responses.error(ctx, 401, message);
    }
}
