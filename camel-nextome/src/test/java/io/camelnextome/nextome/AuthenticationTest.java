package io.camelnextome.nextome;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.camelnextome.nextome.auth.NextomeAuthenticationException;
import io.camelnextome.nextome.model.VenueDto;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One token per app (credentials) and CamelContext, acquired once however many threads need it, renewed after a
 * revocation; a failing handshake is shared by its waiters and remembered for a backoff.
 */
class AuthenticationTest extends NextomeTestSupport {

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension();

    private static final String ONE_RETRY = "nextome:venues/get?id=1&maxRetries=1&retryInitialDelay=10";

    @Override
    protected NextomeSimulator simulator() {
        return sim.simulator();
    }

    @Test
    void thirtyTwoThreadsTimesAHundredCallsShareOneAuthentication() throws Exception {
        Load.Result run = Load.times(32, 100, () -> call("nextome:venues/get?id=1", null));
        assertEquals(0, run.failures(), () -> "first failure: " + run.firstFailure());
        assertEquals(1, sim.simulator().control().authCalls());
        assertEquals(3200, sim.simulator().control().requests("GET /venues/{vid}"));
    }

    @Test
    void endpointsWithTheSameAppShareTheToken() {
        call("nextome:venues/get?id=1", null);
        call("nextome:maps/byVenue?venueId=1", null);
        call("nextome:trackables/get", null, "T-001");
        assertEquals(1, sim.simulator().control().authCalls());
    }

    @Test
    void revokingAllTokensMidRunCostsNoFailedCall() throws Exception {
        AtomicLong completed = new AtomicLong();
        AtomicBoolean revoked = new AtomicBoolean();
        Load.Result run = Load.until(8, () -> completed.get() < 800, () -> {
            call("nextome:venues/get?id=1", null);
            if (completed.incrementAndGet() == 200 && revoked.compareAndSet(false, true)) {
                sim.simulator().control().revokeAllTokens();
            }
        });
        assertTrue(revoked.get());
        assertEquals(0, run.failures(), () -> "first failure: " + run.firstFailure());
        assertEquals(2, sim.simulator().control().authCalls(), "one authentication before, one after the revocation");
    }

    @Test
    void aWrongSecretRaisesANextomeAuthenticationExceptionWithoutTheSecret() {
        NextomeComponent component = context.getComponent("nextome", NextomeComponent.class);
        component.getConfiguration().setClientSecret("wrong-secret-4711");
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> call("nextome:venues/get?id=1", null));
        NextomeAuthenticationException auth = assertInstanceOf(NextomeAuthenticationException.class, e.getCause());
        assertTrue(auth.getMessage().contains(sim.simulator().clientId()), auth.getMessage());
        assertFalse(auth.getMessage().contains("wrong-secret-4711"), auth.getMessage());
        assertEquals(0, sim.simulator().control().totalRequests());
    }

    @Test
    void aWrongSecretFailsAtOnceWhileAnotherEndpointsTokenForTheSameClientIsCached() {
        call("nextome:venues/get?id=1", null);
        assertEquals(1, sim.simulator().control().authCalls());

        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> call("nextome:venues/get?id=1&clientSecret=wrong-secret-0815", null));
        NextomeAuthenticationException auth = assertInstanceOf(NextomeAuthenticationException.class, e.getCause());
        assertFalse(auth.getMessage().contains("wrong-secret-0815"), auth.getMessage());
        assertEquals(2, sim.simulator().control().authCalls());
        assertEquals(1, sim.simulator().control().requests("GET /venues/{vid}"));
    }

    /**
     * Eight callers meet a handshake that fails after 500 ms, and again when it is retried: one handshake (sent twice
     * under maxRetries=1), and all eight fail with it.
     */
    @Test
    void concurrentCallersShareTheOutcomeOfAFailingHandshake() throws Exception {
        sim.simulator().control().latency(Duration.ofMillis(500)).failures(503, 1.0);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Throwable>> callers = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                callers.add(pool.submit(() -> {
                    start.await();
                    return assertThrows(CamelExecutionException.class, () -> call(ONE_RETRY, null)).getCause();
                }));
            }
            start.countDown();
            for (Future<Throwable> caller : callers) {
                Throwable failure = caller.get(20, TimeUnit.SECONDS);
                assertInstanceOf(NextomeAuthenticationException.class, failure);
                assertTrue(failure.getMessage().contains("HTTP 503"), failure.getMessage());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, sim.simulator().control().authCalls());

        // the failure is remembered for a backoff: the next call fails at once, without a handshake
        CamelExecutionException cached = assertThrows(CamelExecutionException.class, () -> call(ONE_RETRY, null));
        assertTrue(cached.getCause().getMessage().contains("next attempt in"), cached.getCause().getMessage());
        assertEquals(2, sim.simulator().control().authCalls());

        sim.simulator().control().clearFaults();
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> call(ONE_RETRY, null) != null);
        assertEquals(3, sim.simulator().control().authCalls());
    }

    /** A caller waiting for another caller's slow handshake stops waiting when its thread is interrupted. */
    @Test
    void aCallerWaitingForTheHandshakeInFlightCanBeInterrupted() throws Exception {
        sim.simulator().control().latency(Duration.ofSeconds(2));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicReference<Thread> waiter = new AtomicReference<>();
        try {
            Future<Object> first = pool.submit(() -> call("nextome:venues/get?id=1", null));
            await().atMost(Duration.ofSeconds(5)).until(() -> sim.simulator().control().authCalls() == 1);
            Future<Throwable> second = pool.submit(() -> {
                waiter.set(Thread.currentThread());
                return assertThrows(CamelExecutionException.class, () -> call("nextome:venues/get?id=1", null))
                        .getCause();
            });
            await().atMost(Duration.ofSeconds(5)).until(() -> waiter.get() != null
                                                              && waiter.get().getState() != Thread.State.RUNNABLE);
            waiter.get().interrupt();

            Throwable failure = second.get(1, TimeUnit.SECONDS);
            assertInstanceOf(NextomeAuthenticationException.class, failure);
            assertTrue(failure.getMessage().contains("Interrupted"), failure.getMessage());
            assertNotNull(first.get(20, TimeUnit.SECONDS), "the handshake in flight still succeeds");
            assertEquals(1, sim.simulator().control().authCalls());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A caller interrupted while it runs the handshake (its route stopping) fails alone: the interruption is not
     * remembered as an authentication failure, so the next caller authenticates at once instead of failing for the
     * backoff.
     */
    @Test
    void anInterruptedHandshakeIsNotRememberedForOtherCallers() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Throwable failure = pool.submit(() -> {
                Thread.currentThread().interrupt();
                return assertThrows(CamelExecutionException.class, () -> call("nextome:venues/get?id=1", null))
                        .getCause();
            }).get(10, TimeUnit.SECONDS);
            assertInstanceOf(NextomeAuthenticationException.class, failure);
            assertTrue(failure.getMessage().contains("Interrupted"), failure.getMessage());
        } finally {
            pool.shutdownNow();
        }

        VenueDto venue = (VenueDto) call("nextome:venues/get?id=1", null);
        assertEquals(1L, venue.getId());
    }

    @Test
    void aFixedAccessTokenSkipsTheHandshake() throws Exception {
        String token = new AuthenticationTestHandshake(sim.simulator()).token();
        long authCalls = sim.simulator().control().authCalls();
        VenueDto venue = (VenueDto) call("nextome:venues/get?id=1&accessToken=" + token, null);
        assertEquals(1L, venue.getId());
        assertEquals(authCalls, sim.simulator().control().authCalls());
    }

    private Object call(String uri, Object body, String id) {
        return template.requestBodyAndHeader(uri, body, NextomeConstants.ID, id);
    }

}
