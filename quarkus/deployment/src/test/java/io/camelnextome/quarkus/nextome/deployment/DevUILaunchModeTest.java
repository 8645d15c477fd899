package io.camelnextome.quarkus.nextome.deployment;

import java.util.EnumSet;

import io.quarkus.runtime.LaunchMode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Dev UI card and its JSON-RPC service are produced in local dev mode only: a test, a packaged application and
 * {@code quarkus:run} have neither the page nor the service bean ({@link NextomeDevUITest} shows them in dev mode).
 */
class DevUILaunchModeTest {

    @Test
    void theCardAndItsServiceExistInDevModeOnly() throws ReflectiveOperationException {
        for (String step : new String[] { "card", "jsonRpcService" }) {
            assertEquals(EnumSet.of(LaunchMode.DEVELOPMENT),
                    BuildStepLaunchModes.of(NextomeDevUIProcessor.class.getDeclaredMethod(step)), step);
        }
    }
}
