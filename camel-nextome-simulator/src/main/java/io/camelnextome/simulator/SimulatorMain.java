package io.camelnextome.simulator;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator standalone until interrupted. Settings come from {@code --name=value} arguments or
 * {@code nextome.sim.<name>} system properties (arguments win): {@code port} (default 0: a free port),
 * {@code clientId}, {@code clientSecret}, {@code intervalMillis} (one position per trackable per
 * interval), {@code historyMinutes}, {@code tokenLifetimeSeconds}, {@code batteryDrainPositions} (positions per
 * percentage point of battery a provider loses; 60 by default, so a demo run shows batteries running down; 0 for none).
 */
public final class SimulatorMain {

    private static final String PROPERTY_PREFIX = "nextome.sim.";

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> settings = settings(args);
        NextomeSimulator.Builder builder = NextomeSimulator.builder()
                .port(Integer.parseInt(settings.getOrDefault("port", "0")))
                .positionInterval(Duration.ofMillis(Long.parseLong(settings.getOrDefault("intervalMillis", "1000"))))
                .history(Duration.ofMinutes(Long.parseLong(settings.getOrDefault("historyMinutes", "0"))))
                .tokenLifetime(Duration.ofSeconds(Long.parseLong(settings.getOrDefault("tokenLifetimeSeconds", "3600"))))
                .batteryDrain(Integer.parseInt(settings.getOrDefault("batteryDrainPositions", "60")));
        String clientId = settings.getOrDefault("clientId", NextomeSimulator.DEMO_CLIENT_ID);
        String clientSecret = settings.getOrDefault("clientSecret", NextomeSimulator.DEMO_CLIENT_SECRET);
        NextomeSimulator simulator = builder.clientId(clientId).clientSecret(clientSecret).build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "nextome-simulator-shutdown"));
        System.out.println("Nextome simulator listening on " + simulator.baseUrl());
        System.out.println("  clientId:     " + clientId);
        // only the well-known demo secret is printed; a secret given by the user never is
        System.out.println("  clientSecret: " + (NextomeSimulator.DEMO_CLIENT_SECRET.equals(clientSecret)
                ? clientSecret : "(as given)"));
        System.out.println("  token:        curl -s -X POST " + simulator.baseUrl()
                + "/apps/auth -H 'Content-Type: application/json' -d '{\"clientId\":\"" + clientId
                + "\",\"clientSecret\":\"...\"}'");
        System.out.println("  control API:  " + simulator.baseUrl() + "/_sim/status");
        System.out.println("Press Ctrl+C to stop.");
        stopped.await();
    }

    private static Map<String, String> settings(String[] args) {
        Map<String, String> settings = new HashMap<>();
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith(PROPERTY_PREFIX))
                .forEach(name -> settings.put(name.substring(PROPERTY_PREFIX.length()), System.getProperty(name)));
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("Arguments are --name=value, e.g. --port=8080; not: " + arg);
            }
            settings.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return settings;
    }
}
