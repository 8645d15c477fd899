package io.camelnextome.nextome.health;

import java.time.Duration;
import java.util.Map;

import io.camelnextome.nextome.console.NextomeSnapshot;
import io.camelnextome.nextome.observe.NextomeMonitor;
import io.camelnextome.nextome.observe.ObservedContexts;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code nextome} readiness check, read through Camel's health-check registry as every health endpoint reads
 * it: DOWN after a failed authentication or a token the API rejects, UP after the next success.
 */
class NextomeHealthCheckTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));
    /** A second Nextome that accepts none of the first one's tokens. */
    @RegisterExtension
    static final NextomeSimulatorExtension OTHER = new NextomeSimulatorExtension(b -> b.generation(false));

    /** A Nextome whose tokens live one second. */
    @RegisterExtension
    static final NextomeSimulatorExtension SHORT_TOKENS = new NextomeSimulatorExtension(
            b -> b.generation(false).tokenLifetime(Duration.ofSeconds(1)));

    private CamelContext context;
    private ProducerTemplate template;

    @BeforeEach
    void start() throws Exception {
        context = ObservedContexts.start(SIM.simulator(), c -> {
        });
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void downWhileTheLastAuthenticationFailedWithDetailsButNoSecretThenUpAfterTheNextSuccess() {
        assertEquals(HealthCheck.State.UP, nextome().getState(), "no authentication yet: nothing failed");

        assertThrows(CamelExecutionException.class,
                () -> template.requestBody("nextome:venues/get?id=1&clientSecret=wrong-secret-4711", (Object) null));
        HealthCheck.Result down = nextome();
        assertEquals(HealthCheck.State.DOWN, down.getState());
        Map<String, Object> details = down.getDetails();
        assertEquals(SIM.simulator().clientId(), details.get("client.id"));
        assertEquals(SIM.simulator().baseUrl() + "/apps/auth", details.get("auth.url"));
        assertEquals(401, details.get("http.status"));
        assertTrue(details.containsKey("time"));
        assertTrue(down.getMessage().orElse("").contains("HTTP 401"), down.getMessage().orElse(""));
        assertFalse((down.getMessage().orElse("") + details).contains("wrong-secret-4711"));

        template.requestBody("nextome:venues/get?id=1", (Object) null);
        assertEquals(HealthCheck.State.UP, nextome().getState());
    }

    /**
     * An API key in the auth URL's query (a gateway in front of Nextome may want one) is masked in the message of a
     * DOWN check and in the console's last authentication message, as it is in the {@code auth.url} detail.
     */
    @Test
    void aKeyInTheAuthUrlShowsMaskedInTheMessage() {
        String authUrl = SIM.simulator().baseUrl() + "/apps/auth?apiKey=k3y-4711-distinctive";
        assertThrows(CamelExecutionException.class, () -> template.requestBody(
                "nextome:venues/get?id=1&maxRetries=0&clientSecret=wrong&authUrl=" + authUrl, (Object) null));
        HealthCheck.Result down = nextome();
        assertEquals(HealthCheck.State.DOWN, down.getState());
        String shown = down.getMessage().orElse("") + down.getDetails()
                       + NextomeSnapshot.of(NextomeMonitor.find(context)).toJson();
        assertTrue(shown.contains("apiKey=xxxxxx"), shown);
        assertFalse(shown.contains("k3y-4711-distinctive"), shown);
    }

    @Test
    void downWhenTheApiRejectsATokenJustAcquiredThenUpAfterTheNextSuccessfulCall() {
        String authUrl = SIM.simulator().baseUrl() + "/apps/auth";
        long authCalls = SIM.simulator().control().authCalls();
        CamelExecutionException e = assertThrows(CamelExecutionException.class, () -> template.requestBody(
                "nextome:venues/get?id=1&baseUrl=" + OTHER.simulator().baseUrl() + "&authUrl=" + authUrl, (Object) null));
        assertTrue(e.getCause().getMessage().contains("401"), e.getCause().getMessage());
        assertEquals(authCalls + 2, SIM.simulator().control().authCalls(), "authenticated again after the first 401");
        HealthCheck.Result down = nextome();
        assertEquals(HealthCheck.State.DOWN, down.getState());
        assertEquals(401, down.getDetails().get("http.status"));
        assertEquals(authUrl, down.getDetails().get("auth.url"));
        assertTrue(down.getMessage().orElse("").contains("after a 401"), down.getMessage().orElse(""));

        template.requestBody("nextome:venues/get?id=1&authUrl=" + authUrl, (Object) null);
        assertEquals(HealthCheck.State.UP, nextome().getState());
    }

    /**
     * A wrong client id used once (a tenant's typo in a dynamic endpoint) counts while it is tried, and stops counting
     * once nothing tried it for longer than a token lifetime, instead of keeping the instance not ready until a
     * restart; tried again, it counts again.
     */
    @Test
    void aFailingSetNobodyTriesForATokenLifetimeStopsCounting() throws Exception {
        CamelContext shortTokens = ObservedContexts.start(SHORT_TOKENS.simulator(), c -> {
        });
        try {
            ProducerTemplate calls = shortTokens.createProducerTemplate();
            calls.requestBody("nextome:venues/get?id=1", (Object) null);
            String typo = "nextome:venues/get?id=1&clientId=tenant-typo";
            assertThrows(CamelExecutionException.class, () -> calls.requestBody(typo, (Object) null));
            assertEquals(HealthCheck.State.DOWN, nextome(shortTokens).getState());

            await().atMost(Duration.ofSeconds(5)).until(() -> nextome(shortTokens).getState() == HealthCheck.State.UP);
            // tried again once the failed handshake's backoff (1 s) is over, it counts again
            await().atMost(Duration.ofSeconds(5)).until(() -> {
                assertThrows(CamelExecutionException.class, () -> calls.requestBody(typo, (Object) null));
                return nextome(shortTokens).getState() == HealthCheck.State.DOWN;
            });
        } finally {
            shortTokens.stop();
        }
    }

    /**
     * A set whose auth endpoint answered 429 with a Retry-After longer than a token lifetime is not tried during that
     * wait: it stays DOWN for all of it (it showed UP once a token lifetime had passed), with the end of the wait in
     * the details, and stops counting once the wait is over and nothing tried it since.
     */
    @Test
    void aFailedSetStaysDownWhileTheServerAskedToWait() throws Exception {
        CamelContext shortTokens = ObservedContexts.start(SHORT_TOKENS.simulator(), c -> {
        });
        try {
            ProducerTemplate calls = shortTokens.createProducerTemplate();
            calls.requestBody("nextome:venues/get?id=1", (Object) null);   // a token lifetime of 1 s is known
            SHORT_TOKENS.simulator().control().tooManyRequests(1, Duration.ofSeconds(3));
            // another auth URL of the same server is a credential set of its own, whose first handshake gets the 429
            String limited = "nextome:venues/get?id=1&maxRetries=0&authUrl=" + SHORT_TOKENS.simulator().baseUrl()
                             + "/apps/auth?tenant=b";
            assertThrows(CamelExecutionException.class, () -> calls.requestBody(limited, (Object) null));
            HealthCheck.Result down = nextome(shortTokens);
            assertEquals(HealthCheck.State.DOWN, down.getState());
            assertEquals(429, down.getDetails().get("http.status"));
            assertTrue(down.getDetails().containsKey("retry.after"), down.getDetails().toString());

            await().during(Duration.ofMillis(2000)).atMost(Duration.ofMillis(2500))
                    .until(() -> nextome(shortTokens).getState() == HealthCheck.State.DOWN);
            await().atMost(Duration.ofSeconds(5)).until(() -> nextome(shortTokens).getState() == HealthCheck.State.UP);
        } finally {
            SHORT_TOKENS.simulator().control().clearFaults();
            shortTokens.stop();
        }
    }

    @Test
    void theCheckIsAReadinessCheckOfTheRegistry() {
        HealthCheck check = HealthCheckRegistry.get(context).getCheck(NextomeHealthCheck.ID).orElseThrow();
        assertTrue(check.isReadiness());
        assertFalse(check.isLiveness());
        assertTrue(HealthCheckHelper.invokeReadiness(context).stream()
                .anyMatch(result -> result.getCheck().getId().equals(NextomeHealthCheck.ID)));
    }

    private HealthCheck.Result nextome() {
        return nextome(context);
    }

    private static HealthCheck.Result nextome(CamelContext context) {
        return HealthCheckRegistry.get(context).getCheck(NextomeHealthCheck.ID).orElseThrow().call();
    }
}
