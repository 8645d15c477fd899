package io.camelnextome.quarkus.nextome.deployment;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.BuildSteps;
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
        Method step = NextomeDevServicesProcessor.class.getDeclaredMethod("startSimulator",
                NextomeDevServicesConfig.class);
        Set<LaunchMode> started = EnumSet.noneOf(LaunchMode.class);
        for (LaunchMode mode : LaunchMode.values()) {
            if (runs(step, mode)) {
                started.add(mode);
            }
        }
        assertEquals(EnumSet.of(LaunchMode.DEVELOPMENT, LaunchMode.TEST), started);
    }

    /** Evaluates the conditions that depend on the launch mode alone; the others (configuration) count as true. */
    private static boolean runs(Method step, LaunchMode mode) throws ReflectiveOperationException {
        List<Class<? extends BooleanSupplier>> onlyIf = new ArrayList<>();
        List<Class<? extends BooleanSupplier>> onlyIfNot = new ArrayList<>();
        BuildSteps steps = step.getDeclaringClass().getAnnotation(BuildSteps.class);
        if (steps != null) {
            onlyIf.addAll(List.of(steps.onlyIf()));
            onlyIfNot.addAll(List.of(steps.onlyIfNot()));
        }
        BuildStep buildStep = step.getAnnotation(BuildStep.class);
        onlyIf.addAll(List.of(buildStep.onlyIf()));
        onlyIfNot.addAll(List.of(buildStep.onlyIfNot()));
        for (Class<? extends BooleanSupplier> condition : onlyIf) {
            if (!evaluate(condition, mode, true)) {
                return false;
            }
        }
        for (Class<? extends BooleanSupplier> condition : onlyIfNot) {
            if (evaluate(condition, mode, false)) {
                return false;
            }
        }
        return true;
    }

    private static boolean evaluate(Class<? extends BooleanSupplier> condition, LaunchMode mode, boolean otherwise)
            throws ReflectiveOperationException {
        try {
            return condition.getConstructor(LaunchMode.class).newInstance(mode).getAsBoolean();
        } catch (NoSuchMethodException notALaunchModeCondition) {
            return otherwise;
        }
    }
}
