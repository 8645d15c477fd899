package io.camelnextome.nextome.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.utils.DateUtils;

/**
 * Whether, when and how long to wait before sending a request again, at most {@code maxRetries} times, after an
 * exponential backoff or the server's {@code Retry-After}.
 * <ul>
 * <li>The server did not process the request: every method, POST and PATCH included, is sent again. That is a
 * {@code 429}, and a connection that could not be established (refused, unreachable, connect timeout): nothing was
 * sent.</li>
 * <li>The outcome is unknown ({@code 502}, {@code 503}, {@code 504}, a connection broken or a read timed out after
 * the request was written): only idempotent methods are sent again. A POST or PATCH fails, and is never sent
 * twice.</li>
 * </ul>
 */
public record RetryPolicy(int maxRetries, long initialDelayMillis, long maxDelayMillis) {

    /** No delay can be honoured: do not retry. */
    public static final long NO_RETRY = -1;

    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");

    public static boolean idempotent(String httpMethod) {
        return IDEMPOTENT.contains(httpMethod);
    }

    /** Whether a request of {@code httpMethod} answered with {@code status} may be sent again. */
    public static boolean retryable(String httpMethod, int status) {
        return status == 429 || (status == 502 || status == 503 || status == 504) && idempotent(httpMethod);
    }

    /** Whether a request of {@code httpMethod} that failed with {@code failure} may be sent again. */
    public static boolean retryable(String httpMethod, IOException failure) {
        return notSent(failure) || idempotent(httpMethod);
    }

    /** The connection could not be established, so no byte of the request left. */
    static boolean notSent(IOException failure) {
        return failure instanceof ConnectException || failure instanceof ConnectTimeoutException
               || failure instanceof NoRouteToHostException;
    }

    /**
     * The delay before retry number {@code retry} (1 for the first), or {@link #NO_RETRY} when the retries are used
     * up or the server asks for a longer wait than {@code maxDelayMillis}.
     *
     * @param retryAfter the response's Retry-After header (seconds or an HTTP date), or null
     */
    public long delayBeforeRetry(int retry, String retryAfter) {
        if (retry > maxRetries) {
            return NO_RETRY;
        }
        long serverDelay = parseRetryAfter(retryAfter);
        if (serverDelay >= 0) {
            return serverDelay <= maxDelayMillis ? serverDelay : NO_RETRY;
        }
        long backoff = initialDelayMillis << Math.min(retry - 1, 30);
        return Math.min(backoff < 0 ? Long.MAX_VALUE : backoff, maxDelayMillis);
    }

    /** Retry-After in milliseconds, or -1 when absent or unreadable. */
    public static long parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return -1;
        }
        String trimmed = value.trim();
        try {
            return Math.max(0, Long.parseLong(trimmed) * 1000);
        } catch (NumberFormatException notSeconds) {
            Instant date = DateUtils.parseStandardDate(trimmed);
            return date == null ? -1 : Math.max(0, Duration.between(Instant.now(), date).toMillis());
        }
    }
}
