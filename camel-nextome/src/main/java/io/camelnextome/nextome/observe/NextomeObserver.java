package io.camelnextome.nextome.observe;

/**
 * What the component reports as it works: the hooks that health checks, metrics, the dev console and JMX build on.
 * Every method has a no-op default, so an observer implements only what it needs. Methods are called on the
 * caller's thread, on the hot path of every request: an implementation must be quick and must not throw.
 */
public interface NextomeObserver {

    /** Observes nothing. */
    NextomeObserver NONE = new NextomeObserver() {
    };

    /**
     * A call ended, after its retries.
     *
     * @param credentials   whose token the call carried
     * @param operation     e.g. {@code trackables/get}, or {@code raw}
     * @param status        the HTTP status of the final response, or 0 when no response came (an I/O error)
     * @param durationNanos from the first attempt to the final response, retries and backoff included
     */
    default void requestCompleted(CredentialSet credentials, String operation, int status, long durationNanos) {
    }

    /**
     * A call is sent again.
     *
     * @param cause the HTTP status that caused the retry ({@code "503"}), or {@code "io"} for a broken connection
     */
    default void retrying(String operation, String cause) {
    }

    /**
     * The API answered 401 to a token acquired right after an earlier 401, or to a fixed {@code accessToken}: the
     * credentials are not accepted.
     */
    default void tokenRejected(CredentialSet credentials, String operation) {
    }

    /** A handshake succeeded; the token (never passed here) expires at {@code expiresAtMillis}. */
    default void authenticated(CredentialSet credentials, long expiresAtMillis) {
    }

    /**
     * A handshake failed.
     *
     * @param status           the HTTP status of the auth endpoint's answer, or 0 when none came
     * @param reason           the error message, which never holds the secret
     * @param retryAfterMillis how long the auth endpoint asked to wait (its Retry-After), or -1 when it did not
     */
    default void authenticationFailed(CredentialSet credentials, int status, String reason, long retryAfterMillis) {
    }

    /**
     * A consumer's poll ended.
     *
     * @param consumer  the route id of the consumer
     * @param delivered the records it delivered
     * @param failure   why the poll failed, or null
     */
    default void pollCompleted(String consumer, int delivered, Exception failure) {
    }

    /** A consumer's route was removed: nothing more comes from {@code consumer}. */
    default void consumerRemoved(String consumer) {
    }

    /** A consumer's record was routed and its exchange completed without an exception. */
    default void recordDelivered(String consumer) {
    }

    /**
     * A consumer delivered records that arrived after the watermark had passed their timestamp.
     *
     * @param late        how many such records were delivered
     * @param beyondBound how many of them were later than the lateness bound allows
     */
    default void lateRecords(String consumer, int late, int beyondBound) {
    }
}
