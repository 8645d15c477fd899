package io.camelnextome.simulator.control;

import io.camelnextome.simulator.http.Responses;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies the configured faults to a Nextome API request before it is served: added latency (a timer,
 * never a blocked thread), dropped connections, 429 with Retry-After, and a share of failures.
 */
public final class FaultInjector implements Handler<RoutingContext> {

    private volatile long latencyMillis;
    private volatile int failureStatus;
    private volatile double failureShare;
    private volatile double dropShare;
    private final AtomicInteger tooManyRequestsLeft = new AtomicInteger();
    private volatile long retryAfterSeconds;

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
        failureStatus = status;
        failureShare = checkShare("share", share);
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

    /** The faults in force. */
    public Settings settings() {
        return new Settings(latencyMillis, failureStatus, failureShare, dropShare, tooManyRequestsLeft.get(), retryAfterSeconds);
    }

    public void clear() {
        latencyMillis = 0;
        failureShare = 0;
        dropShare = 0;
        tooManyRequestsLeft.set(0);
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

    private void inject(RoutingContext ctx) {
        if (chance(dropShare)) {
            ctx.request().connection().close();
        } else if (tooManyRequestsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            ctx.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
            Responses.error(ctx, 429, "Too many requests (injected by the simulator)");
        } else if (chance(failureShare)) {
            Responses.error(ctx, failureStatus, "Failure injected by the simulator");
        } else {
            ctx.next();
        }
    }

    /** A snapshot of the faults in force. */
    public record Settings(long latencyMillis, int failureStatus, double failureShare, double dropShare,
                           int tooManyRequestsLeft, long retryAfterSeconds) {
    }

    private static boolean chance(double share) {
        return share > 0 && (share >= 1 || ThreadLocalRandom.current().nextDouble() < share);
    }

    private static double checkShare(String name, double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1: " + share);
        }
        return share;
    }
}
