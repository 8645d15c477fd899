package io.camelnextome.quarkus.nextome.it;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.camelnextome.simulator.NextomeSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a Nextome simulator on loopback for the application under test and points the component at it. Init arg
 * {@value #TOKEN_LIFETIME_SECONDS} shortens the access tokens the simulator issues. The client secret is random per
 * start so that the tests can look for it in the logs.
 */
public class NextomeSimulatorResource implements QuarkusTestResourceLifecycleManager {

    public static final String TOKEN_LIFETIME_SECONDS = "tokenLifetimeSeconds";

    private Duration tokenLifetime = Duration.ofHours(1);
    private NextomeSimulator simulator;

    @Override
    public void init(Map<String, String> initArgs) {
        String seconds = initArgs.get(TOKEN_LIFETIME_SECONDS);
        if (seconds != null) {
            tokenLifetime = Duration.ofSeconds(Long.parseLong(seconds));
        }
    }

    @Override
    public Map<String, String> start() {
        simulator = NextomeSimulator.builder()
                .clientId("quarkus-it")
                .clientSecret("it-secret-" + UUID.randomUUID())
                .tokenLifetime(tokenLifetime)
                .build()
                .start();
        return Map.of(
                "camel.component.nextome.baseUrl", simulator.baseUrl(),
                "camel.component.nextome.clientId", simulator.clientId(),
                "nextome.client-secret", simulator.clientSecret());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(simulator,
                new TestInjector.AnnotatedAndMatchesType(InjectSimulator.class, NextomeSimulator.class));
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
