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
    },
    LATENCY("latency 200 ms") {
        @Override
        void inject(SimulatorControl control, ScheduledExecutorService timer, MatrixSettings settings) {
            control.latency(Duration.ofMillis(200));
        }
    },
    FAILURES("25 % of responses 503") {
        @Override
        void inject(SimulatorControl control, ScheduledExecutorService timer, MatrixSettings settings) {
            control.failures(503, 0.25);
        }
    },
    DROPPED_CONNECTIONS("10 % of connections dropped") {
        @Override
        void inject(SimulatorControl control, ScheduledExecutorService timer, MatrixSettings settings) {
            control.dropConnections(0.1);
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
    },
    TOKENS_REVOKED("all tokens revoked every 3 s") {
        @Override
        void inject(SimulatorControl control, ScheduledExecutorService timer, MatrixSettings settings) {
            timer.scheduleAtFixedRate(control::revokeAllTokens, 3, 3, TimeUnit.SECONDS);
        }
    },
    SHORT_TOKENS("token lifetime 2 s") {
        @Override
        void inject(SimulatorControl control, ScheduledExecutorService timer, MatrixSettings settings) {
            control.tokenLifetime(Duration.ofSeconds(2));
        }
    },
    AUTH_OUTAGE("/apps/auth failing for 5 s") {
        /** The outage starts after a second, with every token revoked, so the routes must authenticate during it. */
        @Override
        void inject(SimulatorControl control, ScheduledExecutorService timer, MatrixSettings settings) {
            timer.schedule(() -> control.authOutage(Duration.ofSeconds(5)).revokeAllTokens(), 1, TimeUnit.SECONDS);
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
    };

    private final String label;

    Fault(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** Puts the fault in force (now, or on {@code timer}) until the row clears every fault. */
    abstract void inject(SimulatorControl control, ScheduledExecutorService timer, MatrixSettings settings);

    /** Whether some positions arrive late, which a consumer only delivers with a lateness bound. */
    boolean latePositions() {
        return false;
    }
}
