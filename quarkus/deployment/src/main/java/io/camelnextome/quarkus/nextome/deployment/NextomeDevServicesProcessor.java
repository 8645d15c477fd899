package io.camelnextome.quarkus.nextome.deployment;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import io.camelnextome.simulator.NextomeSimulator;
import io.quarkus.deployment.IsDevServicesSupportedByLaunchMode;
import io.quarkus.deployment.IsProduction;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.BuildSteps;
import io.quarkus.deployment.builditem.DevServicesResultBuildItem;
import io.quarkus.deployment.dev.devservices.DevServicesConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Starts a Nextome simulator in dev and test mode when the application names no Nextome to talk to, so that
 * {@code quarkus dev} and {@code @QuarkusTest} work without any setup. The simulator accepts the clientId and
 * clientSecret the application configures, or else its demo credentials, which it then hands to the application.
 * <p>
 * Never under the prod profile: Quarkus supports Dev Services in {@code quarkus:run} (launch mode RUN), but there the
 * application runs its production configuration, in which a missing baseUrl means the real Nextome.
 */
@BuildSteps(onlyIf = { IsDevServicesSupportedByLaunchMode.class, DevServicesConfig.Enabled.class },
            onlyIfNot = IsProduction.class)
class NextomeDevServicesProcessor {

    private static final Logger LOG = Logger.getLogger(NextomeDevServicesProcessor.class);

    private static final String BASE_URL = ConfiguredOptions.PREFIX + "baseUrl";
    private static final String CLIENT_ID = ConfiguredOptions.PREFIX + "clientId";
    private static final String CLIENT_SECRET = ConfiguredOptions.PREFIX + "clientSecret";

    @BuildStep
    DevServicesResultBuildItem startSimulator(NextomeDevServicesConfig config) {
        if (!config.enabled()) {
            LOG.debug("Not starting the Nextome simulator: quarkus.camel.nextome.devservices.enabled is false");
            return null;
        }
        ConfiguredOptions options = ConfiguredOptions.of(ConfigProvider.getConfig());
        Optional<String> named = options.connection();
        if (named.isPresent()) {
            LOG.infof("Dev Services for Nextome did not start a simulator: %s is configured", named.get());
            return null;
        }

        // Properties the credentials refer to but nobody sets (an environment variable only production has):
        // supplied with the simulator's value, so that the application's own expression resolves to it.
        Map<String, String> missing = new LinkedHashMap<>();
        String clientId = options.valueOr("clientId", NextomeSimulator.DEMO_CLIENT_ID, missing);
        String clientSecret = options.valueOr("clientSecret", NextomeSimulator.DEMO_CLIENT_SECRET, missing);

        Map<String, Function<SimulatorDevService, String>> connection = new HashMap<>();
        connection.put(BASE_URL, SimulatorDevService::getConnectionInfo);
        if (options.nameOf("clientId").isEmpty()) {
            connection.put(CLIENT_ID, SimulatorDevService::clientId);
        }
        if (options.nameOf("clientSecret").isEmpty()) {
            connection.put(CLIENT_SECRET, SimulatorDevService::clientSecret);
        }
        missing.forEach((name, value) -> connection.put(name, simulator -> value));
        return DevServicesResultBuildItem.owned()
                .feature(NextomeProcessor.FEATURE)
                .serviceName("nextome-simulator")
                // a change of port or credentials restarts the simulator; the secret itself is not kept here
                .serviceConfig(Objects.hash(config.port(), clientId, clientSecret))
                .startable(() -> new SimulatorDevService(config.port(), clientId, clientSecret))
                .postStartHook(simulator -> LOG.infof(
                        "Dev Services for Nextome started a simulator at %s for clientId %s (dev and test mode only,"
                                + " never in production; set %s to use another Nextome)%s",
                        simulator.getConnectionInfo(), simulator.clientId(), BASE_URL,
                        missing.isEmpty() ? "" : "; it also supplies " + missing.keySet()
                                + ", which the configured credentials refer to and nothing sets"))
                .configProvider(connection)
                .build();
    }
}
