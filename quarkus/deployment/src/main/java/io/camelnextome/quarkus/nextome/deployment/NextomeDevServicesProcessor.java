package io.camelnextome.quarkus.nextome.deployment;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import io.camelnextome.simulator.NextomeSimulator;
import io.quarkus.deployment.IsNormal;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.DevServicesResultBuildItem;
import io.quarkus.deployment.dev.devservices.DevServicesConfig;
import io.quarkus.runtime.configuration.ConfigUtils;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Starts a Nextome simulator in dev and test mode when the application names no Nextome to talk to, so that
 * {@code quarkus dev} and {@code @QuarkusTest} work without any setup. Production mode never starts it. The
 * simulator accepts the clientId and clientSecret the application configures, or else its demo credentials, which
 * it then hands to the application.
 */
class NextomeDevServicesProcessor {

    private static final Logger LOG = Logger.getLogger(NextomeDevServicesProcessor.class);

    private static final String PREFIX = "camel.component.nextome.";
    private static final String BASE_URL = PREFIX + "baseUrl";
    private static final String CLIENT_ID = PREFIX + "clientId";
    private static final String CLIENT_SECRET = PREFIX + "clientSecret";

    @BuildStep(onlyIfNot = IsNormal.class, onlyIf = DevServicesConfig.Enabled.class)
    DevServicesResultBuildItem startSimulator(NextomeDevServicesConfig config) {
        if (!config.enabled()) {
            LOG.debug("Not starting the Nextome simulator: quarkus.camel.nextome.devservices.enabled is false");
            return null;
        }
        if (ConfigUtils.isPropertyNonEmpty(BASE_URL) || ConfigUtils.isPropertyNonEmpty(PREFIX + "base-url")) {
            LOG.debug("Not starting the Nextome simulator: " + BASE_URL + " is configured");
            return null;
        }
        // Camel binds the kebab-case spelling to the same option: a secret given as client-secret must not be
        // shadowed by the demo one handed to the application as clientSecret
        Optional<String> configuredId = configured(CLIENT_ID).or(() -> configured(PREFIX + "client-id"));
        Optional<String> configuredSecret = configured(CLIENT_SECRET).or(() -> configured(PREFIX + "client-secret"));
        String clientId = configuredId.orElse(NextomeSimulator.DEMO_CLIENT_ID);
        String clientSecret = configuredSecret.orElse(NextomeSimulator.DEMO_CLIENT_SECRET);

        Map<String, Function<SimulatorDevService, String>> connection = new HashMap<>();
        connection.put(BASE_URL, SimulatorDevService::getConnectionInfo);
        if (configuredId.isEmpty()) {
            connection.put(CLIENT_ID, SimulatorDevService::clientId);
        }
        if (configuredSecret.isEmpty()) {
            connection.put(CLIENT_SECRET, SimulatorDevService::clientSecret);
        }
        return DevServicesResultBuildItem.owned()
                .feature(NextomeProcessor.FEATURE)
                .serviceName("nextome-simulator")
                // a change of port or credentials restarts the simulator; the secret itself is not kept here
                .serviceConfig(Objects.hash(config.port(), clientId, clientSecret))
                .startable(() -> new SimulatorDevService(config.port(), clientId, clientSecret))
                .postStartHook(simulator -> LOG.infof(
                        "Dev Services for Nextome started a simulator at %s for clientId %s (dev and test mode only,"
                                + " never in production; set %s to use another Nextome)",
                        simulator.getConnectionInfo(), simulator.clientId(), BASE_URL))
                .configProvider(connection)
                .build();
    }

    /** A non-empty configured value; one that cannot be resolved here (e.g. a missing variable) counts as absent. */
    private static Optional<String> configured(String name) {
        try {
            return ConfigProvider.getConfig().getOptionalValue(name, String.class).filter(value -> !value.isBlank());
        } catch (NoSuchElementException | IllegalArgumentException unresolvable) {
            return Optional.empty();
        }
    }
}
