package io.camelnextome.nextome.auth;

/** Performs the authentication handshake: a new token each call. */
@FunctionalInterface
public interface TokenSource {

    AccessToken acquire();
}
