package io.camelnextome.nextome.auth;

import org.apache.camel.RuntimeCamelException;

/**
 * The Nextome authentication handshake failed, or the API rejected a fixed access token. The message says which
 * client id and URL were used, never the secret nor a token.
 */
public class NextomeAuthenticationException extends RuntimeCamelException {

    public NextomeAuthenticationException(String message) {
        super(message);
    }

    public NextomeAuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
