package io.camelnextome.nextome.health;

import java.util.stream.Stream;

import io.camelnextome.nextome.observe.NextomeMonitor;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;

/**
 * The Nextome checks as one repository (id {@code nextome}) of Camel's {@link HealthCheckRegistry}, so they show
 * wherever Camel's health is read: Camel Main's {@code /observe/health}, Quarkus' {@code /q/health}, Spring Boot's
 * actuator. Disable them with {@code camel.health.exclude-pattern=nextome}.
 */
public final class NextomeHealthCheckRepository implements HealthCheckRepository {

    private final NextomeHealthCheck check;
    private boolean enabled = true;

    public NextomeHealthCheckRepository(NextomeMonitor monitor) {
        this.check = new NextomeHealthCheck(monitor);
    }

    /** Adds the repository to the context's health-check registry, if it has one, until the monitor stops. */
    public static void register(CamelContext context, NextomeMonitor monitor) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        if (registry == null) {
            return;
        }
        NextomeHealthCheckRepository repository = new NextomeHealthCheckRepository(monitor);
        repository.check.setCamelContext(context);
        registry.register(repository);
        monitor.closeOnStop(() -> registry.unregister(repository));
    }

    @Override
    public String getId() {
        return NextomeHealthCheck.ID;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public Stream<HealthCheck> stream() {
        return enabled ? Stream.of(check) : Stream.empty();
    }
}
