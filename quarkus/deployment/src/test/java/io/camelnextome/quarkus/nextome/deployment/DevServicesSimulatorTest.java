package io.camelnextome.quarkus.nextome.deployment;

import io.camelnextome.nextome.NextomeComponent;
import io.camelnextome.nextome.NextomeConfiguration;
import io.camelnextome.nextome.model.TrackableDto;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.config.SmallRyeConfig;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.eclipse.microprofile.config.Config;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Test mode without a baseUrl: Dev Services start a simulator that accepts the application's own credentials, a
 * clientId as configured and a secret taken from an environment variable that only production sets.
 */
class DevServicesSimulatorTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addAsResource(new StringAsset("""
                    camel.component.nextome.clientId=dev-team
                    camel.component.nextome.clientSecret=${NEXTOME_SECRET_NOBODY_SETS}
                    camel.component.nextome.maxRetries=0
                    """), "application.properties"));

    @Inject
    ProducerTemplate producer;

    @Inject
    CamelContext context;

    @Inject
    Config config;

    @Test
    void theApplicationCallsTheSimulatorWithItsOwnCredentials() {
        TrackableDto trackable = producer.requestBody("nextome:trackables/get?id=T-001", null, TrackableDto.class);
        assertEquals("T-001", trackable.getId());

        NextomeConfiguration configuration = context.getComponent("nextome", NextomeComponent.class)
                .getConfiguration();
        assertTrue(configuration.getBaseUrl().startsWith("http://127.0.0.1:"), configuration.getBaseUrl());
        assertEquals("dev-team", configuration.getClientId());
        // the application's own expression, resolved with the variable Dev Services supply in test mode
        String supplied = config.getValue("NEXTOME_SECRET_NOBODY_SETS", String.class);
        assertEquals(supplied, configuration.getClientSecret());
        assertEquals("DevServicesConfigSource",
                config.unwrap(SmallRyeConfig.class).getConfigValue("NEXTOME_SECRET_NOBODY_SETS").getConfigSourceName());
    }
}
