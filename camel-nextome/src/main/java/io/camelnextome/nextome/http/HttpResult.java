package io.camelnextome.nextome.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A response: its status, body (empty, never null) and {@code Retry-After} header (null when absent). A successful
 * body that a {@link NextomeHttpClient.BodyReader} read straight from the connection is not kept as bytes: it is
 * {@code value}, or {@code unreadable} when it was not the JSON expected.
 */
public record HttpResult(int status, byte[] body, String retryAfter, Object value, IOException unreadable) {

    public HttpResult(int status, byte[] body, String retryAfter) {
        this(status, body, retryAfter, null, null);
    }

    public boolean successful() {
        return status >= 200 && status < 300;
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
