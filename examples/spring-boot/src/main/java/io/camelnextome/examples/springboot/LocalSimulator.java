package io.camelnextome.examples.springboot;

import java.util.Map;

import io.camelnextome.simulator.NextomeSimulator;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts an embedded Nextome simulator when {@code camel.component.nextome.client-id} is empty (no
 * {@code NEXTOME_CLIENT_ID} in the environment) or {@code example.simulator=true}, and points the component at it
 * through the same {@code camel.component.nextome.*} properties a real deployment sets. It is closed with the
 * application context, and is a bean named {@code nextomeSimulator}. A real application has no such class.
 */
public class LocalSimulator implements EnvironmentPostProcessor {

    private final Log log;

    public LocalSimulator(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(LocalSimulator.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean noCredentials = environment.getProperty("camel.component.nextome.client-id", "").isBlank();
        if (!environment.getProperty("example.simulator", Boolean.class, noCredentials)) {
            return;
        }
        NextomeSimulator simulator = NextomeSimulator.builder().build().start();
        environment.getPropertySources().addFirst(new MapPropertySource("nextome-simulator", Map.of(
                "camel.component.nextome.base-url", simulator.baseUrl(),
                "camel.component.nextome.client-id", simulator.clientId(),
                "camel.component.nextome.client-secret", simulator.clientSecret())));
        // a bean too, so that tests can reach its control API (fault injection)
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("nextomeSimulator", simulator));
        application.addListeners(event -> {
            if (event instanceof ContextClosedEvent) {
                simulator.close();
            }
        });
        log.info("No NEXTOME_CLIENT_ID: using the embedded Nextome simulator at " + simulator.baseUrl());
    }
}
