package io.camelnextome.quarkus.nextome.deployment;

import io.camelnextome.nextome.NextomeComponent;
import io.camelnextome.nextome.NextomeConfiguration;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.eclipse.microprofile.config.Config;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A baseUrl in the lower-case spelling Camel also binds: no simulator, and the application's settings stay. */
class DevServicesBaseUrlTest {

    private static final String BASE_URL = "http://127.0.0.1:9/nextome";

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addAsResource(new StringAsset("""
                    camel.component.nextome.baseurl=%s
                    camel.component.nextome.clientId=team
                    camel.component.nextome.clientSecret=team-secret
                    """.formatted(BASE_URL)), "application.properties"));

    @Inject
    CamelContext context;

    @Inject
    Config config;

    @Test
    void noSimulatorIsStarted() {
        NextomeConfiguration configuration = context.getComponent("nextome", NextomeComponent.class)
                .getConfiguration();
        assertEquals(BASE_URL, configuration.getBaseUrl());
        assertEquals("team", configuration.getClientId());
        assertTrue(config.getOptionalValue("camel.component.nextome.baseUrl", String.class).isEmpty(),
                "Dev Services supplied a baseUrl");
    }
}
