package io.camelnextome.simulator;

import io.vertx.core.json.JsonObject;
import io.camelnextome.simulator.control.FaultInjector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultInjectionTest {

    @RegisterExtension
    static NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    private final SimulatorClient client = new SimulatorClient(SIM.simulator());
    private final SimulatorControl control = SIM.simulator().control();

    @AfterEach
    void reset() {
        control.reset();
    }

    @Test
    void addedLatencyDelaysResponses() {
        client.authenticate();
        control.latency(Duration.ofMillis(300));
        long start = System.nanoTime();
        assertEquals(200, client.get("/trackables/T-001").status());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 300, "the response waited for the latency");
        assertEquals(300, control.faults().latencyMillis());
    }

    @Test
    void aShareOfResponsesFailsWithTheGivenStatus() {
        client.authenticate();
        control.failures(503, 1.0);
        SimulatorClient.Reply reply = client.get("/trackables/T-001");
        assertEquals(503, reply.status());
        assertEquals(503, reply.json().getInteger("status"));
        assertEquals(1, control.requests("GET /trackables/{tid}"), "failed requests are counted too");

        control.failures(500, 0.5);
        int failed = 0;
        for (int i = 0; i < 200; i++) {
            int status = client.get("/venues/1").status();
            assertTrue(status == 200 || status == 500, "status " + status);
            failed += status == 500 ? 1 : 0;
        }
        assertTrue(failed > 40 && failed < 160, "about half of 200 failed: " + failed);
    }

    @Test
    void faultsApplyToAuthenticationButNotToTheControlApi() {
        control.failures(502, 1.0);
        assertEquals(502, client.send("POST", "/apps/auth", new JsonObject().put("clientId", SIM.simulator().clientId())
                .put("clientSecret", SIM.simulator().clientSecret()).encode(), null).status());
        assertEquals(1, control.authCalls());
        assertEquals(200, client.send("GET", "/_sim/status", null, null).status());
    }

    @Test
    void droppedConnectionsGetNoResponse() {
        client.authenticate();
        control.dropConnections(1.0);
        assertThrows(UncheckedIOException.class, () -> client.get("/trackables/T-001"));
        control.dropConnections(0);
        assertEquals(200, client.get("/trackables/T-001").status());
    }

    @Test
    void tooManyRequestsCarriesRetryAfterForTheNextResponses() {
        client.authenticate();
        control.tooManyRequests(2, Duration.ofSeconds(3));
        for (int i = 0; i < 2; i++) {
            SimulatorClient.Reply reply = client.get("/trackables/T-001");
            assertEquals(429, reply.status());
            assertEquals("3", reply.header("Retry-After"));
        }
        assertEquals(200, client.get("/trackables/T-001").status());
        assertEquals(3, control.requests("GET /trackables/{tid}"));
    }

    @Test
    void clearFaultsRestoresNormalService() {
        client.authenticate();
        control.failures(500, 1.0).dropConnections(0.0).tooManyRequests(5, Duration.ofSeconds(1));
        control.clearFaults();
        assertEquals(200, client.get("/trackables/T-001").status());
        assertEquals(0, control.faults().tooManyRequestsLeft());
    }

    @Test
    void clearedFaultsShowNothingInForce() {
        control.failures(503, 0.25).tooManyRequests(3, Duration.ofSeconds(2)).authOutage(Duration.ofSeconds(30));
        control.clearFaults();
        assertEquals(new FaultInjector.Settings(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), control.faults());

        control.failures(503, 0);
        assertEquals(0, control.faults().failureStatus(), "a share of 0 injects no status");
    }

    @Test
    void anAuthOutageFailsTheHandshakeButNotTheTokensIssued() {
        String token = client.authenticate();
        control.authOutage(Duration.ofMillis(800));
        assertTrue(control.faults().authOutageMillisLeft() > 0);
        assertEquals(503, client.send("POST", "/apps/auth", credentials(), null).status());
        assertEquals(200, client.send("GET", "/venues/1", null, token).status());
        await().atMost(Duration.ofSeconds(5))
                .until(() -> client.send("POST", "/apps/auth", credentials(), null).status() == 200);
        assertEquals(0, control.faults().authOutageMillisLeft());
        assertTrue(control.responses("POST /apps/auth").get(503) >= 1, "the refused handshakes are counted");
    }

    @Test
    void responsesAreCountedByStatus() {
        client.authenticate();
        client.post("/trackables", new JsonObject().put("name", "counted").put("venue", 1));
        control.failures(503, 1.0);
        client.post("/trackables", new JsonObject().put("name", "refused").put("venue", 1));
        control.failures(503, 0).dropConnections(1.0);
        assertThrows(UncheckedIOException.class, () -> client.post("/trackables", new JsonObject().put("venue", 1)));

        assertEquals(3, control.requests("POST /trackables"));
        assertEquals(Map.of(201, 1L, 503, 1L), control.responses("POST /trackables"), "a dropped connection sent none");
        assertEquals(Map.of(), control.responses("GET /venues"));
    }

    private static String credentials() {
        return new JsonObject().put("clientId", SIM.simulator().clientId())
                .put("clientSecret", SIM.simulator().clientSecret()).encode();
    }

    @Test
    void resetRestoresTheSeededVenueAndZeroesCounters() {
        client.post("/trackables", new JsonObject().put("id", "TEMP").put("venue", 1));
        client.delete("/trackables/T-001");
        control.failures(500, 1.0).tokenLifetime(Duration.ofSeconds(5));

        control.reset();

        assertEquals(0, control.totalRequests());
        assertEquals(0, control.authCalls());
        assertEquals(Duration.ofHours(1), control.tokenLifetime());
        assertEquals(200, client.get("/trackables/T-001").status());
        assertEquals(404, client.get("/trackables/TEMP").status());
        assertEquals(20, client.get("/trackables?venue=1").array().size());
    }
}
