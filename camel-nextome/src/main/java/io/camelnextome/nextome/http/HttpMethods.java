package io.camelnextome.nextome.http;

import java.util.List;
import java.util.Locale;

/** The HTTP methods {@code nextome:raw} sends; anything else is refused before a request is made. */
public final class HttpMethods {

    public static final List<String> ALLOWED = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private HttpMethods() {
    }

    /**
     * The method {@code value} names, in upper case, GET when null; an {@link IllegalArgumentException} naming the
     * option {@code httpMethod} and the value otherwise.
     */
    public static String of(Object value) {
        if (value == null) {
            return "GET";
        }
        String method = value.toString().trim().toUpperCase(Locale.ROOT);
        if (!ALLOWED.contains(method)) {
            throw new IllegalArgumentException("Option 'httpMethod' of nextome:raw must be one of "
                                               + String.join(", ", ALLOWED) + ", got '" + value + "'");
        }
        return method;
    }
}
