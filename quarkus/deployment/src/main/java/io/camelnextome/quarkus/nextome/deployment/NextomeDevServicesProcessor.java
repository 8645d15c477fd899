package io.camelnextome.quarkus.nextome.deployment;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.quarkus.deployment.IsNormal;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.DevServicesResultBuildItem;
import io.quarkus.deployment.dev.devservices.DevServicesConfig;
import io.quarkus.runtime.configuration.ConfigUtils;
import org.jboss.logging.Logger;

/**
 * Starts a Nextome simulator in dev and test mode when the application names no Nextome to talk to, so that
 * {@code quarkus dev} and {@code @QuarkusTest} work without any setup. Production mode never starts it.
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
        Map<String, Function<SimulatorDevService, String>> connection = Map.of(
                BASE_URL, SimulatorDevService::getConnectionInfo,
                CLIENT_ID, SimulatorDevService::clientId,
                CLIENT_SECRET, SimulatorDevService::clientSecret);
        return DevServicesResultBuildItem.owned()
                .feature(NextomeProcessor.FEATURE)
                .serviceName("nextome-simulator")
                .serviceConfig(config.port())
                .startable(() -> new SimulatorDevService(config.port()))
                .postStartHook(simulator -> LOG.infof(
                        "Dev Services for Nextome started a simulator at %s with its demo credentials (dev and test"
                                + " mode only, never in production; set %s to use another Nextome)",
                        simulator.getConnectionInfo(), BASE_URL))
                .configProvider(connection)
                // The simulator only accepts its own credentials: they win over any clientId/clientSecret configured.
                .highPriorityConfig(Set.of(BASE_URL, CLIENT_ID, CLIENT_SECRET))
                .build();
    }
}
