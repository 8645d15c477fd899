package io.camelnextome.simulator;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntConsumer;

/**
 * Runs the simulator standalone until interrupted. Settings come from {@code --name=value} arguments or
 * {@code nextome.sim.<name>} system properties (arguments win): {@code port} (default 0: a free port),
 * {@code clientId}, {@code clientSecret}, {@code intervalMillis} (one position per trackable per
 * interval), {@code historyMinutes}, {@code tokenLifetimeSeconds}, {@code batteryDrainPositions} (positions per
 * percentage point of battery a provider loses; 0, the default, keeps the seeded levels). Every default is the one
 * of {@link NextomeSimulator.Builder}, so a standalone and an embedded simulator serve the same data.
 */
public final class SimulatorMain {

    private static final String PROPERTY_PREFIX = "nextome.sim.";
    private static final Set<String> NAMES = Set.of("port", "clientId", "clientSecret", "intervalMillis",
            "historyMinutes", "tokenLifetimeSeconds", "batteryDrainPositions");

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        NextomeSimulator simulator = configure(args).build().start();
        String clientId = simulator.clientId();
        String clientSecret = simulator.clientSecret();
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

    /** The builder the settings describe; a setting that is not given keeps the builder's default. */
    static NextomeSimulator.Builder configure(String... args) {
        Map<String, String> settings = settings(args);
        NextomeSimulator.Builder builder = NextomeSimulator.builder();
        number(settings, "port", builder::port);
        number(settings, "intervalMillis", millis -> builder.positionInterval(Duration.ofMillis(millis)));
        number(settings, "historyMinutes", minutes -> builder.history(Duration.ofMinutes(minutes)));
        number(settings, "tokenLifetimeSeconds", seconds -> builder.tokenLifetime(Duration.ofSeconds(seconds)));
        number(settings, "batteryDrainPositions", builder::batteryDrain);
        if (settings.containsKey("clientId")) {
            builder.clientId(settings.get("clientId"));
        }
        if (settings.containsKey("clientSecret")) {
            builder.clientSecret(settings.get("clientSecret"));
        }
        return builder;
    }

    /** A whole-number setting; a malformed one is refused with its name, not a bare NumberFormatException. */
    private static void number(Map<String, String> settings, String name, IntConsumer setter) {
        String value = settings.get(name);
        if (value == null) {
            return;
        }
        int number;
        try {
            number = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " (or -D" + PROPERTY_PREFIX + name
                    + ") must be a whole number, not '" + value + "'");
        }
        setter.accept(number);
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
        settings.keySet().stream().filter(name -> !NAMES.contains(name)).findFirst().ifPresent(name -> {
            // a misspelt setting would otherwise be ignored without a word
            throw new IllegalArgumentException("Unknown setting '" + name + "'; the settings are " + new TreeSet<>(NAMES));
        });
        return settings;
    }
}
