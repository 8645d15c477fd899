package io.camelnextome.nextome.metrics;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.camelnextome.nextome.observe.ConsumerState;
import io.camelnextome.nextome.observe.CredentialSet;
import io.camelnextome.nextome.observe.CredentialState;
import io.camelnextome.nextome.observe.NextomeMonitor;
import io.camelnextome.nextome.observe.NextomeObserver;
import io.camelnextome.nextome.observe.RequestStats;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Publishes what the Nextome endpoints do as Micrometer meters:
 * <ul>
 * <li>{@code nextome.requests} (timer; tags {@code operation}, {@code status}: 2xx..5xx or none)</li>
 * <li>{@code nextome.retries} (counter; tags {@code operation}, {@code cause}: the status or io)</li>
 * <li>{@code nextome.auth} (counter; tag {@code outcome}: success, failure, rejected)</li>
 * <li>{@code nextome.token.expiry} (gauge, seconds until the token expires; tag {@code client.id})</li>
 * <li>{@code nextome.consumer.lag} (gauge, seconds from the watermark to now; tag {@code consumer}: the route id)</li>
 * <li>{@code nextome.consumer.records}, {@code nextome.consumer.records.late},
 * {@code nextome.consumer.records.late.beyond.bound} (counters; tag {@code consumer})</li>
 * </ul>
 * A {@link MeterBinder}: Spring Boot binds a bean of it to its registries; Camel applications get it bound to the
 * registries in Camel's registry by {@link NextomeMetrics}. Binding one registry twice has no effect.
 */
public final class NextomeMeterBinder implements MeterBinder {

    private final NextomeMonitor monitor;
    private final Set<MeterRegistry> bound = ConcurrentHashMap.newKeySet();

    public NextomeMeterBinder(NextomeMonitor monitor) {
        this.monitor = monitor;
    }

    static void bindTo(Set<?> registries, NextomeMonitor monitor) {
        NextomeMeterBinder binder = new NextomeMeterBinder(monitor);
        for (Object registry : registries) {
            binder.bindTo((MeterRegistry) registry);
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        if (!bound.add(registry)) {
            return;
        }
        Meters meters = new Meters(registry);
        monitor.credentialSets().forEach(state -> meters.tokenExpiry(state.credentials()));
        monitor.consumers().forEach(state -> meters.consumerLag(state.routeId()));
        monitor.addObserver(meters);
        monitor.closeOnStop(() -> monitor.removeObserver(meters));
    }

    /** The meters of one registry, registered on first use and cached, so an event costs a map lookup. */
    private final class Meters implements NextomeObserver {

        private final MeterRegistry registry;
        private final Map<String, Timer[]> requests = new ConcurrentHashMap<>();
        private final Map<String, Counter> counters = new ConcurrentHashMap<>();
        /** By consumer: counted once per record, so looked up without building a key. */
        private final Map<String, Counter> records = new ConcurrentHashMap<>();
        private final Set<Object> gauges = ConcurrentHashMap.newKeySet();

        Meters(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        public void requestCompleted(CredentialSet credentials, String operation, int status, long durationNanos) {
            Timer[] timers = requests.computeIfAbsent(operation, key -> new Timer[RequestStats.STATUS_CLASSES.length]);
            int index = RequestStats.statusClassIndex(status);
            Timer timer = timers[index];
            if (timer == null) {
                timer = Timer.builder("nextome.requests").description("Calls of the Nextome API, after retries")
                        .tag("operation", operation).tag("status", RequestStats.STATUS_CLASSES[index])
                        .register(registry);
                timers[index] = timer;
            }
            timer.record(durationNanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public void retrying(String operation, String cause) {
            counter("nextome.retries", "Requests sent again", "operation", operation, "cause", cause).increment();
        }

        @Override
        public void authenticated(CredentialSet credentials, long expiresAtMillis) {
            auth("success");
            tokenExpiry(credentials);
        }

        @Override
        public void authenticationFailed(CredentialSet credentials, int status, String reason) {
            auth("failure");
            tokenExpiry(credentials);
        }

        @Override
        public void rejectedAfterRenewal(CredentialSet credentials, String operation) {
            auth("rejected");
        }

        @Override
        public void pollCompleted(String consumer, int delivered, Exception failure) {
            consumerLag(consumer);
        }

        @Override
        public void recordDelivered(String consumer) {
            records.computeIfAbsent(consumer, key -> counter("nextome.consumer.records", "Records a consumer delivered",
                    "consumer", consumer)).increment();
        }

        @Override
        public void lateRecords(String consumer, int late, int beyondBound) {
            counter("nextome.consumer.records.late", "Records delivered after the watermark passed them",
                    "consumer", consumer).increment(late);
            counter("nextome.consumer.records.late.beyond.bound", "Late records later than the lateness bound",
                    "consumer", consumer).increment(beyondBound);
        }

        private void auth(String outcome) {
            counter("nextome.auth", "Authentications by outcome", "outcome", outcome).increment();
        }

        private Counter counter(String name, String description, String... tags) {
            String key = name + String.join("|", tags);
            return counters.computeIfAbsent(key,
                    k -> Counter.builder(name).description(description).tags(tags).register(registry));
        }

        void tokenExpiry(CredentialSet credentials) {
            if (credentials.fixedToken() || !gauges.add(credentials)) {
                return;
            }
            CredentialState state = monitor.credentials(credentials);
            Gauge.builder("nextome.token.expiry", state, CredentialState::secondsToExpiry)
                    .description("Seconds until the access token expires").baseUnit("seconds")
                    .tag("client.id", credentials.clientId()).strongReference(true).register(registry);
        }

        void consumerLag(String consumer) {
            if (!gauges.add(consumer)) {
                return;
            }
            Gauge.builder("nextome.consumer.lag", monitor, m -> lag(m.consumer(consumer)))
                    .description("Seconds from a consumer's watermark to now").baseUnit("seconds")
                    .tag("consumer", consumer).strongReference(true).register(registry);
        }

        private double lag(ConsumerState state) {
            return state == null ? Double.NaN : state.lagSeconds();
        }
    }
}
