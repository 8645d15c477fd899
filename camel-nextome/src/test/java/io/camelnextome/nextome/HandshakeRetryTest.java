package io.camelnextome.nextome;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /apps/auth} creates nothing, so a handshake that fails transiently is sent again within the same
 * acquisition, under the endpoint's retry options, before its failure is shared and remembered; rejected credentials
 * are not.
 */
class HandshakeRetryTest extends NextomeTestSupport {

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension();

    /** Retries enough that a share of one half failing loses no call (2^-16 per request), with short pauses. */
    private static final String PATIENT = "nextome:venues/get?id=1&maxRetries=15&retryInitialDelay=10&retryMaxDelay=50";

    @Override
    protected NextomeSimulator simulator() {
        return sim.simulator();
    }

    @Test
    void aShortOutageOfTheAuthEndpointCostsTheCallADelayNotAFailure() {
        sim.simulator().control().authOutage(Duration.ofMillis(700));

        VenueDto venue = (VenueDto) call("nextome:venues/get?id=1", null);

        assertEquals(1L, venue.getId());
        long authCalls = sim.simulator().control().authCalls();
        assertTrue(authCalls >= 2 && authCalls <= 4, authCalls + " handshakes: retried, at most maxRetries (3) times");
        assertEquals(1, sim.simulator().control().requests("GET /venues/{vid}"));
    }

    /** Every handshake needs fresh luck: all tokens are revoked before each call. */
    @Test
    void halfOfTheHandshakesAnswering503LoseNoCall() {
        sim.simulator().control().failures(503, 0.5);
        callsWithRevokedTokens(10);
        assertTrue(sim.simulator().control().responses("POST /apps/auth").getOrDefault(503, 0L) > 0,
                "some handshakes met the 503s");
    }

    @Test
    void halfOfTheHandshakeConnectionsDroppedLoseNoCall() {
        sim.simulator().control().dropConnections(0.5);
        callsWithRevokedTokens(10);
        long answered = sim.simulator().control().responses("POST /apps/auth").values().stream()
                .mapToLong(Long::longValue).sum();
        assertTrue(sim.simulator().control().authCalls() > answered, "some handshakes had their connection dropped");
    }

    private void callsWithRevokedTokens(int calls) {
        for (int i = 0; i < calls; i++) {
            sim.simulator().control().revokeAllTokens();
            assertEquals(1L, ((VenueDto) call(PATIENT, null)).getId());
        }
        assertTrue(sim.simulator().control().authCalls() > calls, "some handshakes were sent again");
    }

    @Test
    void aHandshakeAnswered429IsSentAgainAfterRetryAfter() {
        sim.simulator().control().tooManyRequests(1, Duration.ofSeconds(1));
        long start = System.nanoTime();

        assertEquals(1L, ((VenueDto) call("nextome:venues/get?id=1", null)).getId());

        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(2, sim.simulator().control().authCalls());
        assertTrue(elapsedMillis >= 1000, "waited the Retry-After second, not " + elapsedMillis + " ms");
    }

    /** Eight callers meet an outage of the auth endpoint: one handshake, retried, brings all eight their token. */
    @Test
    void concurrentCallersShareOneRetriedHandshake() throws Exception {
        sim.simulator().control().authOutage(Duration.ofMillis(700));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Object>> callers = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                callers.add(pool.submit(() -> {
                    start.await();
                    return call("nextome:venues/get?id=1", null);
                }));
            }
            start.countDown();
            for (Future<Object> caller : callers) {
                assertEquals(1L, ((VenueDto) caller.get(30, TimeUnit.SECONDS)).getId());
            }
        } finally {
            pool.shutdownNow();
        }
        long authCalls = sim.simulator().control().authCalls();
        assertTrue(authCalls >= 2 && authCalls <= 4, authCalls + " handshakes: one, retried at most 3 times");
    }

    /**
     * A renewal ahead of expiry is one attempt, and its failure is not held against the calls that need a token once
     * the current one expired: they acquire one, with retries, instead of failing at once for a backoff.
     */
    @Test
    void failedRenewalsDoNotFailTheCallsAfterExpiry() {
        call("nextome:venues/get?id=1", null); // warm: the next handshake is quick
        sim.simulator().control().tokenLifetime(Duration.ofSeconds(6)).revokeAllTokens();
        long issued = System.currentTimeMillis();
        assertEquals(1L, ((VenueDto) call("nextome:venues/get?id=1", null)).getId());
        long issuedBy = System.currentTimeMillis();
        // the token's exp is rounded up to a second: renewal due after 3 to 3.5 s, expiry after 6 to 7 s
        awaitClock(issuedBy + 3_600);
        sim.simulator().control().authOutage(Duration.ofSeconds(4));
        // calls go on while every renewal fails, and after the token expired (the outage still on)
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            assertEquals(1L, ((VenueDto) call("nextome:venues/get?id=1", null)).getId());
            return System.currentTimeMillis() >= issuedBy + 7_100;
        });
        assertTrue(sim.simulator().control().responses("POST /apps/auth").getOrDefault(503, 0L) >= 2,
                "renewals were tried during the outage");
        assertEquals(3, sim.simulator().control().tokensIssued(), "the first, the 6 s one, one after its expiry");
    }

    private static void awaitClock(long millis) {
        await().atMost(Duration.ofSeconds(10)).until(() -> System.currentTimeMillis() >= millis);
    }

    /** A 401 says the credentials are wrong: sending them again cannot help, so the call fails after one handshake. */
    @Test
    void aWrongSecretFailsAfterOneHandshake() {
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> call("nextome:venues/get?id=1&clientSecret=wrong-secret-1234&retryInitialDelay=5000", null));

        NextomeAuthenticationException auth = assertInstanceOf(NextomeAuthenticationException.class, e.getCause());
        assertTrue(auth.getMessage().contains("HTTP 401"), auth.getMessage());
        assertFalse(auth.getMessage().contains("wrong-secret-1234"), auth.getMessage());
        assertEquals(1, sim.simulator().control().authCalls());
    }

    /** With maxRetries=0 the handshake is not sent again either: one option governs every retry of the endpoint. */
    @Test
    void maxRetriesZeroSendsTheHandshakeOnce() {
        sim.simulator().control().authOutage(Duration.ofSeconds(30));
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> call("nextome:venues/get?id=1&maxRetries=0", null));

        Throwable failure = assertInstanceOf(NextomeAuthenticationException.class, e.getCause());
        assertTrue(failure.getMessage().contains("HTTP 503"), failure.getMessage());
        assertEquals(1, sim.simulator().control().authCalls());
    }
}
