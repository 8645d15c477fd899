package io.camelnextome.nextome.metrics;

import io.camelnextome.nextome.observe.NextomeMonitor;
import org.apache.camel.CamelContext;

/**
 * The entry to the metrics that refers to no Micrometer class: it loads {@link NextomeMeterBinder} only when
 * Micrometer is on the classpath, and the binder binds only to a {@code MeterRegistry} found in Camel's registry
 * (camel-micrometer, Quarkus' and Spring Boot's registries). Without one nothing happens.
 */
public final class NextomeMetrics {

    static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";

    private NextomeMetrics() {
    }

    public static void bind(CamelContext context, NextomeMonitor monitor) {
        if (context.getClassResolver().resolveClass(METER_REGISTRY) != null) {
            NextomeMeterBinder.bindToRegistries(context, monitor);
        }
    }
}
