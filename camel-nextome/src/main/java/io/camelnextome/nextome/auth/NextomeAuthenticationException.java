package io.camelnextome.nextome.auth;

import org.apache.camel.RuntimeCamelException;

/**
 * The Nextome authentication handshake failed, or the API rejected a fixed access token. The message says which
 * client id and URL were used, never the secret nor a token.
 */
public class NextomeAuthenticationException extends RuntimeCamelException {

    private final int statusCode;

    public NextomeAuthenticationException(String message) {
        this(message, 0);
    }

    /** @param statusCode the auth endpoint's HTTP status, for health checks and metrics */
    public NextomeAuthenticationException(String message, int statusCode) {
        super(message);
        this.statusCode = statusCode;
    }

    public NextomeAuthenticationException(String message, Throwable cause) {
        super(message, cause);
        this.statusCode = 0;
    }

    /** The HTTP status the auth endpoint answered, or 0 when it gave none (no connection, or a fixed token). */
    public int getStatusCode() {
        return statusCode;
    }
}
