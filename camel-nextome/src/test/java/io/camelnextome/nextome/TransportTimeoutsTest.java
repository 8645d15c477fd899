package io.camelnextome.nextome;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.camelnextome.nextome.auth.NextomeAuthenticationException;
import io.camelnextome.nextome.http.NextomeApiException;
import io.camelnextome.nextome.http.NextomeTimeoutException;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.util.ObjectHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No call waits forever: an answer that does not come, a pool with no free connection and a handshake stuck behind
 * either end in a bounded time, reach the route's error handler, and name the call and the option that bounds the
 * wait. Failed answers of every kind give their pooled connection back.
 */
@Timeout(60)
class TransportTimeoutsTest extends NextomeTestSupport {

    /** One pooled connection, so that a call holding it makes the next one wait for the pool. */
    private static final String ONE_CONNECTION = "maxTotalConnections=1&connectionsPerRoute=1"
                                                 + "&connectionRequestTimeout=200&maxRetries=0";

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension();

    @Override
    protected NextomeSimulator simulator() {
        return sim.simulator();
    }

    /** Authenticates both pools first, so that the injected latency hits the API calls and not the handshake. */
    @BeforeEach
    void authenticate() {
        call("nextome:venues/get?id=1", null);
        call("nextome:venues/get?id=1&" + ONE_CONNECTION, null);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(SocketTimeoutException.class).handled(true).to("mock:timedOut");
                from("direct:position").to("nextome:trackables/position?id=T-001&responseTimeout=300&maxRetries=1"
                                           + "&retryInitialDelay=10");
            }
        };
    }

    @Test
    void anAnswerThatNeverComesReachesTheErrorHandlerNamingTheCallAndResponseTimeout() throws Exception {
        sim.simulator().control().latency(Duration.ofSeconds(3));
        MockEndpoint timedOut = getMockEndpoint("mock:timedOut");
        timedOut.expectedMessageCount(1);

        template.sendBody("direct:position", null);

        timedOut.assertIsSatisfied();
        Exception caught = timedOut.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        NextomeTimeoutException timeout = assertInstanceOf(NextomeTimeoutException.class, caught);
        assertEquals("responseTimeout", timeout.getOption());
        assertEquals(300, timeout.getTimeoutMillis());
        assertTrue(timeout.getMessage().startsWith("nextome:trackables/position GET /trackables/T-001/position: ")
                   && timeout.getMessage().contains("responseTimeout (300 ms)"), timeout.getMessage());
        assertInstanceOf(SocketTimeoutException.class, timeout.getCause(), "HttpClient's own exception is the cause");
        assertEquals(2, sim.simulator().control().requests("GET /trackables/{tid}/position"),
                "a GET whose answer timed out is sent again, maxRetries times");
    }

    @Test
    void aPoolWithNoFreeConnectionFailsNamingConnectionRequestTimeout() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Object> holder = holdTheOnlyConnection(pool);
            long sent = sim.simulator().control().totalRequests();

            CamelExecutionException e = assertThrows(CamelExecutionException.class,
                    () -> call("nextome:venues/get?id=2&" + ONE_CONNECTION, null));
            NextomeTimeoutException timeout = assertInstanceOf(NextomeTimeoutException.class, e.getCause());
            assertEquals("connectionRequestTimeout", timeout.getOption());
            assertTrue(timeout.getMessage().startsWith("nextome:venues/get GET /venues/2: no pooled connection")
                       && timeout.getMessage().contains("connectionRequestTimeout (200 ms)"), timeout.getMessage());
            assertEquals(sent, sim.simulator().control().totalRequests(), "nothing was sent");
            assertNotNull(holder.get(20, TimeUnit.SECONDS), "the call holding the connection still succeeds");
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * HttpClient reports a pooled connection not free in time as an InterruptedIOException: the handshake took it for
     * an interruption of its thread, and said "Interrupted while authenticating".
     */
    @Test
    void aHandshakeWaitingForAPooledConnectionFailsAsATimeoutNotAnInterruption() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Object> holder = holdTheOnlyConnection(pool);

            // other credentials: a handshake of their own, in the same pool (the transport options are the same)
            CamelExecutionException e = assertThrows(CamelExecutionException.class,
                    () -> call("nextome:venues/get?id=1&" + ONE_CONNECTION + "&clientSecret=RAW(another)", null));
            NextomeAuthenticationException failure = assertInstanceOf(NextomeAuthenticationException.class,
                    e.getCause());
            String message = failure.getMessage();
            assertTrue(message.startsWith("Nextome authentication of client id '" + sim.simulator().clientId() + "'")
                       && message.contains("connectionRequestTimeout (200 ms)"), message);
            assertFalse(message.contains("Interrupted") || message.contains("another"), message);
            assertNotNull(ObjectHelper.getException(NextomeTimeoutException.class, failure), "the timeout is a cause");
            assertNotNull(holder.get(20, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aHandshakeWithoutAnswerFailsNamingResponseTimeout() {
        sim.simulator().control().latency(Duration.ofSeconds(3));
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> call("nextome:venues/get?id=1&responseTimeout=300&maxRetries=0&clientSecret=RAW(another)", null));
        String message = assertInstanceOf(NextomeAuthenticationException.class, e.getCause()).getMessage();
        assertTrue(message.contains("authentication of client id") && message.contains("responseTimeout (300 ms)"),
                message);
    }

    /**
     * A connection leaked on any of these answers would leave the pool of one empty, and the next call would fail
     * on connectionRequestTimeout: an error status, a 429 retried after its Retry-After, a 404, a 204 without body
     * (a body that is not the JSON expected: StreamedBodyFaultsTest).
     */
    @Test
    void everyKindOfAnswerGivesItsConnectionBack() {
        String one = "&" + ONE_CONNECTION.replace("maxRetries=0", "maxRetries=1");
        sim.simulator().control().failures(500, 1.0);
        assertEquals(500, apiFailure(() -> call("nextome:venues/get?id=1" + one, null)).getStatusCode());
        sim.simulator().control().clearFaults().tooManyRequests(1, Duration.ZERO);
        assertNotNull(call("nextome:venues/get?id=1" + one, null));
        assertEquals(404, apiFailure(() -> call("nextome:trackables/get?id=NO-SUCH" + one, null)).getStatusCode());
        template.requestBodyAndHeader("nextome:raw?httpMethod=DELETE" + one, null, NextomeConstants.PATH,
                "/fences/F-001");
        assertEquals(List.of(204), List.copyOf(sim.simulator().control().responses("DELETE /fences/{fid}").keySet()));
        assertNotNull(call("nextome:venues/get?id=1" + one, null), "the pool of one still has its connection");
    }

    /** Starts a call that holds the only pooled connection for a second, once the simulator has its request. */
    private Future<Object> holdTheOnlyConnection(ExecutorService pool) {
        long before = sim.simulator().control().requests("GET /venues/{vid}");
        sim.simulator().control().latency(Duration.ofSeconds(1));
        Future<Object> holder = pool.submit(() -> call("nextome:venues/get?id=1&" + ONE_CONNECTION, null));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sim.simulator().control().requests("GET /venues/{vid}") == before + 1);
        return holder;
    }

    private static NextomeApiException apiFailure(Runnable call) {
        return assertInstanceOf(NextomeApiException.class, assertThrows(CamelExecutionException.class, call::run)
                .getCause());
    }
}
