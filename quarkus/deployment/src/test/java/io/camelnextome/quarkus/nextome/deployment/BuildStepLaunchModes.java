package io.camelnextome.quarkus.nextome.deployment;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.BuildSteps;
import io.quarkus.dev.spi.DevModeType;
import io.quarkus.runtime.LaunchMode;

/**
 * The launch modes in which Quarkus runs a build step, as its conditions ({@code onlyIf}, {@code onlyIfNot}, on the
 * step and on its class) decide them; dev mode is local dev mode. Conditions that depend on something else
 * (configuration) count as met.
 */
final class BuildStepLaunchModes {

    private BuildStepLaunchModes() {
    }

    static Set<LaunchMode> of(Method step) throws ReflectiveOperationException {
        Set<LaunchMode> modes = EnumSet.noneOf(LaunchMode.class);
        for (LaunchMode mode : LaunchMode.values()) {
            if (runs(step, mode)) {
                modes.add(mode);
            }
        }
        return modes;
    }

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
        for (Constructor<?> constructor : condition.getConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length == 1 && parameters[0] == LaunchMode.class) {
                return ((BooleanSupplier) constructor.newInstance(mode)).getAsBoolean();
            }
            if (parameters.length == 2 && parameters[0] == LaunchMode.class && parameters[1] == DevModeType.class) {
                DevModeType type = mode == LaunchMode.DEVELOPMENT ? DevModeType.LOCAL : null;
                return ((BooleanSupplier) constructor.newInstance(mode, type)).getAsBoolean();
            }
        }
        return otherwise;
    }
}
