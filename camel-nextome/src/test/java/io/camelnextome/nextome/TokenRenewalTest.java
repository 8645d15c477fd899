package io.camelnextome.nextome;

import java.time.Duration;

import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tokens that live two seconds, used for ten: renewed ahead of expiry, no call fails. */
class TokenRenewalTest extends NextomeTestSupport {

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension(b -> b.tokenLifetime(Duration.ofSeconds(2)));

    @Override
    protected NextomeSimulator simulator() {
        return sim.simulator();
    }

    @Test
    void shortLivedTokensAreRenewedWithoutAFailedCall() throws Exception {
        // the first call builds the HTTP client and loads the classes: on a busy machine that alone can take seconds
        template.requestBody("nextome:venues/get?id=1", (Object) null);
        Load.Result run = Load.during(4, Duration.ofSeconds(10),
                () -> template.requestBody("nextome:venues/get?id=1", (Object) null));
        assertEquals(0, run.failures(), () -> "first failure: " + run.firstFailure());
        assertTrue(run.calls() > 100, "calls made: " + run.calls());
        long authCalls = sim.simulator().control().authCalls();
        assertTrue(authCalls >= 5, "a 2 s token over 10 s is renewed at least 5 times, was " + authCalls);
    }
}
