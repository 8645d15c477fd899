package io.camelnextome.nextome;

/**
 * What a Nextome call returned: the HTTP status and the body converted to the operation's result type (null when
 * the operation or the response has no body).
 */
public record NextomeResult(int status, Object body) {
}
