package io.camelnextome.nextome;

import java.time.Duration;

import io.camelnextome.nextome.http.NextomeApiException;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Non-2xx responses, retries of idempotent calls with Retry-After, and POSTs that are never repeated. */
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
    void aPostIsNeverSentTwice() {
        sim.simulator().control().failures(503, 1.0);
        NextomeApiException e = apiFailure(() -> call("nextome:locations/createBatch?retryInitialDelay=10",
                SampleCalls.body(io.camelnextome.nextome.operation.NextomeOperations.find("locations", "createBatch"))));
        assertEquals(503, e.getStatusCode());
        assertEquals(1, requests("POST /locations/list"));

        sim.simulator().control().clearFaults();
        sim.simulator().control().tooManyRequests(1, Duration.ofSeconds(1));
        assertEquals(429, apiFailure(() -> call("nextome:venues/create", SampleCalls.venue("Twice?"))).getStatusCode());
        assertEquals(1, requests("POST /venues"));
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
