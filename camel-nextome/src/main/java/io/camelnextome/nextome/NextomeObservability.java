package io.camelnextome.nextome;

import io.camelnextome.nextome.health.NextomeHealthCheckRepository;
import io.camelnextome.nextome.management.ManagedNextome;
import io.camelnextome.nextome.metrics.NextomeMetrics;
import io.camelnextome.nextome.observe.NextomeMonitor;
import org.apache.camel.CamelContext;

/**
 * Creates a CamelContext's {@link NextomeMonitor} with what reads it: the readiness check (when the context has a
 * health-check registry), the JMX bean (when it has a management agent), and the meters (when a Micrometer
 * {@code MeterRegistry} is in its registry). The dev console finds the monitor itself.
 */
final class NextomeObservability {

    private NextomeObservability() {
    }

    static NextomeMonitor monitor(CamelContext context) {
        return NextomeMonitor.of(context, monitor -> {
            NextomeHealthCheckRepository.register(context, monitor);
            ManagedNextome.register(context, monitor);
            NextomeMetrics.bind(context, monitor);
        });
    }
}
