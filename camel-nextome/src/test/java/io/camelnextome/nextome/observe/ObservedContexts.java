package io.camelnextome.nextome.observe;

import java.util.function.Consumer;

import io.camelnextome.nextome.NextomeComponent;
import io.camelnextome.nextome.NextomeConfiguration;
import io.camelnextome.simulator.NextomeSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/** Started CamelContexts whose {@code nextome} component talks to a simulator, for the observability tests. */
public final class ObservedContexts {

    private ObservedContexts() {
    }

    /**
     * @param before configures the context (registry beans, health, JMX) before the component is added and it starts
     */
    public static CamelContext start(NextomeSimulator sim, Consumer<CamelContext> before, RoutesBuilder... routes)
            throws Exception {
        CamelContext context = new DefaultCamelContext();
        before.accept(context);
        NextomeComponent nextome = new NextomeComponent();
        configure(nextome.getConfiguration(), sim);
        context.addComponent("nextome", nextome);
        for (RoutesBuilder builder : routes) {
            context.addRoutes(builder);
        }
        context.start();
        return context;
    }

    public static void configure(NextomeConfiguration configuration, NextomeSimulator sim) {
        configuration.setBaseUrl(sim.baseUrl());
        configuration.setClientId(sim.clientId());
        configuration.setClientSecret(sim.clientSecret());
    }
}
