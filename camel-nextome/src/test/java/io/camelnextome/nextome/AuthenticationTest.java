package io.camelnextome.nextome;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.camelnextome.nextome.auth.NextomeAuthenticationException;
import io.camelnextome.nextome.model.VenueDto;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One token per app and CamelContext, acquired once however many threads need it, renewed after a revocation. */
class AuthenticationTest extends NextomeTestSupport {

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension();

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
