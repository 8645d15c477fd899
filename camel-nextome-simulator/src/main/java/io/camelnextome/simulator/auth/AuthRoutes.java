package io.camelnextome.simulator.auth;

import io.camelnextome.simulator.control.RequestCounters;
import io.camelnextome.simulator.http.ApiException;
import io.camelnextome.simulator.http.ApiRouter;
import io.camelnextome.simulator.http.Responses;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code POST /apps/auth}: {@code {"clientId", "clientSecret"}} in, {@code {"accessToken", "expiresIn"}}
 * out; 401 for wrong credentials, 400 for a malformed body.
 */
public final class AuthRoutes {

    public static final String PATH = "/apps/auth";

    private final TokenService tokens;
    private final RequestCounters counters;

    public AuthRoutes(TokenService tokens, RequestCounters counters) {
        this.tokens = tokens;
        this.counters = counters;
    }

    public void register(ApiRouter api) {
        api.authentication(PATH, counters::authCalled, this::authenticate);
    }

    private void authenticate(RoutingContext ctx) {
        JsonObject credentials = parse(ctx.body().asString());
        String clientId = credential(credentials, "clientId");
        String clientSecret = credential(credentials, "clientSecret");
        if (!tokens.accepts(clientId, clientSecret)) {
            Responses.error(ctx, 401, "Invalid clientId or clientSecret");
            return;
        }
        TokenService.IssuedToken token = tokens.issue();
        counters.tokenIssued();
        Responses.json(ctx, new JsonObject()
                .put("accessToken", token.accessToken())
                .put("expiresIn", token.expiresIn())
                .put("tokenType", "Bearer"));
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("A JSON body with 'clientId' and 'clientSecret' is required");
        }
        try {
            return new JsonObject(body);
        } catch (DecodeException | ClassCastException e) {
            throw ApiException.badRequest("The body must be a JSON object with 'clientId' and 'clientSecret'");
        }
    }

    private static String credential(JsonObject credentials, String field) {
        Object value = credentials.getValue(field);
        if (!(value instanceof String) || ((String) value).isEmpty()) {
            throw ApiException.badRequest("Field '" + field + "' is required and must be a string");
        }
        return (String) value;
    }
}
