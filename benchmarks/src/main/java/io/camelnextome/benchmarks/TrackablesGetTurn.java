package io.camelnextome.benchmarks;

import java.lang.management.ManagementFactory;

import io.camelnextome.nextome.NextomeConstants;
import io.camelnextome.nextome.model.TrackableDto;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;

/**
 * One turn of {@code benchmarks/before-after.sh}: {@code nextome:trackables/get} through whichever build of the
 * component is on the classpath, against a simulator running elsewhere, warmed up and then measured; prints one
 * {@code TURN} line for the script to add up. It uses only what every build of the component has (the
 * component's configuration setters, {@code CamelNextome.id}, {@code TrackableDto}), so that it runs unchanged
 * against an older build.
 * <p>
 * Settings ({@code -Dname=value}): {@code baseUrl} (required), {@code clientId}/{@code clientSecret} (the demo
 * ones), {@code label} (printed), {@code callers} (16), {@code warmupSeconds} (5), {@code seconds} (20),
 * {@code metrics} (false; true binds a Micrometer {@code SimpleMeterRegistry} in Camel's registry, where a build with
 * metrics publishes its meters and an older build ignores it).
 */
public final class TrackablesGetTurn {

    private TrackablesGetTurn() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = System.getProperty("baseUrl");
        if (baseUrl == null) {
            throw new IllegalArgumentException("-DbaseUrl=<the simulator's URL> is required");
        }
        String label = System.getProperty("label", "component");
        Callers.Plan plan = Callers.Plan.fromSystemProperties();
        try (CamelContext camel = NextomeContexts.of(baseUrl, System.getProperty("clientId", "demo-client"),
                System.getProperty("clientSecret", "demo-secret"))) {
            SimpleMeterRegistry meters = Boolean.getBoolean("metrics") ? new SimpleMeterRegistry() : null;
            if (meters != null) {
                camel.getRegistry().bind("meterRegistry", meters);
            }
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            Endpoint endpoint = camel.getEndpoint("nextome:trackables/get");
            Callers.Call call = n -> template.requestBodyAndHeader(endpoint, null, NextomeConstants.ID,
                    Callers.trackable(n)) instanceof TrackableDto;
            Callers.run(plan.callers(), plan.warmup(), call);
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            Callers.Result result = Callers.run(plan.callers(), plan.measured(), call);
            long calls = result.ok() + result.errors();
            // machine-readable first: label, requests/s, bytes allocated per request, errors, load average
            System.out.printf("TURN %s %.0f %d %d %.2f%n", label, result.perSecond(),
                    calls == 0 ? 0 : result.allocatedBytes() / calls, result.errors(), load);
            System.out.printf("  %s: %s (load average %.2f before the turn)%n", label, result, load);
            if (meters != null) {
                // proof that the build published its meters (an older build has none)
                long timed = meters.find("nextome.requests").timers().stream().mapToLong(t -> t.count()).sum();
                System.out.printf("  %s: SimpleMeterRegistry bound, nextome.requests timed %,d calls%n", label, timed);
            }
        }
    }
}
