package io.camelnextome.simulator.control;

import io.camelnextome.simulator.http.Responses;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies the configured faults to a Nextome API request before it is served: added latency (a timer,
 * never a blocked thread), dropped connections, 429 with Retry-After, a share of failures, and an outage of
 * {@code /apps/auth}. It also holds the late-positions fault, which the position generator applies.
 */
public final class FaultInjector implements Handler<RoutingContext> {

    /** A share of responses that fail with one status; status and share change together. */
    private record Failures(int status, double share) {
        static final Failures NONE = new Failures(0, 0);
    }

    private volatile long latencyMillis;
    private volatile Failures failures = Failures.NONE;
    private volatile double dropShare;
    private final AtomicInteger tooManyRequestsLeft = new AtomicInteger();
    private volatile long retryAfterSeconds;
    /** Until when (epoch milliseconds) {@code /apps/auth} answers 503; 0 for no outage. */
    private volatile long authOutageUntil;
    private final LatePositions latePositions = new LatePositions();

    public void latency(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + latency);
        }
        latencyMillis = latency.toMillis();
    }

    public void failures(int status, double share) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP error status (400-599): " + status);
        }
        failures = checkShare("share", share) == 0 ? Failures.NONE : new Failures(status, share);
    }

    public void dropConnections(double share) {
        dropShare = checkShare("share", share);
    }

    public void tooManyRequests(int count, Duration retryAfter) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        retryAfterSeconds = Math.max(0, (retryAfter.toMillis() + 999) / 1000);
        tooManyRequestsLeft.set(count);
    }

    /** {@code /apps/auth} answers 503 for this long from now; zero ends an outage. */
    public void authOutage(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative: " + duration);
        }
        authOutageUntil = duration.isZero() ? 0 : System.currentTimeMillis() + duration.toMillis();
    }

    public LatePositions latePositions() {
        return latePositions;
    }

    /** The faults in force; a fault that is not in force shows only zeros. */
    public Settings settings() {
        Failures failing = failures;
        int limited = tooManyRequestsLeft.get();
        long outageLeft = Math.max(0, authOutageUntil - System.currentTimeMillis());
        return new Settings(latencyMillis, failing.status(), failing.share(), dropShare, limited,
                limited > 0 ? retryAfterSeconds : 0, outageLeft, latePositions.share(), latePositions.delayMillis(),
                latePositions.pending());
    }

    /** Ends every fault. Positions already held back are still stored when their delay is over. */
    public void clear() {
        latencyMillis = 0;
        failures = Failures.NONE;
        dropShare = 0;
        tooManyRequestsLeft.set(0);
        authOutageUntil = 0;
        latePositions.hold(0, Duration.ZERO);
    }

    @Override
    public void handle(RoutingContext ctx) {
        long latency = latencyMillis;
        if (latency > 0) {
            ctx.vertx().setTimer(latency, id -> inject(ctx));
        } else {
            inject(ctx);
        }
    }

    /** The faults of {@code /apps/auth}: an outage first, then those of every other path. */
    public Handler<RoutingContext> authentication() {
        return ctx -> {
            if (System.currentTimeMillis() < authOutageUntil) {
                Responses.error(ctx, 503, "Authentication is unavailable (outage injected by the simulator)");
            } else {
                handle(ctx);
            }
        };
    }

    private void inject(RoutingContext ctx) {
        Failures failing = failures;
        if (chance(dropShare)) {
            ctx.request().connection().close();
        } else if (tooManyRequestsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            ctx.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
            Responses.error(ctx, 429, "Too many requests (injected by the simulator)");
        } else if (chance(failing.share())) {
            Responses.error(ctx, failing.status(), "Failure injected by the simulator");
        } else {
            ctx.next();
        }
    }

    /**
     * A snapshot of the faults in force.
     *
     * @param failureStatus        0 when no failures are injected
     * @param retryAfterSeconds    0 when no 429 is left to answer
     * @param authOutageMillisLeft how much longer {@code /apps/auth} answers 503
     * @param lateDelayMillis      0 when no positions are held back
     * @param latePending          positions held back and not stored yet (they still are after a clear)
     */
    public record Settings(long latencyMillis, int failureStatus, double failureShare, double dropShare,
                           int tooManyRequestsLeft, long retryAfterSeconds, long authOutageMillisLeft,
                           double lateShare, long lateDelayMillis, int latePending) {
    }

    static boolean chance(double share) {
        return share > 0 && (share >= 1 || ThreadLocalRandom.current().nextDouble() < share);
    }

    static double checkShare(String name, double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1: " + share);
        }
        return share;
    }
}
