package io.camelnextome.nextome.observe;

import io.camelnextome.nextome.auth.AccessToken;
import io.camelnextome.nextome.auth.NextomeAuthenticationException;
import io.camelnextome.nextome.auth.TokenSource;
import io.camelnextome.nextome.http.RetryPolicy;

/** A {@link TokenSource} that reports each handshake's outcome (the expiry, never the token) to an observer. */
public final class ObservedTokenSource implements TokenSource {

    private final TokenSource source;
    private final CredentialSet credentials;
    private final NextomeObserver observer;

    public ObservedTokenSource(TokenSource source, CredentialSet credentials, NextomeObserver observer) {
        this.source = source;
        this.credentials = credentials;
        this.observer = observer;
    }

    @Override
    public AccessToken acquire() {
        AccessToken token;
        try {
            token = source.acquire();
        } catch (NextomeAuthenticationException e) {
            observer.authenticationFailed(credentials, e.getStatusCode(), e.getMessage(),
                    RetryPolicy.parseRetryAfter(e.getRetryAfter()));
            throw e;
        } catch (RuntimeException e) {
            observer.authenticationFailed(credentials, 0, e.getMessage(), -1);
            throw e;
        }
        observer.authenticated(credentials, token.expiresAtMillis());
        return token;
    }
}
