package io.camelnextome.nextome.observe;

import java.time.Instant;

/**
 * What is known about one {@link CredentialSet}: the last handshake, when its token expires (never the token),
 * and whether the API rejected a fresh token. It is healthy unless the last handshake failed or the API rejected
 * a renewed token; the next success makes it healthy again.
 */
public final class CredentialState {

    /** The outcome of the last handshake, or of a call the API rejected after a renewal. */
    public record Outcome(boolean success, Instant time, int httpStatus, String message) {
    }

    private final CredentialSet credentials;
    private volatile Outcome last;
    private volatile long tokenExpiresAtMillis;
    private volatile long tokenLifetimeMillis;
    /** Until when the auth endpoint asked, with the last failure, not to be asked again; 0 when it did not. */
    private volatile long waitUntilMillis;
    private volatile Runnable renewal;

    CredentialState(CredentialSet credentials) {
        this.credentials = credentials;
    }

    public CredentialSet credentials() {
        return credentials;
    }

    /** The last handshake or rejection, or null before the first handshake. */
    public Outcome last() {
        return last;
    }

    public boolean healthy() {
        Outcome outcome = last;
        return outcome == null || outcome.success();
    }

    /** When the current token expires, or null when no token was acquired. */
    public Instant tokenExpiresAt() {
        long expiresAt = tokenExpiresAtMillis;
        return expiresAt == 0 ? null : Instant.ofEpochMilli(expiresAt);
    }

    /** Seconds until the current token expires (negative once expired), or NaN when there is none. */
    public double secondsToExpiry() {
        long expiresAt = tokenExpiresAtMillis;
        return expiresAt == 0 ? Double.NaN : (expiresAt - System.currentTimeMillis()) / 1000.0;
    }

    /** How long the last token acquired was valid for when it came, or 0 when none was. */
    public long tokenLifetimeMillis() {
        return tokenLifetimeMillis;
    }

    /** Acquires a new token now; fails for a fixed access token. */
    public void renew() {
        Runnable current = renewal;
        if (current == null) {
            throw new IllegalStateException("The token of " + credentials + " cannot be renewed by the component"
                                            + (credentials.fixedToken() ? ": it is a fixed accessToken" : ""));
        }
        current.run();
    }

    void renewal(Runnable renewal) {
        this.renewal = renewal;
    }

    /** Until when the auth endpoint asked (Retry-After) not to be asked again since the last failure, or null. */
    public Instant waitUntil() {
        long until = waitUntilMillis;
        return until == 0 ? null : Instant.ofEpochMilli(until);
    }

    void authenticated(long expiresAtMillis) {
        waitUntilMillis = 0;
        tokenExpiresAtMillis = expiresAtMillis;
        tokenLifetimeMillis = Math.max(0, expiresAtMillis - System.currentTimeMillis());
        last = new Outcome(true, Instant.now(), 200, "authenticated");
    }

    /** @param retryAfterMillis how long the auth endpoint asked to wait, or -1 */
    void failed(int httpStatus, String message, long retryAfterMillis) {
        long now = System.currentTimeMillis();
        waitUntilMillis = retryAfterMillis < 0 ? 0 : now + retryAfterMillis;
        last = new Outcome(false, Instant.ofEpochMilli(now), httpStatus, message);
    }

    /** A call succeeded with this set's token: a rejection before is over. */
    void succeeded() {
        Outcome outcome = last;
        if (outcome != null && !outcome.success()) {
            waitUntilMillis = 0;
            last = new Outcome(true, Instant.now(), 200, "a call succeeded");
        }
    }
}
