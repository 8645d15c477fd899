package io.camelnextome.reliability;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.camelnextome.simulator.SimulatorControl;

/** The rows of the matrix: each simulator fault alone, then all of them together. */
enum Fault {

    NONE("no fault (baseline)") {
        @Override
        void inject(SimulatorControl control, ScheduledExecutorService timer, MatrixSettings settings) {
        }

        @Override
        long seen(Injected injected) {
            return 1;
        }
    },
    LATENCY("latency 200 ms") {
        @Override
        void inject(SimulatorControl control, ScheduledExecutorService timer, MatrixSettings settings) {
            control.latency(Duration.ofMillis(200));
        }

        @Override
        long seen(Injected injected) {
            return injected.latencyMillis();
        }
    },
    FAILURES("25 % of responses 503") {
        @Override
        void inject(SimulatorControl control, ScheduledExecutorService timer, MatrixSettings settings) {
            control.failures(503, 0.25);
        }

        @Override
        long seen(Injected injected) {
            return injected.unavailable();
        }
    },
    DROPPED_CONNECTIONS("10 % of connections dropped") {
        @Override
        void inject(SimulatorControl control, ScheduledExecutorService timer, MatrixSettings settings) {
            control.dropConnections(0.1);
        }

        @Override
        long seen(Injected injected) {
            return injected.dropped();
        }
    },
    TOO_MANY_REQUESTS("bursts of 429, Retry-After 1 s") {
        /**
         * Every 3 s a burst: the next 30 responses within a second are 429. A burst ends after its second even when
         * traffic was too slow to use it up, or slow traffic would meet nothing but 429.
         */
        @Override
        void inject(SimulatorControl control, ScheduledExecutorService timer, MatrixSettings settings) {
            timer.scheduleAtFixedRate(() -> control.tooManyRequests(30, Duration.ofSeconds(1)), 0, 3, TimeUnit.SECONDS);
            timer.scheduleAtFixedRate(() -> control.tooManyRequests(0, Duration.ZERO), 1, 3, TimeUnit.SECONDS);
        }

        @Override
        long seen(Injected injected) {
            return injected.tooMany();
        }
    },
    TOKENS_REVOKED("all tokens revoked every 3 s") {
        @Override
        void inject(SimulatorControl control, ScheduledExecutorService timer, MatrixSettings settings) {
            timer.scheduleAtFixedRate(control::revokeAllTokens, 3, 3, TimeUnit.SECONDS);
        }

        @Override
        long seen(Injected injected) {
            return injected.unauthorized();
        }
    },
    SHORT_TOKENS("token lifetime 2 s") {
        @Override
        void inject(SimulatorControl control, ScheduledExecutorService timer, MatrixSettings settings) {
            control.tokenLifetime(Duration.ofSeconds(2));
        }

        @Override
        long seen(Injected injected) {
            return injected.tokensIssued() - 1;
        }
    },
    AUTH_OUTAGE("/apps/auth failing for %d s") {
        /**
         * The outage starts after a second, with every token revoked, so the routes must authenticate during it. It
         * ends two seconds before the row at least (5 s in a long row), so the row also proves the routes recover.
         */
        @Override
        void inject(SimulatorControl control, ScheduledExecutorService timer, MatrixSettings settings) {
            timer.schedule(() -> control.authOutage(outage(settings)).revokeAllTokens(), 1, TimeUnit.SECONDS);
        }

        @Override
        String label(MatrixSettings settings) {
            return String.format(label, outage(settings).toSeconds());
        }

        @Override
        long seen(Injected injected) {
            return injected.authFailed();
        }
    },
    LATE_POSITIONS("10 % late positions") {
        @Override
        void inject(SimulatorControl control, ScheduledExecutorService timer, MatrixSettings settings) {
            control.latePositions(0.1, settings.lateDelay());
        }

        @Override
        boolean latePositions() {
            return true;
        }

        @Override
        long seen(Injected injected) {
            return injected.lateHeld();
        }
    },
    ALL("all of the above together") {
        @Override
        void inject(SimulatorControl control, ScheduledExecutorService timer, MatrixSettings settings) {
            Arrays.stream(values()).filter(fault -> fault != this).forEach(fault -> fault.inject(control, timer, settings));
        }

        @Override
        boolean latePositions() {
            return true;
        }

        /**
         * Three times a row: a handshake that fails under every fault at once is remembered for a backoff that
         * doubles, and the auth endpoint fails a third of the requests even after its outage, so in a row of 5 s
         * no handshake succeeded in one clean CI run (0 of 600 calls reached the API, all in the error handler)
         * and the row proved nothing about writes.
         */
        @Override
        Duration duration(MatrixSettings settings) {
            return Duration.ofSeconds(3L * settings.seconds());
        }

        /**
         * The busiest fault's count. Not the least busy one: in a short row the failed handshakes are remembered for
         * their backoff, and the calls then fail before they reach the server, so some faults may meet no request
         * at all; that is the backoff protecting the auth endpoint, not a row that proved nothing.
         */
        @Override
        long seen(Injected injected) {
            return Arrays.stream(values()).filter(fault -> fault != this).mapToLong(fault -> fault.seen(injected)).max()
                    .orElse(0);
        }
    };

    final String label;

    Fault(String label) {
        this.label = label;
    }

    String label(MatrixSettings settings) {
        return label;
    }

    /** How long the fault stays in force, the producer's calls paced over it: the row's length. */
    Duration duration(MatrixSettings settings) {
        return Duration.ofSeconds(settings.seconds());
    }

    /** How long {@code /apps/auth} fails: 5 s, as the issue asks, or less in a row too short to recover after it. */
    static Duration outage(MatrixSettings settings) {
        return Duration.ofSeconds(Math.min(5, Math.max(1, settings.seconds() - 3)));
    }

    /** Puts the fault in force (now, or on {@code timer}) until the row clears every fault. */
    abstract void inject(SimulatorControl control, ScheduledExecutorService timer, MatrixSettings settings);

    /**
     * How often the row's simulator showed this fault at work (for a token lifetime of 2 s: the tokens issued beyond
     * the first); all together: the least of the single faults' figures.
     */
    abstract long seen(Injected injected);

    /** Whether some positions arrive late, which a consumer only delivers with a lateness bound. */
    boolean latePositions() {
        return false;
    }
}
