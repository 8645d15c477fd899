package io.camelnextome.nextome.http;

import java.nio.charset.StandardCharsets;

/**
 * A response read in full: its status, body (empty, never null) and {@code Retry-After} header (null when absent).
 */
public record HttpResult(int status, byte[] body, String retryAfter) {

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
