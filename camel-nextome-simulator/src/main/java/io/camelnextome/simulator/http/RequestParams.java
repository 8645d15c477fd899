package io.camelnextome.simulator.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/** Reads path and query parameters, refusing malformed or missing required ones with a 400 that names them. */
public final class RequestParams {

    private final RoutingContext ctx;

    public RequestParams(RoutingContext ctx) {
        this.ctx = ctx;
    }

    public String pathString(String name) {
        String value = ctx.pathParam(name);
        if (value == null || value.isEmpty()) {
            throw ApiException.badRequest("Path parameter '" + name + "' is required");
        }
        return value;
    }

    public long pathLong(String name) {
        return toLong(name, pathString(name));
    }

    public Long queryLong(String name) {
        String value = query(name);
        return value == null ? null : toLong(name, value);
    }

    public long requiredLong(String name) {
        return toLong(name, required(name));
    }

    public Integer queryInt(String name) {
        String value = query(name);
        if (value == null) {
            return null;
        }
        long parsed = toLong(name, value);
        if (parsed < Integer.MIN_VALUE || parsed > Integer.MAX_VALUE) {
            throw ApiException.badRequest("Query parameter '" + name + "' is out of range: '" + value + "'");
        }
        return (int) parsed;
    }

    public int requiredInt(String name) {
        required(name);
        return queryInt(name);
    }

    public String queryString(String name) {
        return query(name);
    }

    public String requiredString(String name) {
        return required(name);
    }

    /** A query parameter that must be one of the given values when present. */
    public String queryEnum(String name, List<String> values) {
        String value = query(name);
        if (value != null && !values.contains(value)) {
            throw ApiException.badRequest("Query parameter '" + name + "' must be one of " + values + ", not '" + value + "'");
        }
        return value;
    }

    /**
     * The body as UTF-8 JSON for the parser: the bytes as received, unless the Content-Type declares another charset
     * (ISO-8859-1, UTF-16...), which is then decoded as declared, as a Jackson-bound server reads it.
     */
    public Buffer body() {
        Buffer received = ctx.body().buffer();
        MIMEHeader type = ctx.parsedHeaders() == null ? null : ctx.parsedHeaders().contentType();
        String charset = type == null ? null : type.parameter("charset");
        if (received == null || charset == null || charset.equalsIgnoreCase("UTF-8")) {
            return received;
        }
        return Buffer.buffer(ctx.body().asString(), "UTF-8");
    }

    private String query(String name) {
        String value = ctx.queryParams().get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    private String required(String name) {
        String value = query(name);
        if (value == null) {
            throw ApiException.badRequest("Query parameter '" + name + "' is required");
        }
        return value;
    }

    private static long toLong(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Parameter '" + name + "' must be an integer, not '" + value + "'");
        }
    }
}
