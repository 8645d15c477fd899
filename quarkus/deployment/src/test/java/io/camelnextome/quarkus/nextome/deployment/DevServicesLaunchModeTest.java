package io.camelnextome.quarkus.nextome.deployment;

import java.util.EnumSet;

import io.quarkus.runtime.LaunchMode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The launch modes in which Quarkus runs the simulator's build step, as its conditions decide them: dev mode and
 * tests, never under the prod profile: neither a packaged application nor {@code quarkus:run} (launch mode RUN, for
 * which Quarkus itself supports Dev Services).
 */
class DevServicesLaunchModeTest {

    @Test
    void theSimulatorStartsOnlyInDevAndTestMode() throws ReflectiveOperationException {
        assertEquals(EnumSet.of(LaunchMode.DEVELOPMENT, LaunchMode.TEST), BuildStepLaunchModes.of(
                NextomeDevServicesProcessor.class.getDeclaredMethod("startSimulator", NextomeDevServicesConfig.class)));
    }
}
