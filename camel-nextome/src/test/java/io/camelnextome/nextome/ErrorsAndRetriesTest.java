package io.camelnextome.nextome;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;

import io.camelnextome.nextome.http.NextomeApiException;
import io.camelnextome.nextome.model.TrackableDto;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Non-2xx responses and the retry rules: every method is sent again after a 429 (after Retry-After) or a
 * connection that could not be established; when the outcome is unknown only idempotent calls are, and a POST
 * surfaces its failure.
 */
class ErrorsAndRetriesTest extends NextomeTestSupport {

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension();

    @Override
    protected NextomeSimulator simulator() {
        return sim.simulator();
    }

    /** Authenticates first, so that injected faults hit the API call and not the handshake. */
    @BeforeEach
    void authenticate() {
        call("nextome:venues/get?id=1", null);
    }

    private long requests(String key) {
        return sim.simulator().control().requests(key);
    }

    @Test
    void aNotFoundRaisesNextomeApiExceptionWithOperationStatusAndExcerpt() {
        NextomeApiException e = apiFailure(() -> call("nextome:trackables/get?id=NOPE-404", null));
        assertEquals(404, e.getStatusCode());
        assertEquals("nextome:trackables/get", e.getOperation());
        assertTrue(e.getMessage().startsWith("nextome:trackables/get failed with HTTP 404"), e.getMessage());
        assertTrue(e.getResponseExcerpt().length() <= NextomeApiException.EXCERPT_LENGTH + 3);
    }

    @Test
    void tooManyRequestsIsRetriedAfterRetryAfter() {
        sim.simulator().control().tooManyRequests(2, Duration.ofSeconds(1));
        long start = System.nanoTime();
        assertNotNull(call("nextome:venues/get?id=1", null));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1 + 3, requests("GET /venues/{vid}"));
        assertTrue(elapsedMillis >= 2000, "waited the two Retry-After seconds, not " + elapsedMillis + " ms");
    }

    @Test
    void retriesAreBoundedByMaxRetries() {
        sim.simulator().control().failures(503, 1.0);
        NextomeApiException e = apiFailure(
                () -> call("nextome:venues/get?id=1&maxRetries=2&retryInitialDelay=10&retryMaxDelay=20", null));
        assertEquals(503, e.getStatusCode());
        assertEquals(1 + 3, requests("GET /venues/{vid}"));
    }

    @Test
    void aPostWhoseOutcomeIsUnknownIsNeverSentTwice() {
        sim.simulator().control().failures(503, 1.0);
        NextomeApiException e = apiFailure(() -> call("nextome:locations/createBatch?retryInitialDelay=10",
                SampleCalls.body(io.camelnextome.nextome.operation.NextomeOperations.find("locations", "createBatch"))));
        assertEquals(503, e.getStatusCode());
        assertEquals(1, requests("POST /locations/list"));

        sim.simulator().control().clearFaults().dropConnections(1.0);
        CamelExecutionException dropped = assertThrows(CamelExecutionException.class,
                () -> call("nextome:trackables/create?retryInitialDelay=10", SampleCalls.trackable(null, "Dropped")));
        assertInstanceOf(IOException.class, dropped.getCause());
        assertEquals(1, requests("POST /trackables"));
    }

    @Test
    void aPostAnswered429IsSentAgainAfterRetryAfterAndCreatesOnce() {
        sim.simulator().control().tooManyRequests(2, Duration.ofSeconds(1));
        TrackableDto created = (TrackableDto) call("nextome:trackables/create", SampleCalls.trackable(null, "After 429"));

        assertEquals("After 429", created.getName());
        assertEquals(1 + 2, requests("POST /trackables"));
        assertEquals(1, sim.simulator().control().requestBodies("POST /trackables").size(), "processed once");
    }

    @Test
    void aRawPostIsSentAgainAfter429ButNotAfterADroppedConnection() {
        sim.simulator().control().tooManyRequests(1, Duration.ofSeconds(1));
        String venue = (String) template.requestBody("nextome:raw?httpMethod=post&path=/venues",
                "{\"name\":\"Raw after 429\"}");
        assertTrue(venue.contains("Raw after 429"), venue);
        assertEquals(2, requests("POST /venues"));

        sim.simulator().control().dropConnections(1.0);
        assertThrows(CamelExecutionException.class, () -> template.requestBody(
                "nextome:raw?httpMethod=POST&path=/venues&retryInitialDelay=10", "{\"name\":\"Dropped\"}"));
        assertEquals(3, requests("POST /venues"));
    }

    /**
     * A refused connection sent nothing, so even a POST is sent again: the call waits in its retry pause while the
     * port is closed, and succeeds once a server listens there, which receives the POST once.
     */
    @Test
    void aPostIsSentAgainWhenTheConnectionCouldNotBeEstablished() throws Exception {
        int port = closedPort();
        String uri = "nextome:trackables/create?baseUrl=http://127.0.0.1:" + port
                     + "&accessToken=fixed-token&maxRetries=20&retryInitialDelay=100&retryMaxDelay=200";
        AtomicReference<Thread> caller = new AtomicReference<>();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        HttpServer late = null;
        try {
            Future<Object> result = pool.submit(() -> {
                caller.set(Thread.currentThread());
                return call(uri, SampleCalls.trackable(null, "Late server"));
            });
            await().atMost(Duration.ofSeconds(10)).until(() -> caller.get() != null && pausing(caller.get()));

            AtomicInteger posts = new AtomicInteger();
            late = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            late.createContext("/trackables", exchange -> {
                posts.incrementAndGet();
                exchange.getRequestBody().readAllBytes();
                byte[] answer = "{\"id\":\"LATE-1\",\"name\":\"Late server\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            late.start();

            TrackableDto created = (TrackableDto) result.get(10, TimeUnit.SECONDS);
            assertEquals("LATE-1", created.getId());
            assertEquals(1, posts.get());
        } finally {
            pool.shutdownNow();
            if (late != null) {
                late.stop(0);
            }
        }
    }

    @Test
    void aRefusedConnectionFailsOnceTheRetriesAreUsedUp() throws Exception {
        int port = closedPort();
        CamelExecutionException e = assertThrows(CamelExecutionException.class, () -> call(
                "nextome:trackables/create?baseUrl=http://127.0.0.1:" + port
                + "&accessToken=fixed-token&maxRetries=2&retryInitialDelay=10", SampleCalls.trackable(null, "Nobody")));
        assertInstanceOf(java.net.ConnectException.class, e.getCause());
    }

    /** A loopback port nothing listens on: a connection to it is refused. */
    private static int closedPort() throws IOException {
        try (ServerSocket reserved = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return reserved.getLocalPort();
        }
    }

    /** Whether {@code thread} sleeps in the invoker's pause before a retry. */
    private static boolean pausing(Thread thread) {
        return Arrays.stream(thread.getStackTrace())
                .anyMatch(frame -> frame.getClassName().equals(NextomeInvoker.class.getName())
                                   && frame.getMethodName().equals("pause"));
    }

    @Test
    void droppedConnectionsOfIdempotentCallsAreRetried() {
        sim.simulator().control().dropConnections(0.3);
        Load.Result run;
        try {
            run = Load.times(1, 30, () -> call("nextome:venues/get?id=1&maxRetries=10&retryInitialDelay=5", null));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertEquals(0, run.failures(), () -> "first failure: " + run.firstFailure());
    }

    private static NextomeApiException apiFailure(Runnable call) {
        CamelExecutionException e = assertThrows(CamelExecutionException.class, call::run);
        return assertInstanceOf(NextomeApiException.class, e.getCause());
    }
}
