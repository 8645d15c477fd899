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
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

/**
 * Publishes what the Nextome endpoints do as Micrometer meters:
 * <ul>
 * <li>{@code nextome.requests} (timer; tags {@code operation}, {@code status}: 2xx..5xx or none)</li>
 * <li>{@code nextome.retries} (counter; tags {@code operation}, {@code cause}: the status or io)</li>
 * <li>{@code nextome.auth} (counter; tag {@code outcome}: success, failure, rejected)</li>
 * <li>{@code nextome.token.expiry} (gauge, seconds until the token expires; tags {@code client.id},
 * {@code auth.url})</li>
 * <li>{@code nextome.consumer.lag} (gauge, seconds from the watermark to now; tag {@code consumer}: the route id)</li>
 * <li>{@code nextome.consumer.records}, {@code nextome.consumer.records.late},
 * {@code nextome.consumer.records.late.beyond.bound} (counters; tag {@code consumer})</li>
 * </ul>
 * Every meter also has the tag {@code camelContext} (the context's name, as camel-micrometer's meters), so that
 * contexts sharing a registry do not mix, and goes when the context stops (a consumer's, when its route is
 * removed). A {@link MeterBinder}: Spring Boot binds a bean of it to its registries; Camel applications get it
 * bound to the registries in Camel's registry by {@link NextomeMetrics}. Binding one registry twice has no effect.
 */
public final class NextomeMeterBinder implements MeterBinder {

    /** The tag camel-micrometer gives the context's name. */
    static final String CAMEL_CONTEXT_TAG = "camelContext";

    private final NextomeMonitor monitor;
    private final Tags contextTags;
    private final Set<MeterRegistry> bound = ConcurrentHashMap.newKeySet();

    public NextomeMeterBinder(NextomeMonitor monitor, String camelContextName) {
        this.monitor = monitor;
        this.contextTags = Tags.of(CAMEL_CONTEXT_TAG, camelContextName);
    }

    /**
     * Binds the registries found in Camel's registry, except those a composite among them already feeds (Spring
     * Boot registers a composite beside its registries when it has several): each call is recorded once.
     */
    static void bindTo(Set<?> registries, NextomeMonitor monitor, String camelContextName) {
        NextomeMeterBinder binder = new NextomeMeterBinder(monitor, camelContextName);
        for (Object registry : registries) {
            if (!fedByComposite(registry, registries)) {
                binder.bindTo((MeterRegistry) registry);
            }
        }
    }

    private static boolean fedByComposite(Object registry, Set<?> registries) {
        for (Object other : registries) {
            if (other != registry && other instanceof CompositeMeterRegistry composite
                && composite.getRegistries().contains(registry)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        if (!bound.add(registry)) {
            return;
        }
        Meters meters = new Meters(registry);
        monitor.credentialSets().forEach(state -> meters.tokenExpiry(state.credentials()));
        monitor.consumers().forEach(state -> meters.consumer(state.routeId()));
        monitor.addObserver(meters);
        monitor.closeOnStop(() -> {
            monitor.removeObserver(meters);
            meters.remove();
        });
    }

    /**
     * The meters of one registry, registered on first use and cached: an event costs a map lookup, with nothing
     * allocated on the paths taken per request and per record.
     */
    private final class Meters implements NextomeObserver {

        private final MeterRegistry registry;
        private final Map<String, Timer[]> requests = new ConcurrentHashMap<>();
        /** Retries and authentications: rare, so keyed by a string built per event. */
        private final Map<String, Counter> counters = new ConcurrentHashMap<>();
        private final Map<String, ConsumerMeters> consumers = new ConcurrentHashMap<>();
        private final Set<CredentialSet> tokenGauges = ConcurrentHashMap.newKeySet();
        /** Everything registered, to take it away when the context stops. */
        private final Set<Meter> registered = ConcurrentHashMap.newKeySet();

        Meters(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        public void requestCompleted(CredentialSet credentials, String operation, int status, long durationNanos) {
            Timer[] timers = requests.get(operation);
            if (timers == null) {
                timers = requests.computeIfAbsent(operation, key -> new Timer[RequestStats.STATUS_CLASSES.length]);
            }
            int index = RequestStats.statusClassIndex(status);
            Timer timer = timers[index];
            if (timer == null) {
                timer = added(Timer.builder("nextome.requests").description("Calls of the Nextome API, after retries")
                        .tags(contextTags).tag("operation", operation).tag("status", RequestStats.STATUS_CLASSES[index])
                        .register(registry));
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
        public void authenticationFailed(CredentialSet credentials, int status, String reason, long retryAfterMillis) {
            auth("failure");
            tokenExpiry(credentials);
        }

        @Override
        public void tokenRejected(CredentialSet credentials, String operation) {
            auth("rejected");
        }

        @Override
        public void pollCompleted(String consumer, int delivered, Exception failure) {
            consumer(consumer);
        }

        @Override
        public void recordDelivered(String consumer) {
            consumer(consumer).records.increment();
        }

        @Override
        public void lateRecords(String consumer, int late, int beyondBound) {
            ConsumerMeters meters = consumer(consumer);
            meters.late.increment(late);
            meters.lateBeyondBound.increment(beyondBound);
        }

        @Override
        public void consumerRemoved(String consumer) {
            ConsumerMeters meters = consumers.remove(consumer);
            if (meters != null) {
                meters.remove();
            }
        }

        private void auth(String outcome) {
            counter("nextome.auth", "Authentications by outcome", "outcome", outcome).increment();
        }

        private Counter counter(String name, String description, String... tags) {
            String key = name + String.join("|", tags);
            return counters.computeIfAbsent(key, k -> added(
                    Counter.builder(name).description(description).tags(contextTags).tags(tags).register(registry)));
        }

        void tokenExpiry(CredentialSet credentials) {
            if (credentials.fixedToken() || !tokenGauges.add(credentials)) {
                return;
            }
            CredentialState state = monitor.credentials(credentials);
            added(Gauge.builder("nextome.token.expiry", state, CredentialState::secondsToExpiry)
                    .description("Seconds until the access token expires").baseUnit("seconds").tags(contextTags)
                    // keyed as the console and the health check key credential sets: one gauge per token
                    .tag("client.id", credentials.clientId()).tag("auth.url", credentials.authUrl())
                    .strongReference(true).register(registry));
        }

        ConsumerMeters consumer(String consumer) {
            ConsumerMeters meters = consumers.get(consumer);
            return meters != null ? meters : consumers.computeIfAbsent(consumer, ConsumerMeters::new);
        }

        void remove() {
            registered.forEach(registry::remove);
            registered.clear();
        }

        private <M extends Meter> M added(M meter) {
            registered.add(meter);
            return meter;
        }

        /** The meters of one consumer, taken away when its route is removed. */
        private final class ConsumerMeters {

            final Counter records;
            final Counter late;
            final Counter lateBeyondBound;
            private final Gauge lag;

            ConsumerMeters(String consumer) {
                Tags tags = contextTags.and("consumer", consumer);
                lag = added(Gauge.builder("nextome.consumer.lag", monitor, m -> lag(m.consumer(consumer)))
                        .description("Seconds from a consumer's watermark to now").baseUnit("seconds").tags(tags)
                        .strongReference(true).register(registry));
                records = added(Counter.builder("nextome.consumer.records").description("Records a consumer delivered")
                        .tags(tags).register(registry));
                late = added(Counter.builder("nextome.consumer.records.late")
                        .description("Records delivered after the watermark passed them").tags(tags).register(registry));
                lateBeyondBound = added(Counter.builder("nextome.consumer.records.late.beyond.bound")
                        .description("Late records later than the lateness bound").tags(tags).register(registry));
            }

            void remove() {
                for (Meter meter : new Meter[] { lag, records, late, lateBeyondBound }) {
                    registered.remove(meter);
                    registry.remove(meter);
                }
            }
        }

        private double lag(ConsumerState state) {
            return state == null ? Double.NaN : state.lagSeconds();
        }
    }
}
