package io.camelnextome.nextome.observe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;

import io.camelnextome.nextome.consumer.WatermarkStore;
import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The CamelContext-wide record of what the Nextome endpoints did: per credential set, per consumer, per operation.
 * It is the {@link NextomeObserver} the endpoints report to; the health check, the dev console and the JMX bean
 * read it, and further observers (metrics) are told each event. An endpoint counts its calls through a
 * {@link RequestRecorder}, which looks the counters up once.
 */
public final class NextomeMonitor extends ServiceSupport implements NextomeObserver {

    /** Sorted by field, not by toString(): a lookup must not build strings (a fixed token's success looks it up). */
    private final Map<CredentialSet, CredentialState> credentials = new ConcurrentSkipListMap<>(
            Comparator.comparing(CredentialSet::clientId, Comparator.nullsFirst(Comparator.<String> naturalOrder()))
                    .thenComparing(CredentialSet::authUrl, Comparator.nullsFirst(Comparator.<String> naturalOrder())));
    private final Map<String, ConsumerState> consumers = new ConcurrentSkipListMap<>();
    private final Map<String, RequestStats> requests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> retries = new ConcurrentHashMap<>();
    /**
     * Replaced on change, never modified: iterating an array allocates nothing, where a for-each over a
     * CopyOnWriteArrayList allocated an iterator per request (escape analysis did not remove it on the request path).
     */
    private volatile NextomeObserver[] observers = {};
    private final List<AutoCloseable> onStop = new CopyOnWriteArrayList<>();

    /** The monitor of {@code context}, added to it on first use; {@code onCreate} runs once, when it is added. */
    public static NextomeMonitor of(CamelContext context, java.util.function.Consumer<NextomeMonitor> onCreate) {
        synchronized (context) {
            NextomeMonitor monitor = context.hasService(NextomeMonitor.class);
            if (monitor == null) {
                monitor = new NextomeMonitor();
                try {
                    context.addService(monitor, true, true);
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot register the Nextome monitor", e);
                }
                onCreate.accept(monitor);
            }
            return monitor;
        }
    }

    /** The monitor of {@code context}, or null when no Nextome endpoint started there. */
    public static NextomeMonitor find(CamelContext context) {
        return context.hasService(NextomeMonitor.class);
    }

    /** Tells {@code observer} every event from now on. */
    public synchronized void addObserver(NextomeObserver observer) {
        NextomeObserver[] more = Arrays.copyOf(observers, observers.length + 1);
        more[observers.length] = observer;
        observers = more;
    }

    public synchronized void removeObserver(NextomeObserver observer) {
        List<NextomeObserver> fewer = new ArrayList<>(Arrays.asList(observers));
        if (fewer.remove(observer)) {
            observers = fewer.toArray(NextomeObserver[]::new);
        }
    }

    /** Closes {@code resource} (an MBean, a health check registration) when the monitor stops. */
    public void closeOnStop(AutoCloseable resource) {
        onStop.add(resource);
    }

    public CredentialState credentials(CredentialSet set) {
        return credentials.computeIfAbsent(set, CredentialState::new);
    }

    /** Lets {@link CredentialState#renew()} acquire a new token for {@code set}. */
    public void renewal(CredentialSet set, Runnable renewal) {
        credentials(set).renewal(renewal);
    }

    public Collection<CredentialState> credentialSets() {
        return credentials.values();
    }

    /**
     * Registers a started consumer; a restarted one replaces its earlier state and keeps counting from its counts,
     * as its meters do.
     *
     * @param watermarks where an incremental stream keeps its watermark, or null
     * @param polling    whether the consumer may poll now (started and not suspended)
     */
    public ConsumerState consumerStarted(String routeId, String operation, WatermarkStore watermarks,
                                         BooleanSupplier polling) {
        return consumers.compute(routeId,
                (key, earlier) -> new ConsumerState(routeId, operation, watermarks, polling, earlier));
    }

    public Collection<ConsumerState> consumers() {
        return consumers.values();
    }

    public ConsumerState consumer(String routeId) {
        return consumers.get(routeId);
    }

    /** Calls by operation. */
    public Map<String, RequestStats> requests() {
        return requests;
    }

    /** Retries by cause. */
    public Map<String, Long> retries() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        retries.forEach((cause, count) -> counts.put(cause, count.sum()));
        return counts;
    }

    /**
     * What an endpoint reports its calls of {@code operation} with the tokens of {@code set} to: the same counting as
     * {@link #requestCompleted}, without its lookups on every call.
     */
    public RequestRecorder recorder(CredentialSet set, String operation) {
        return new RequestRecorder(this, set, operation);
    }

    RequestStats requestStats(String operation) {
        return requests.computeIfAbsent(operation, key -> new RequestStats());
    }

    /** The state of {@code set}, or null while nothing created it (a fixed token before its first rejection). */
    CredentialState knownCredentials(CredentialSet set) {
        return credentials.get(set);
    }

    @Override
    public void requestCompleted(CredentialSet set, String operation, int status, long durationNanos) {
        completed(requestStats(operation), status >= 200 && status < 300 ? credentials.get(set) : null, set,
                operation, status, durationNanos);
    }

    /** Counts a call in {@code stats}, ends a rejection of {@code succeeded} (a success's credentials, or null). */
    void completed(RequestStats stats, CredentialState succeeded, CredentialSet set, String operation, int status,
                   long durationNanos) {
        stats.record(status, durationNanos);
        if (succeeded != null) {
            succeeded.succeeded();
        }
        for (NextomeObserver observer : observers) {
            observer.requestCompleted(set, operation, status, durationNanos);
        }
    }

    @Override
    public void retrying(String operation, String cause) {
        retries.computeIfAbsent(cause, key -> new LongAdder()).increment();
        for (NextomeObserver observer : observers) {
            observer.retrying(operation, cause);
        }
    }

    @Override
    public void tokenRejected(CredentialSet set, String operation) {
        credentials(set).failed(401, "nextome:" + operation + " answered HTTP 401 to "
                                     + (set.fixedToken() ? "the configured accessToken" : "a token acquired after a 401"),
                -1);
        for (NextomeObserver observer : observers) {
            observer.tokenRejected(set, operation);
        }
    }

    @Override
    public void authenticated(CredentialSet set, long expiresAtMillis) {
        credentials(set).authenticated(expiresAtMillis);
        for (NextomeObserver observer : observers) {
            observer.authenticated(set, expiresAtMillis);
        }
    }

    @Override
    public void authenticationFailed(CredentialSet set, int status, String reason, long retryAfterMillis) {
        credentials(set).failed(status, reason, retryAfterMillis);
        for (NextomeObserver observer : observers) {
            observer.authenticationFailed(set, status, reason, retryAfterMillis);
        }
    }

    @Override
    public void pollCompleted(String consumer, int delivered, Exception failure) {
        ConsumerState state = consumers.get(consumer);
        if (state != null) {
            state.polled(delivered, failure);
        }
        for (NextomeObserver observer : observers) {
            observer.pollCompleted(consumer, delivered, failure);
        }
    }

    /** Forgets the consumer of a removed route, so that no view shows it any more. */
    @Override
    public void consumerRemoved(String consumer) {
        if (consumers.remove(consumer) == null) {
            return;
        }
        for (NextomeObserver observer : observers) {
            observer.consumerRemoved(consumer);
        }
    }

    @Override
    public void recordDelivered(String consumer) {
        ConsumerState state = consumers.get(consumer);
        if (state != null) {
            state.recordDelivered();
        }
        for (NextomeObserver observer : observers) {
            observer.recordDelivered(consumer);
        }
    }

    @Override
    public void lateRecords(String consumer, int late, int beyondBound) {
        ConsumerState state = consumers.get(consumer);
        if (state != null) {
            state.lateRecords(late, beyondBound);
        }
        for (NextomeObserver observer : observers) {
            observer.lateRecords(consumer, late, beyondBound);
        }
    }

    @Override
    protected void doStop() throws Exception {
        List<AutoCloseable> resources = new ArrayList<>(onStop);
        onStop.clear();
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }
}
