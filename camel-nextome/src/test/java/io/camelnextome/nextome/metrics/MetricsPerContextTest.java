package io.camelnextome.nextome.metrics;

import java.util.ArrayList;
import java.util.List;

import io.camelnextome.nextome.NextomeConstants;
import io.camelnextome.nextome.observe.ObservedContexts;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The meters where registries are shared as frameworks share them: a composite beside its members (as Spring Boot
 * has them with several registries), and two CamelContexts in one JVM with one registry.
 */
class MetricsPerContextTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    private final List<CamelContext> contexts = new ArrayList<>();

    @AfterEach
    void stop() {
        contexts.forEach(CamelContext::stop);
    }

    @Test
    void aCallIsCountedOnceWhenTheRegistryHoldsACompositeAndItsMember() throws Exception {
        SimpleMeterRegistry prometheus = new SimpleMeterRegistry();
        CompositeMeterRegistry composite = new CompositeMeterRegistry();
        composite.add(prometheus);
        CamelContext context = start("one", composite, prometheus);
        call(context);
        assertEquals(1, prometheus.get("nextome.requests").timer().count());
    }

    @Test
    void eachContextHasItsOwnMetersAndTakesThemAwayWhenItStops() throws Exception {
        MeterRegistry meters = new SimpleMeterRegistry();
        CamelContext first = start("first", meters);
        CamelContext second = start("second", meters);
        call(first);
        call(second);
        call(second);
        assertEquals(1, meters.get("nextome.requests").tag("camelContext", "first").timer().count());
        assertEquals(2, meters.get("nextome.requests").tag("camelContext", "second").timer().count());

        first.stop();
        assertTrue(meters.find("nextome.requests").tag("camelContext", "first").meters().isEmpty(),
                "a stopped context's meters go with it");
        assertEquals(2, meters.get("nextome.requests").tag("camelContext", "second").timer().count());
    }

    private CamelContext start(String name, MeterRegistry... registries) throws Exception {
        CamelContext context = ObservedContexts.start(SIM.simulator(), c -> {
            c.getCamelContextExtension().setName(name);
            for (int i = 0; i < registries.length; i++) {
                c.getRegistry().bind("meters" + i, registries[i]);
            }
        });
        contexts.add(context);
        return context;
    }

    private static void call(CamelContext context) {
        context.createProducerTemplate().requestBodyAndHeader("nextome:trackables/get", null, NextomeConstants.ID,
                "T-001");
    }
}
