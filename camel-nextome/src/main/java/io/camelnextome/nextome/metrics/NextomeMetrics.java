package io.camelnextome.nextome.metrics;

import java.util.Set;

import io.camelnextome.nextome.observe.NextomeMonitor;
import org.apache.camel.CamelContext;

/**
 * The entry to the metrics that refers to no Micrometer class. Without Micrometer on the classpath it loads
 * nothing (it looks for the class file, not the class); with it, it loads {@code MeterRegistry} to look for one in
 * Camel's registry (camel-micrometer, Quarkus' and Spring Boot's registries), and {@link NextomeMeterBinder} only
 * when there is one.
 */
public final class NextomeMetrics {

    static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";

    private NextomeMetrics() {
    }

    public static void bind(CamelContext context, NextomeMonitor monitor) {
        ClassLoader loader = NextomeMetrics.class.getClassLoader();
        if (loader.getResource(METER_REGISTRY.replace('.', '/') + ".class") == null) {
            return;
        }
        Class<?> type = context.getClassResolver().resolveClass(METER_REGISTRY, loader);
        Set<?> registries = type == null ? Set.of() : context.getRegistry().findByType(type);
        if (!registries.isEmpty()) {
            NextomeMeterBinder.bindTo(registries, monitor, context.getName());
        }
    }
}
