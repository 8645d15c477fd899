package io.camelnextome.nextome;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.camelnextome.nextome.observe.CredentialSet;
import io.camelnextome.nextome.observe.NextomeMonitor;
import io.camelnextome.nextome.observe.NextomeObserver;
import io.camelnextome.nextome.observe.ObservedContexts;
import io.camelnextome.nextome.observe.RequestRecorder;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the console, the JMX bean and the meters count of an endpoint's calls, across the lifecycles of its route,
 * producer and credential state: each endpoint counts through a {@link RequestRecorder} it keeps, which must keep
 * counting where the monitor the views read counts.
 */
class RequestRecorderLifecycleTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    private static final String GET = "nextome:trackables/get?id=T-001";

    private final MeterRegistry meters = new SimpleMeterRegistry();
    private CamelContext context;

    @AfterEach
    void stop() {
        SIM.simulator().control().clearFaults();
        if (context != null) {
            context.stop();
        }
    }

    @Test
    void callsAreCountedAfterARouteRestartASuspensionAndARemovedAndReAddedRoute() throws Exception {
        context = ObservedContexts.start(SIM.simulator(), c -> c.getRegistry().bind("meters", meters), route());
        ProducerTemplate template = context.createProducerTemplate();
        template.requestBody("direct:get", (Object) null);
        context.getRouteController().stopRoute("get");
        context.getRouteController().startRoute("get");
        template.requestBody("direct:get", (Object) null);
        context.getRouteController().suspendRoute("get");
        context.getRouteController().resumeRoute("get");
        template.requestBody("direct:get", (Object) null);
        context.getRouteController().stopRoute("get");
        context.removeRoute("get");
        context.addRoutes(route());
        SIM.simulator().control().tooManyRequests(1, Duration.ZERO);
        template.requestBody("direct:get", (Object) null);

        assertCounted(4, 1);
    }

    /**
     * A fixed token's state is created at its first rejection, after the endpoint's recorder: a later success of the
     * same endpoint must still end the rejection in the console, and a later rejection show again.
     */
    @Test
    void aFixedTokensStateCreatedAfterTheRecorderIsTheOneItsSuccessesUpdate() throws Exception {
        context = ObservedContexts.start(SIM.simulator(), c -> c.getRegistry().bind("meters", meters));
        ProducerTemplate template = context.createProducerTemplate();
        String uri = GET + "&maxRetries=0&accessToken=" + new AuthenticationTestHandshake(SIM.simulator()).token();
        template.requestBody(uri, (Object) null);
        assertTrue(credentialSets().isEmpty(), "no state before a rejection");

        SIM.simulator().control().failures(401, 1);
        assertThrows(CamelExecutionException.class, () -> template.requestBody(uri, (Object) null));
        assertEquals(Boolean.FALSE, credentialSets().get(0).get("healthy"));
        SIM.simulator().control().clearFaults();
        template.requestBody(uri, (Object) null);
        assertEquals(Boolean.TRUE, credentialSets().get(0).get("healthy"), "the success of the same endpoint");
        SIM.simulator().control().failures(401, 1);
        assertThrows(CamelExecutionException.class, () -> template.requestBody(uri, (Object) null));
        assertEquals(Boolean.FALSE, credentialSets().get(0).get("healthy"));
        assertEquals(2, meters.get("nextome.auth").tag("outcome", "rejected").counter().count());
    }

    /** Two endpoints of one credential set: a rejection through one is ended by a success through the other. */
    @Test
    void twoEndpointsOfOneCredentialSetShareItsState() throws Exception {
        context = ObservedContexts.start(SIM.simulator(), c -> c.getRegistry().bind("meters", meters));
        ProducerTemplate template = context.createProducerTemplate();
        template.requestBody(GET, (Object) null);
        template.requestBody("nextome:venues/get?id=1&maxRetries=0", (Object) null);
        SIM.simulator().control().revokeAllTokens().failures(401, 1);
        assertThrows(CamelExecutionException.class,
                () -> template.requestBody("nextome:venues/get?id=1&maxRetries=0", (Object) null));
        assertEquals(Boolean.FALSE, credentialSets().get(0).get("healthy"));
        SIM.simulator().control().clearFaults();
        // the token manager backs off for a second after the failed handshake
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .untilAsserted(() -> template.requestBody(GET, (Object) null));
        assertEquals(1, credentialSets().size());
        assertEquals(Boolean.TRUE, credentialSets().get(0).get("healthy"), credentialSets()::toString);
    }

    /** The lateness audit's count requests are counted under their own operation, as the simulator served them. */
    @Test
    void theAuditsCountsAreCountedUnderLocationsCountInBucket() throws Exception {
        try (NextomeSimulator generating = NextomeSimulator.builder().build().start()) {
            context = ObservedContexts.start(generating, c -> c.getRegistry().bind("meters", meters),
                    new RouteBuilder() {
                        @Override
                        public void configure() {
                            from("nextome:locations/positions?venueId=1&delay=100&initialDelay=0&settleTime=1000"
                                 + "&lateness=1000&latenessSweepInterval=300&lateAuditHorizon=10m"
                                 + "&lateAuditInterval=300").routeId("positions").to("mock:positions");
                        }
                    });
            String served = "GET /locations/{mapId}/count-in-bucket";
            await().atMost(Duration.ofSeconds(20)).until(() -> generating.control().requests(served) >= 2);
            context.getRouteController().stopRoute("positions");
            long counts = generating.control().requests(served);
            Map<String, Object> console = console();
            assertEquals(Map.of("2xx", counts), ((Map<?, ?>) console.get("requests")).get("locations/countInBucket"),
                    console::toString);
            assertEquals(counts, meters.get("nextome.requests").tag("operation", "locations/countInBucket")
                    .tag("status", "2xx").timer().count());
        }
    }

    /** Observers added and removed while calls run: the one that stays is told of each call once, nothing fails. */
    @Test
    void observersChangingWhileCallsRunLoseNoEvent() throws Exception {
        context = ObservedContexts.start(SIM.simulator(), c -> {
        });
        NextomeMonitor monitor = NextomeMonitor.find(context);
        AtomicLong told = new AtomicLong();
        monitor.addObserver(counting(told));
        ProducerTemplate template = context.createProducerTemplate();
        template.requestBody(GET, (Object) null);
        int threads = 3;
        int calls = 100;
        AtomicBoolean churning = new AtomicBoolean(true);
        AtomicLong churned = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        try {
            Future<?> churn = pool.submit(() -> {
                while (churning.get()) {
                    NextomeObserver passing = counting(new AtomicLong());
                    monitor.addObserver(passing);
                    monitor.removeObserver(passing);
                    churned.incrementAndGet();
                }
            });
            List<Future<?>> callers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                callers.add(pool.submit(() -> {
                    for (int i = 0; i < calls; i++) {
                        template.requestBody(GET, (Object) null);
                    }
                }));
            }
            for (Future<?> caller : callers) {
                caller.get(60, TimeUnit.SECONDS);
            }
            churning.set(false);
            churn.get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertTrue(churned.get() > 0);
        assertEquals(1 + threads * calls, told.get());
        assertEquals(1 + threads * calls, monitor.requests().get("trackables/get").total());
    }

    /**
     * A stop while a call waits to retry ends the call; the route started again retries as before (its producer is
     * not left stopped).
     */
    @Test
    void aStopEndsARetryAndTheRestartedRouteRetriesAgain() throws Exception {
        context = ObservedContexts.start(SIM.simulator(), c -> c.getRegistry().bind("meters", meters),
                new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:slow").routeId("slow")
                                .to(GET + "&maxRetries=10&retryInitialDelay=2000&retryMaxDelay=5000");
                    }
                });
        ProducerTemplate template = context.createProducerTemplate();
        template.requestBody("direct:slow", (Object) null); // the token first: the 429s below are the call's
        SIM.simulator().control().tooManyRequests(100, Duration.ofSeconds(5));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Object> call = pool.submit(() -> template.requestBody("direct:slow", (Object) null));
            await().atMost(Duration.ofSeconds(10)).until(() -> SIM.simulator().control().faults()
                    .tooManyRequestsLeft() < 100);
            context.getShutdownStrategy().setTimeout(1);
            long stopping = System.nanoTime();
            context.getRouteController().stopRoute("slow");
            assertThrows(Exception.class, () -> call.get(10, TimeUnit.SECONDS));
            assertTrue(System.nanoTime() - stopping < TimeUnit.SECONDS.toNanos(10));
        } finally {
            pool.shutdownNow();
        }
        SIM.simulator().control().clearFaults();
        context.getRouteController().startRoute("slow");
        double retried = retries429();
        SIM.simulator().control().tooManyRequests(2, Duration.ZERO);
        template.requestBody("direct:slow", (Object) null);
        assertEquals(retried + 2, retries429(), "both 429 retried after the restart");
    }

    /**
     * A route makes a new producer at each start; a producer stopped and started itself (as a producer cache may)
     * must retry again too.
     */
    @Test
    void aProducerStoppedAndStartedRetriesAgain() throws Exception {
        context = ObservedContexts.start(SIM.simulator(), c -> c.getRegistry().bind("meters", meters));
        Endpoint endpoint = context.getEndpoint(GET + "&retryInitialDelay=10");
        Producer producer = endpoint.createProducer();
        producer.start();
        producer.stop();
        producer.start();
        context.createProducerTemplate().requestBody(endpoint, (Object) null); // the token first
        SIM.simulator().control().tooManyRequests(1, Duration.ZERO);
        Exchange exchange = endpoint.createExchange();
        producer.process(exchange);
        assertEquals(200, exchange.getMessage().getHeader(NextomeConstants.HTTP_RESPONSE_CODE));
        assertEquals(1, retries429());
        producer.stop();
    }

    private double retries429() {
        return meters.find("nextome.retries").tag("cause", "429").counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

    private static NextomeObserver counting(AtomicLong told) {
        return new NextomeObserver() {
            @Override
            public void requestCompleted(CredentialSet set, String operation, int status, long durationNanos) {
                told.incrementAndGet();
            }
        };
    }

    /** 2xx calls and 429 retries of trackables/get as the console, the JMX bean (same snapshot) and meters show. */
    private void assertCounted(long ok, long retried) {
        Map<String, Object> console = console();
        assertEquals(Map.of("2xx", ok), ((Map<?, ?>) console.get("requests")).get("trackables/get"), console::toString);
        assertEquals(Map.of("429", retried), console.get("retries"), console::toString);
        assertEquals(ok, meters.get("nextome.requests").tag("operation", "trackables/get").tag("status", "2xx")
                .timer().count());
        assertEquals(retried, meters.get("nextome.retries").tag("cause", "429").counter().count());
        assertFalse(console.toString().contains(SIM.simulator().clientSecret()));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> console() {
        DevConsole console = context.getCamelContextExtension().getContextPlugin(DevConsoleRegistry.class)
                .resolveById("nextome");
        return (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> credentialSets() {
        return (List<Map<String, Object>>) console().get("credentialSets");
    }

    private static RouteBuilder route() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").routeId("get").to(GET);
            }
        };
    }
}
