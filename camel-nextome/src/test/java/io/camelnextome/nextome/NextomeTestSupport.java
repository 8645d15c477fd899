package io.camelnextome.nextome;

import java.time.Instant;

import io.camelnextome.simulator.NextomeSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;

/**
 * A CamelContext whose {@code nextome} component talks to the simulator of the subclass over real HTTP, with the
 * simulator reset to the seeded demo venue before each test.
 */
abstract class NextomeTestSupport extends CamelTestSupport {

    protected abstract NextomeSimulator simulator();

    @BeforeEach
    void resetSimulator() {
        simulator().control().reset();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        NextomeComponent component = new NextomeComponent();
        component.getConfiguration().setBaseUrl(simulator().baseUrl());
        component.getConfiguration().setClientId(simulator().clientId());
        component.getConfiguration().setClientSecret(simulator().clientSecret());
        context.addComponent("nextome", component);
        return context;
    }

    /** Positions of the last minute, so that the "latest position" operations have one. */
    protected void generateRecentPositions() {
        Instant now = Instant.now();
        simulator().control().generateHistory(now.minusSeconds(60), now);
    }

    /** Calls {@code uri} with {@code body} and returns the result body. */
    protected Object call(String uri, Object body) {
        return template.requestBody(uri, body);
    }
}
