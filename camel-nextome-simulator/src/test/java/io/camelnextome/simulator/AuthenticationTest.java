package io.camelnextome.simulator;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthenticationTest {

    @RegisterExtension
    static NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    private final SimulatorClient client = new SimulatorClient(SIM.simulator());

    @AfterEach
    void reset() {
        SIM.simulator().control().reset();
    }

    @Test
    void issuesAJwtShapedTokenWithAnExpClaimOneHourAhead() {
        long before = System.currentTimeMillis() / 1000;
        SimulatorClient.Reply reply = auth(credentials(SIM.simulator().clientId(), SIM.simulator().clientSecret()));

        assertEquals(200, reply.status(), reply.body());
        String token = reply.json().getString("accessToken");
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length, "header.payload.signature");
        JsonObject claims = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        long exp = claims.getLong("exp");
        assertTrue(exp >= before + 3600 && exp <= before + 3602, "exp " + exp + " is one hour after " + before);
        assertEquals(3600, reply.json().getLong("expiresIn"));
        assertEquals(200, client.send("GET", "/venues/1", null, token).status());
        assertEquals(1, SIM.simulator().control().tokensIssued());
        assertEquals(1, SIM.simulator().control().authCalls());
    }

    @Test
    void refusesWrongCredentialsWith401AndAJsonError() {
        SimulatorClient.Reply reply = auth(credentials(SIM.simulator().clientId(), "wrong-secret"));

        assertEquals(401, reply.status());
        assertEquals(401, reply.json().getInteger("status"));
        assertFalse(reply.body().contains("wrong-secret"), "the error does not repeat the secret");
        assertEquals(0, SIM.simulator().control().tokensIssued());
        assertEquals(1, SIM.simulator().control().authCalls());
    }

    @Test
    void refusesMalformedBodiesWith400() {
        assertEquals(400, auth("{not json").status());
        assertEquals(400, auth("[]").status());
        assertEquals(400, auth(new JsonObject().put("clientId", "demo-client").encode()).status());
        assertEquals(400, auth(new JsonObject().put("clientId", 1).put("clientSecret", 2).encode()).status());
        assertEquals(400, auth("").status());
    }

    @Test
    void refusesRequestsWithoutAValidToken() {
        SimulatorClient.Reply missing = client.send("GET", "/trackables/T-001", null, null);
        assertEquals(401, missing.status());
        assertEquals("Bearer", missing.header("WWW-Authenticate"));
        assertEquals(401, missing.json().getInteger("status"));
        assertEquals(401, client.send("GET", "/trackables/T-001", null, "not.a.token").status());
        assertEquals(401, client.send("GET", "/no/such/path", null, null).status(), "unknown paths need a token too");
        assertEquals(404, client.get("/no/such/path").status());
    }

    @Test
    void refusesExpiredTokens() {
        SIM.simulator().control().tokenLifetime(Duration.ofSeconds(1));
        String token = client.authenticate();
        assertEquals(200, client.send("GET", "/venues/1", null, token).status());

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> client.send("GET", "/venues/1", null, token).status() == 401);
        assertEquals(200, client.send("GET", "/venues/1", null, client.authenticate()).status(), "a new token works");
    }

    @Test
    void refusesRevokedTokens() {
        String token = client.authenticate();
        assertEquals(200, client.send("GET", "/venues/1", null, token).status());

        SIM.simulator().control().revokeAllTokens();

        SimulatorClient.Reply reply = client.send("GET", "/venues/1", null, token);
        assertEquals(401, reply.status());
        assertFalse(reply.body().contains(token), "the error does not repeat the token");
    }

    private SimulatorClient.Reply auth(String body) {
        return client.send("POST", "/apps/auth", body, null);
    }

    private static String credentials(String id, String secret) {
        return new JsonObject().put("clientId", id).put("clientSecret", secret).encode();
    }
}
