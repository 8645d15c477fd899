package io.camelnextome.nextome.auth;

import org.apache.camel.RuntimeCamelException;

/**
 * The Nextome authentication handshake failed, or the API rejected a fixed access token. The message says which
 * client id and URL were used, never the secret nor a token.
 */
public class NextomeAuthenticationException extends RuntimeCamelException {

    private final int statusCode;
    private final String retryAfter;

    public NextomeAuthenticationException(String message) {
        this(message, 0);
    }

    /** @param statusCode the auth endpoint's HTTP status, for health checks and metrics */
    public NextomeAuthenticationException(String message, int statusCode) {
        this(message, statusCode, null);
    }

    /** @param retryAfter the auth endpoint's {@code Retry-After} header, or null */
    public NextomeAuthenticationException(String message, int statusCode, String retryAfter) {
        super(message);
        this.statusCode = statusCode;
        this.retryAfter = retryAfter;
    }

    public NextomeAuthenticationException(String message, Throwable cause) {
        super(message, cause);
        this.statusCode = 0;
        this.retryAfter = null;
    }

    /** The HTTP status the auth endpoint answered, or 0 when it gave none (no connection, or a fixed token). */
    public int getStatusCode() {
        return statusCode;
    }

    /** The auth endpoint's {@code Retry-After} header (seconds or an HTTP date), or null when it sent none. */
    public String getRetryAfter() {
        return retryAfter;
    }
}
