package io.camelnextome.simulator;

import io.camelnextome.simulator.auth.TokenService;
import io.camelnextome.simulator.control.FaultInjector;
import io.camelnextome.simulator.control.RequestBodies;
import io.camelnextome.simulator.control.RequestCounters;
import io.camelnextome.simulator.demo.DemoData;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.file.FileSystemOptions;

import java.time.Duration;
import java.util.Objects;

/**
 * A Nextome (Nextostats 3.5.1.beta) API simulator over real HTTP on 127.0.0.1: the authentication
 * handshake, all 77 operations on an in-memory store seeded with a demo venue whose trackables move,
 * and a control API ({@link #control()}, {@code /_sim/}) for counters and fault injection.
 *
 * <pre>{@code
 * try (NextomeSimulator sim = NextomeSimulator.builder().build().start()) {
 *     String url = sim.baseUrl();
 * }
 * }</pre>
 */
public final class NextomeSimulator implements AutoCloseable {

    public static final String DEMO_CLIENT_ID = "demo-client";
    public static final String DEMO_CLIENT_SECRET = "demo-secret";
    /** How often positions held back by the late-positions fault are checked for being due. */
    private static final long LATE_RELEASE_MILLIS = 50;

    private final Builder settings;
    private Vertx vertx;
    private SimulatorServer server;
    private SimulatorControl control;
    private long generationTimer = -1;
    private long lateReleaseTimer = -1;
    private int port;

    private NextomeSimulator(Builder settings) {
        this.settings = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Seeds the store, generates the configured history, starts listening (blocking until it does) and the live generation. */
    public synchronized NextomeSimulator start() {
        if (vertx != null) {
            return this;
        }
        RequestCounters counters = new RequestCounters();
        FaultInjector faults = new FaultInjector();
        TokenService tokens = new TokenService(settings.clientId, settings.clientSecret, settings.tokenLifetime);
        DemoData demo = new DemoData(settings.positionInterval, settings.history, settings.batteryDrain,
                faults.latePositions());
        RequestBodies received = new RequestBodies();
        control = new SimulatorControl(counters, faults, tokens, demo, received);
        if (!settings.generation) {
            demo.generator().pause();
        }
        demo.generateStartHistory();
        int instances = Math.max(1, Runtime.getRuntime().availableProcessors());
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(instances)
                .setFileSystemOptions(new FileSystemOptions().setFileCachingEnabled(false).setClassPathResolvingEnabled(false)));
        server = new SimulatorServer();
        try {
            SimulatorRouter routers = new SimulatorRouter(counters, faults, tokens, demo, control, received);
            port = server.start(vertx, settings.port, instances, routers::create);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        generationTimer = vertx.setPeriodic(demo.generator().intervalMillis(), id -> demo.generator().tick());
        lateReleaseTimer = vertx.setPeriodic(LATE_RELEASE_MILLIS, id -> faults.latePositions().releaseDue());
        return this;
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String baseUrl() {
        return "http://" + SimulatorServer.HOST + ":" + port();
    }

    public int port() {
        if (vertx == null) {
            throw new IllegalStateException("The simulator is not started");
        }
        return port;
    }

    public String clientId() {
        return settings.clientId;
    }

    public String clientSecret() {
        return settings.clientSecret;
    }

    public SimulatorControl control() {
        if (control == null) {
            throw new IllegalStateException("The simulator is not started");
        }
        return control;
    }

    public boolean isRunning() {
        return vertx != null;
    }

    @Override
    public synchronized void close() {
        if (vertx == null) {
            return;
        }
        vertx.cancelTimer(generationTimer);
        vertx.cancelTimer(lateReleaseTimer);
        server.stop();
        SimulatorServer.await(vertx.close());
        vertx = null;
    }

    @Override
    public String toString() {
        return "NextomeSimulator[" + (vertx == null ? "stopped" : baseUrl()) + ", clientId=" + settings.clientId + "]";
    }

    /** Settings of a simulator; every one has a default. */
    public static final class Builder {
        private int port;
        private String clientId = DEMO_CLIENT_ID;
        private String clientSecret = DEMO_CLIENT_SECRET;
        private Duration tokenLifetime = Duration.ofHours(1);
        private Duration positionInterval = Duration.ofSeconds(1);
        private Duration history = Duration.ZERO;
        private boolean generation = true;
        private int batteryDrain;

        private Builder() {
        }

        /** The port on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
            }
            this.port = port;
            return this;
        }

        public Builder clientId(String clientId) {
            this.clientId = requireText("clientId", clientId);
            return this;
        }

        public Builder clientSecret(String clientSecret) {
            this.clientSecret = requireText("clientSecret", clientSecret);
            return this;
        }

        /** How long issued tokens stay valid; one hour by default. */
        public Builder tokenLifetime(Duration tokenLifetime) {
            this.tokenLifetime = requireNotNegative("tokenLifetime", tokenLifetime);
            return this;
        }

        /** Each moving trackable emits one position per interval; one second by default. */
        public Builder positionInterval(Duration positionInterval) {
            requireNotNegative("positionInterval", positionInterval);
            if (positionInterval.toMillis() < 1) {
                throw new IllegalArgumentException("positionInterval must be at least 1 ms: " + positionInterval);
            }
            this.positionInterval = positionInterval;
            return this;
        }

        /** How much past history to generate at start (live generation continues it); none by default. */
        public Builder history(Duration history) {
            this.history = requireNotNegative("history", history);
            return this;
        }

        /** Live position generation on (the default) or off; the control API can resume it. */
        public Builder generation(boolean generation) {
            this.generation = generation;
            return this;
        }

        /**
         * Each demo provider loses one percentage point of battery per this many of its positions (the history
         * generated at start included), never going below 0; 0, the default, keeps the seeded levels.
         */
        public Builder batteryDrain(int positionsPerPercent) {
            if (positionsPerPercent < 0) {
                throw new IllegalArgumentException("batteryDrain must not be negative: " + positionsPerPercent);
            }
            this.batteryDrain = positionsPerPercent;
            return this;
        }

        public NextomeSimulator build() {
            return new NextomeSimulator(this);
        }

        private static String requireText(String name, String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }

        private static Duration requireNotNegative(String name, Duration value) {
            Objects.requireNonNull(value, name);
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative: " + value);
            }
            return value;
        }
    }
}
