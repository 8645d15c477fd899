package io.camelnextome.nextome;

import io.camelnextome.nextome.health.NextomeHealthCheck;
import io.camelnextome.nextome.observe.NextomeMonitor;
import io.camelnextome.nextome.observe.ObservedContexts;
import io.camelnextome.nextome.observe.RequestStats;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fixed {@code accessToken} the API rejects is rejected credentials as much as a fresh token is: the readiness
 * check goes DOWN (without the token), the call counts as a 4xx, and the next accepted call makes it UP again.
 */
class FixedAccessTokenHealthTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    private CamelContext context;

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void aRejectedFixedTokenMakesTheCheckDownUntilACallSucceeds() throws Exception {
        context = ObservedContexts.start(SIM.simulator(), c -> {
        });
        ProducerTemplate template = context.createProducerTemplate();
        AuthenticationTestHandshake handshake = new AuthenticationTestHandshake(SIM.simulator());
        String token = handshake.token();
        template.requestBody("nextome:venues/get?id=1&accessToken=" + token, (Object) null);
        assertEquals(HealthCheck.State.UP, nextome().getState());

        SIM.simulator().control().revokeAllTokens();
        assertThrows(CamelExecutionException.class,
                () -> template.requestBody("nextome:venues/get?id=1&accessToken=" + token, (Object) null));
        HealthCheck.Result down = nextome();
        assertEquals(HealthCheck.State.DOWN, down.getState());
        assertEquals(401, down.getDetails().get("http.status"));
        String shown = down.getMessage().orElse("") + down.getDetails();
        assertTrue(shown.contains("accessToken"), shown);
        assertFalse(shown.contains(token), "never the token");
        RequestStats calls = NextomeMonitor.find(context).requests().get("venues/get");
        assertEquals(1, calls.count(RequestStats.statusClassIndex(401)), "the API answered: a 4xx, not 'none'");

        template.requestBody("nextome:venues/get?id=1&accessToken=" + handshake.token(), (Object) null);
        assertEquals(HealthCheck.State.UP, nextome().getState());
    }

    private HealthCheck.Result nextome() {
        return HealthCheckRegistry.get(context).getCheck(NextomeHealthCheck.ID).orElseThrow().call();
    }
}
