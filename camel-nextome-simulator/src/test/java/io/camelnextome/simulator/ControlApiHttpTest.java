package io.camelnextome.simulator;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.UncheckedIOException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The /_sim/ endpoints, called over HTTP as the README's curl examples do. */
class ControlApiHttpTest {

    @RegisterExtension
    static NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false)
            .positionInterval(Duration.ofSeconds(10)));

    private final SimulatorClient client = new SimulatorClient(SIM.simulator());

    @AfterEach
    void reset() {
        assertEquals(200, control("POST", "/_sim/reset").status());
    }

    @Test
    void countersCountAuthCallsTokensAndRequestsPerOperation() {
        client.get("/trackables/T-001");
        client.get("/trackables/T-002");
        JsonObject counters = control("GET", "/_sim/counters").json();
        assertEquals(1, counters.getLong("authCalls"));
        assertEquals(1, counters.getLong("tokensIssued"));
        assertEquals(2, counters.getLong("totalRequests"));
        assertEquals(2, counters.getJsonObject("requestsByOperation").getLong("GET /trackables/{tid}"));
        assertEquals(77, counters.getJsonObject("requestsByOperation").size());
        assertEquals(2, counters.getJsonObject("responsesByOperation").getJsonObject("GET /trackables/{tid}").getLong("200"));
    }

    @Test
    void faultEndpointsSetAndClearFaults() {
        client.authenticate();
        JsonObject status = control("POST", "/_sim/faults/failures?status=503&share=1").json();
        assertEquals(503, status.getJsonObject("faults").getInteger("failureStatus"));
        assertEquals(503, client.get("/venues/1").status());

        assertEquals(200, control("POST", "/_sim/faults/latency?millis=150").status());
        assertEquals(150, control("GET", "/_sim/status").json().getJsonObject("faults").getLong("latencyMillis"));

        JsonObject cleared = control("DELETE", "/_sim/faults").json().getJsonObject("faults");
        assertEquals(0.0, cleared.getDouble("failureShare"));
        assertEquals(0, cleared.getInteger("failureStatus"), "no status is injected any more");
        assertEquals(200, client.get("/venues/1").status());

        control("POST", "/_sim/faults/too-many-requests?count=1&retryAfterSeconds=2");
        SimulatorClient.Reply limited = client.get("/venues/1");
        assertEquals(429, limited.status());
        assertEquals("2", limited.header("Retry-After"));

        control("POST", "/_sim/faults/drop-connections?share=1");
        assertThrows(UncheckedIOException.class, () -> client.get("/venues/1"));
        control("DELETE", "/_sim/faults");

        JsonObject outage = control("POST", "/_sim/faults/auth-outage?millis=60000").json().getJsonObject("faults");
        assertTrue(outage.getLong("authOutageMillisLeft") > 50_000);
        assertEquals(503, client.send("POST", "/apps/auth", "{}", null).status());
    }

    @Test
    void badControlArgumentsAre400() {
        assertEquals(400, control("POST", "/_sim/faults/failures?status=200&share=1").status());
        assertEquals(400, control("POST", "/_sim/faults/failures?status=500&share=lots").status());
        assertEquals(400, control("POST", "/_sim/faults/drop-connections?share=2").status());
        assertEquals(400, control("POST", "/_sim/faults/latency").status());
        assertEquals(404, control("GET", "/_sim/nothing").status());
    }

    @Test
    void tokenEndpointsRevokeAndChangeTheLifetime() {
        String token = client.authenticate();
        assertEquals(200, control("POST", "/_sim/tokens/revoke").status());
        assertEquals(401, client.send("GET", "/venues/1", null, token).status());

        assertEquals(120, control("PUT", "/_sim/tokens/lifetime?seconds=120").json().getLong("tokenLifetimeSeconds"));
        assertEquals(120, client.send("POST", "/apps/auth", new JsonObject().put("clientId", SIM.simulator().clientId())
                .put("clientSecret", SIM.simulator().clientSecret()).encode(), null).json().getLong("expiresIn"));
    }

    @Test
    void historyIsGeneratedOnRequestAndCounted() {
        long from = System.currentTimeMillis() - Duration.ofDays(1).toMillis();
        long to = from + Duration.ofMinutes(5).toMillis();
        long generated = control("POST", "/_sim/history?from=" + from + "&to=" + to).json().getLong("generated");

        assertEquals(20 * (5 * 60 / 10 + 1), generated);
        assertEquals(generated, control("GET", "/_sim/positions/count?venueId=1&from=" + from + "&to=" + to)
                .json().getLong("count"));
    }

    @Test
    void generationCanBePausedAndResumed() {
        assertFalse(control("POST", "/_sim/generation/resume").json().getBoolean("generationPaused"));
        assertTrue(control("POST", "/_sim/generation/pause").json().getBoolean("generationPaused"));
    }

    private SimulatorClient.Reply control(String method, String path) {
        return client.send(method, path, null, null);
    }
}
