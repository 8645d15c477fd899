package io.camelnextome.nextome.http;

import java.time.Duration;
import java.time.Instant;

import org.apache.hc.client5.http.utils.DateUtils;

/**
 * When and how long to wait before sending a request again: only GET, PUT and DELETE (a POST that may have
 * reached the server is never repeated), only after 429, 502, 503, 504 or a broken connection, at most
 * {@code maxRetries} times, after an exponential backoff or the server's {@code Retry-After}.
 */
public record RetryPolicy(int maxRetries, long initialDelayMillis, long maxDelayMillis) {

    /** No delay can be honoured: do not retry. */
    public static final long NO_RETRY = -1;

    public static boolean idempotent(String httpMethod) {
        return "GET".equals(httpMethod) || "PUT".equals(httpMethod) || "DELETE".equals(httpMethod);
    }

    public static boolean retryableStatus(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }

    /**
     * The delay before retry number {@code retry} (1 for the first), or {@link #NO_RETRY}.
     *
     * @param retryAfter the response's Retry-After header (seconds or an HTTP date), or null
     */
    public long delayBeforeRetry(String httpMethod, int retry, String retryAfter) {
        if (!idempotent(httpMethod) || retry > maxRetries) {
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
    static long parseRetryAfter(String value) {
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
