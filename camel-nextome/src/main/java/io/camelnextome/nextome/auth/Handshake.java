package io.camelnextome.nextome.auth;

import java.io.IOException;
import java.net.UnknownHostException;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import javax.net.ssl.SSLException;

import io.camelnextome.nextome.http.RetryPolicy;

/**
 * One acquisition of a token: the handshake of {@code source}, sent again after a transient failure under the
 * endpoint's {@link RetryPolicy} (maxRetries, retryInitialDelay, retryMaxDelay). {@code POST /apps/auth} creates
 * nothing, so it is safe to repeat whatever happened to the request: a 502, 503 or 504, a 429 (after its
 * {@code Retry-After}, when that is within retryMaxDelay), a connection refused, reset or dropped, a timeout. Rejected
 * credentials (401, 403) and any other answer fail at once: sending them again cannot help.
 *
 * @param source        one handshake attempt
 * @param attemptMillis how long one attempt takes at most (a pooled connection, a connection and a response)
 */
public record Handshake(TokenSource source, RetryPolicy retry, long attemptMillis) {

    /** How long an acquisition takes at most, retries and their pauses included: a waiter's bound. */
    public long maxMillis() {
        try {
            return Math.addExact(Math.multiplyExact(retry.maxRetries() + 1L, attemptMillis),
                    Math.multiplyExact((long) retry.maxRetries(), retry.maxDelayMillis()));
        } catch (ArithmeticException unbounded) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * A token, after as many attempts as the retry policy allows.
     *
     * @throws CancellationException when {@code stopRequested} turned true or the thread was interrupted during a
     *                               pause (the outcome says nothing about the credentials or the server)
     */
    AccessToken acquire(BooleanSupplier stopRequested) {
        int retries = 0;
        while (true) {
            try {
                return source.acquire();
            } catch (NextomeAuthenticationException e) {
                long delay = transientFailure(e) && !Thread.currentThread().isInterrupted() && !TokenManager.interruption(e)
                        ? retry.delayBeforeRetry(++retries, e.getRetryAfter()) : RetryPolicy.NO_RETRY;
                if (delay < 0) {
                    throw e;
                }
                pause(delay, stopRequested, e);
            }
        }
    }

    /** A failure that says nothing against the credentials: the server was busy or the connection failed. */
    static boolean transientFailure(NextomeAuthenticationException failure) {
        int status = failure.getStatusCode();
        if (status != 0) {
            return status == 429 || status == 502 || status == 503 || status == 504;
        }
        return failure.getCause() instanceof IOException io && !(io instanceof UnknownHostException)
               && !(io instanceof SSLException);
    }

    private static void pause(long millis, BooleanSupplier stopRequested, RuntimeException failure) {
        long until = System.nanoTime() + millis * 1_000_000;
        try {
            for (long left = millis; left > 0; left = (until - System.nanoTime()) / 1_000_000) {
                if (stopRequested.getAsBoolean()) {
                    throw stopped(failure);
                }
                Thread.sleep(Math.min(left, 50));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stopped(failure);
        }
    }

    private static CancellationException stopped(RuntimeException failure) {
        CancellationException stopped = new CancellationException("Stopped before retrying the handshake");
        stopped.initCause(failure);
        return stopped;
    }
}
