package io.camelnextome.examples.quickstart;

import java.time.Duration;
import java.util.Map;

import io.camelnextome.simulator.NextomeSimulator;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the quickstart's routes ({@code src/main/resources/routes}) with Camel Main until stopped: against Nextome
 * when {@code NEXTOME_CLIENT_ID} is set, otherwise against an embedded Nextome simulator.
 */
public final class QuickstartApplication implements AutoCloseable {

    static final String CLIENT_ID = "NEXTOME_CLIENT_ID";
    static final String CLIENT_SECRET = "NEXTOME_CLIENT_SECRET";
    static final String BASE_URL = "NEXTOME_BASE_URL";

    /**
     * The embedded simulator starts with this much history, in which every tag lost 1 % of battery per
     * {@link #BATTERY_DRAIN_POSITIONS} positions: its 20 tags are at 20 to 39 %, the lowest already below the
     * default alert level, and from then on one more drops below it about every 10 seconds.
     */
    private static final Duration SIMULATED_HISTORY = Duration.ofMinutes(10);
    private static final int BATTERY_DRAIN_POSITIONS = 10;

    private static final Logger LOG = LoggerFactory.getLogger(QuickstartApplication.class);

    private final Main main = new Main(QuickstartApplication.class);
    private final NextomeSimulator simulator;

    /** Connects the nextome component to what {@code environment} names, starting the simulator when it names nothing. */
    public QuickstartApplication(Map<String, String> environment) {
        String clientId = environment.get(CLIENT_ID);
        if (clientId == null || clientId.isBlank()) {
            simulator = NextomeSimulator.builder().history(SIMULATED_HISTORY).batteryDrain(BATTERY_DRAIN_POSITIONS)
                    .build().start();
            connect(simulator.baseUrl(), simulator.clientId(), simulator.clientSecret());
            LOG.info("{} is not set: using the embedded Nextome simulator at {}", CLIENT_ID, simulator.baseUrl());
        } else {
            simulator = null;
            String secret = environment.get(CLIENT_SECRET);
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException(CLIENT_ID + " is set, so " + CLIENT_SECRET + " must be set too");
            }
            String baseUrl = environment.get(BASE_URL);
            connect(baseUrl == null || baseUrl.isBlank() ? null : baseUrl, clientId, secret);
            LOG.info("Using Nextome at {} as client {}", baseUrl == null ? "the default base URL" : baseUrl, clientId);
        }
    }

    public static void main(String[] args) throws Exception {
        try (QuickstartApplication application = new QuickstartApplication(System.getenv())) {
            application.main().run(args);
        }
    }

    /** The Camel Main that runs the routes; add properties to it before it runs. */
    public Main main() {
        return main;
    }

    /** The embedded simulator, or null when running against Nextome. */
    public NextomeSimulator simulator() {
        return simulator;
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
        }
    }

    /** As component properties, which win over application.properties; Camel Main masks the secret in its logs. */
    private void connect(String baseUrl, String clientId, String clientSecret) {
        if (baseUrl != null) {
            main.addOverrideProperty("camel.component.nextome.baseUrl", baseUrl);
        }
        main.addOverrideProperty("camel.component.nextome.clientId", clientId);
        main.addOverrideProperty("camel.component.nextome.clientSecret", clientSecret);
    }
}
