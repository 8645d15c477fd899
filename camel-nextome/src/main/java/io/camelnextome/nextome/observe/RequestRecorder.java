package io.camelnextome.nextome.observe;

/**
 * What one endpoint reports its calls to: the counters of its operation and the state of its credential set are
 * looked up once and kept, so that a call costs two additions and the further observers' own work, with no map
 * lookup and nothing allocated. It counts exactly what {@link NextomeMonitor#requestCompleted} counts, and creates
 * nothing before the first call: an operation appears in {@link NextomeMonitor#requests()} once it was called.
 */
public final class RequestRecorder {

    private final NextomeMonitor monitor;
    private final CredentialSet credentials;
    private final String operation;
    /** The operation's counters, once the first call created them; never replaced, so kept once found. */
    private volatile RequestStats stats;
    /**
     * The state of {@link #credentials} once it exists (from the start for a client id, after a first rejection for a
     * fixed token); a state is never replaced, so it is kept once found.
     */
    private volatile CredentialState state;

    RequestRecorder(NextomeMonitor monitor, CredentialSet credentials, String operation) {
        this.monitor = monitor;
        this.credentials = credentials;
        this.operation = operation;
    }

    /** @see NextomeObserver#requestCompleted */
    public void completed(int status, long durationNanos) {
        RequestStats counters = stats;
        if (counters == null) {
            counters = monitor.requestStats(operation);
            stats = counters;
        }
        CredentialState known = null;
        if (status >= 200 && status < 300) {
            known = state;
            if (known == null) {
                known = monitor.knownCredentials(credentials);
                state = known;
            }
        }
        monitor.completed(counters, known, credentials, operation, status, durationNanos);
    }

    /** @see NextomeObserver#retrying */
    public void retrying(String cause) {
        monitor.retrying(operation, cause);
    }

    /** @see NextomeObserver#tokenRejected */
    public void tokenRejected() {
        monitor.tokenRejected(credentials, operation);
    }
}
