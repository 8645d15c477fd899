package io.camelnextome.nextome.auth;

import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import io.camelnextome.nextome.http.MaskedUrl;
import io.camelnextome.nextome.http.RetryPolicy;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access token of one set of credentials, shared by every endpoint of a CamelContext that uses them.
 * <ul>
 * <li>One handshake at a time: the threads that need a token while a handshake is in flight wait for it and share
 * its outcome, a token or a failure, so N callers cost one handshake and fail together when it fails.</li>
 * <li>A handshake that fails transiently (a 503, a 429, a dropped connection...) is sent again within the same
 * acquisition, under the endpoint's retry options ({@link Handshake}): a short outage of the authentication endpoint
 * costs the waiting calls a delay, not a failure. A stop or an interruption ends those retries.</li>
 * <li>The wait is bounded (by the transport timeouts of each attempt and the retry pauses) and ends when the waiting
 * thread is interrupted.</li>
 * <li>A handshake that failed after its retries is remembered for a backoff (1 s, doubled after each consecutive
 * failure, up to 10 s, or the 429's longer {@code Retry-After}): calls in that time fail at once with the same error
 * instead of hammering the authentication endpoint.</li>
 * <li>A token is renewed ahead of expiry by one thread while the others keep using the still valid one; a token
 * the API rejected is dropped once, however many calls saw the rejection.</li>
 * </ul>
 */
public final class TokenManager {

    private static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);

    static final long FIRST_BACKOFF_MILLIS = 1000;
    static final long MAX_BACKOFF_MILLIS = 10_000;
    /** How often a caller waiting for a handshake checks whether it stopped. */
    private static final long STOP_CHECK_MILLIS = 50;

    /**
     * The outcome of a handshake that its waiters do not share, and that is not remembered: its thread was interrupted
     * (a route or context stopping), which says nothing about the credentials or the server, or it was the single
     * attempt of a renewal ahead of expiry. The waiters start a handshake of their own.
     */
    private static final class NotShared extends RuntimeException {
        NotShared(Throwable cause) {
            super(null, cause, false, false);
        }
    }

    /** A failed handshake: its error, until when it is reported without a new handshake, and how many in a row. */
    private record Failure(Throwable error, long retryAtMillis, int inARow) {
    }

    private final String authUrl;
    private final String clientId;
    private final AtomicReference<AccessToken> current = new AtomicReference<>();
    private final Object lock = new Object();
    /** The handshake in flight, or null; guarded by {@link #lock}. */
    private CompletableFuture<AccessToken> inFlight;
    /** The last handshake when it failed, or null; guarded by {@link #lock}. */
    private Failure failure;
    /** When a renewal ahead of expiry that failed may be tried again; guarded by {@link #lock}. */
    private long renewalRetryAt;

    TokenManager(String authUrl, String clientId) {
        this.authUrl = MaskedUrl.of(authUrl);   // named in messages and logs only
        this.clientId = clientId;
    }

    /**
     * A valid token, acquired through {@code handshake} when there is none or it is due for renewal.
     *
     * @param stopRequested true once the caller stops: a handshake it runs is not retried then, nor one in flight
     *                      waited for
     */
    public String token(Handshake handshake, BooleanSupplier stopRequested) {
        AccessToken token = current.get();
        long now = System.currentTimeMillis();
        if (token != null && !token.renewalDue(now)) {
            return token.value();
        }
        if (token != null && !token.expired(now)) {
            return renewAhead(token, handshake.source());
        }
        return acquire(handshake, stopRequested).value();
    }

    /** Joins the handshake in flight, or runs a new one in this thread, or reports the remembered failure. */
    private AccessToken acquire(Handshake handshake, BooleanSupplier stopRequested) {
        while (true) {
            CompletableFuture<AccessToken> outcome;
            boolean mine = false;
            synchronized (lock) {
                AccessToken token = current.get();
                if (token != null && !token.renewalDue(System.currentTimeMillis())) {
                    return token;
                }
                if (inFlight == null) {
                    throwIfBackingOff();
                    inFlight = new CompletableFuture<>();
                    mine = true;
                }
                outcome = inFlight;
            }
            if (mine) {
                Throwable error = run(() -> handshake.acquire(stopRequested), outcome, false);
                if (error == null) {
                    LOG.debug("Acquired an access token for client id {} at {}, valid until {}", clientId, authUrl,
                            current.get());
                } else if (error instanceof NotShared) {
                    throw interrupted(error.getCause());
                }
            }
            try {
                return await(outcome, handshake.maxMillis(), stopRequested);
            } catch (NotShared notShared) {
                // the thread that ran it was interrupted, not this one, or it was a renewal's one attempt: try again
            }
        }
    }

    /**
     * Renews a token that is still valid, in one attempt: a failure is logged and tried again a second later, and is
     * not remembered for the calls that need a token once this one expired (they acquire one, with retries). Calls
     * that find a renewal under way keep using the valid token.
     */
    private String renewAhead(AccessToken valid, TokenSource source) {
        CompletableFuture<AccessToken> outcome;
        synchronized (lock) {
            AccessToken token = current.get();
            if (token != valid) {
                return token == null ? valid.value() : token.value();
            }
            long now = System.currentTimeMillis();
            if (inFlight != null || now < renewalRetryAt || failure != null && now < failure.retryAtMillis()) {
                return valid.value();
            }
            outcome = inFlight = new CompletableFuture<>();
        }
        Throwable error = run(source::acquire, outcome, true);
        if (error != null) {
            LOG.warn("Renewing the access token for client id {} failed; the current one stays in use: {}",
                    clientId, error.getCause().getMessage());
            return valid.value();
        }
        LOG.debug("Renewed the access token for client id {} at {}", clientId, authUrl);
        return outcome.join().value();
    }

    /**
     * Performs the handshake and publishes its outcome to the waiters; returns the error, or null.
     *
     * @param renewal a renewal ahead of expiry: its failure is neither remembered nor shared
     */
    private Throwable run(Supplier<AccessToken> handshake, CompletableFuture<AccessToken> outcome, boolean renewal) {
        try {
            AccessToken token = handshake.get();
            current.set(token);
            synchronized (lock) {
                failure = null;
                inFlight = null;
            }
            outcome.complete(token);
            return null;
        } catch (RuntimeException | Error e) {
            if (renewal || Thread.currentThread().isInterrupted() || interruption(e)) {
                NotShared notShared = new NotShared(e);
                synchronized (lock) {
                    inFlight = null;
                    if (renewal) {
                        renewalRetryAt = System.currentTimeMillis() + FIRST_BACKOFF_MILLIS;
                    }
                }
                outcome.completeExceptionally(notShared);
                return notShared;
            }
            synchronized (lock) {
                int inARow = failure == null ? 1 : failure.inARow() + 1;
                long backoff = Math.max(Math.min(FIRST_BACKOFF_MILLIS << Math.min(inARow - 1, 20), MAX_BACKOFF_MILLIS),
                        retryAfterMillis(e));
                failure = new Failure(e, System.currentTimeMillis() + backoff, inARow);
                inFlight = null;
            }
            outcome.completeExceptionally(e);
            return e;
        }
    }

    /** The auth endpoint's Retry-After in milliseconds, or -1: a 429 asking for more than retryMaxDelay ends the
     * retries, and the calls until then fail at once instead of sending the handshake the server asked to hold. */
    private static long retryAfterMillis(Throwable failure) {
        return failure instanceof NextomeAuthenticationException auth ? RetryPolicy.parseRetryAfter(auth.getRetryAfter())
                : -1;
    }

    /**
     * Whether {@code failure} comes from the thread being interrupted (HttpClient reports it in several ways). Its
     * timeouts are InterruptedIOExceptions too but no interruption: a connect or read timeout is a
     * SocketTimeoutException, a pooled connection not free in time a ConnectionRequestTimeoutException.
     */
    static boolean interruption(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException || cause instanceof CancellationException
                || cause instanceof InterruptedIOException && !(cause instanceof SocketTimeoutException)
                   && !(cause instanceof ConnectionRequestTimeoutException)) {
                return true;
            }
        }
        return false;
    }

    private NextomeAuthenticationException interrupted(Throwable cause) {
        return new NextomeAuthenticationException("Interrupted while authenticating client id '" + clientId + "' at "
                                                  + authUrl, cause);
    }

    private void throwIfBackingOff() {
        if (failure == null) {
            return;
        }
        long wait = failure.retryAtMillis() - System.currentTimeMillis();
        if (wait > 0) {
            throw new NextomeAuthenticationException(failure.error().getMessage() + " (failed " + failure.inARow()
                                                     + " time(s) in a row; next attempt in " + wait + " ms)",
                    failure.error());
        }
    }

    /** The outcome of the handshake in flight; the wait ends early when {@code stopRequested} (the caller stopped). */
    private AccessToken await(CompletableFuture<AccessToken> outcome, long maxWaitMillis, BooleanSupplier stopRequested) {
        long start = System.nanoTime();
        try {
            while (true) {
                long left = maxWaitMillis - (System.nanoTime() - start) / 1_000_000;
                try {
                    return outcome.get(Math.max(0, Math.min(left, STOP_CHECK_MILLIS)), TimeUnit.MILLISECONDS);
                } catch (TimeoutException slice) {
                    if (left <= STOP_CHECK_MILLIS) {
                        throw slice;
                    }
                    if (stopRequested.getAsBoolean()) {
                        throw new NextomeAuthenticationException("Stopped while waiting for the Nextome authentication"
                                                                 + " of client id '" + clientId + "' at " + authUrl);
                    }
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NotShared notShared) {
                throw notShared;
            }
            // a new exception per thread, so that each caller's stack trace shows its own call
            throw new NextomeAuthenticationException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new NextomeAuthenticationException("Gave up after " + maxWaitMillis + " ms waiting for the Nextome"
                                                     + " authentication of client id '" + clientId + "' at " + authUrl);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NextomeAuthenticationException("Interrupted while waiting for the Nextome authentication of"
                                                     + " client id '" + clientId + "' at " + authUrl, e);
        }
    }

    /**
     * Acquires a new token through {@code handshake} now, whatever the current one's expiry (an operator's renewal).
     */
    public void renew(Handshake handshake) {
        CompletableFuture<AccessToken> outcome;
        boolean mine = false;
        synchronized (lock) {
            if (inFlight == null) {
                inFlight = new CompletableFuture<>();
                mine = true;
            }
            outcome = inFlight;
        }
        if (mine) {
            run(() -> handshake.acquire(() -> false), outcome, false);
        }
        // a handshake already in flight brings a new token too: share its outcome
        try {
            await(outcome, Long.MAX_VALUE, () -> false);
        } catch (NotShared e) {
            throw interrupted(e.getCause());
        }
        LOG.debug("Renewed the access token for client id {} at {} on request", clientId, authUrl);
    }

    /** Drops {@code rejected} if it is still the current token (a later one is kept). */
    public void invalidate(String rejected) {
        AccessToken token = current.get();
        if (token != null && token.value().equals(rejected)) {
            current.compareAndSet(token, null);
        }
    }

    @Override
    public String toString() {
        return "TokenManager[authUrl=" + authUrl + ", clientId=" + clientId + ", token=" + current.get() + "]";
    }
}
