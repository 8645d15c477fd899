package io.camelnextome.simulator.control;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts API requests per operation ("METHOD /path/template") and their responses by status, auth calls and issued
 * tokens, without contention.
 */
public final class RequestCounters {

    private final ConcurrentMap<String, LongAdder> byOperation = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ConcurrentMap<Integer, LongAdder>> responses = new ConcurrentHashMap<>();
    private final LongAdder authCalls = new LongAdder();
    private final LongAdder tokensIssued = new LongAdder();
    private final LongAdder received = new LongAdder();

    /** The counter of one operation, made once at routing time so that counting is one increment. */
    public LongAdder operation(String key) {
        return byOperation.computeIfAbsent(key, k -> new LongAdder());
    }

    /** A route handler that counts the response the request gets, by status, once it is sent (a dropped one is not). */
    public Handler<RoutingContext> responseCounter(String key) {
        return ctx -> {
            ctx.addEndHandler(sent -> {
                if (sent.succeeded()) {
                    responses.computeIfAbsent(key, k -> new ConcurrentHashMap<>())
                            .computeIfAbsent(ctx.response().getStatusCode(), k -> new LongAdder()).increment();
                }
            });
            ctx.next();
        };
    }

    /** The responses of one operation by status, sorted by status; empty before the first. */
    public Map<Integer, Long> responses(String key) {
        Map<Integer, Long> counts = new TreeMap<>();
        responses.getOrDefault(key, new ConcurrentHashMap<>(0)).forEach((status, counter) -> counts.put(status, counter.sum()));
        return counts;
    }

    /** The operations that sent a response, each with its responses by status. */
    public Map<String, Map<Integer, Long>> responsesByOperation() {
        Map<String, Map<Integer, Long>> all = new TreeMap<>();
        responses.keySet().forEach(key -> all.put(key, responses(key)));
        return all;
    }

    /** A route handler, first on the router, that counts every request, whatever its path and outcome. */
    public Handler<RoutingContext> receivedCounter() {
        return ctx -> {
            received.increment();
            ctx.next();
        };
    }

    public long received() {
        return received.sum();
    }

    public void authCalled() {
        authCalls.increment();
    }

    public void tokenIssued() {
        tokensIssued.increment();
    }

    public long authCalls() {
        return authCalls.sum();
    }

    public long tokensIssued() {
        return tokensIssued.sum();
    }

    public long requests(String key) {
        LongAdder counter = byOperation.get(key);
        return counter == null ? 0 : counter.sum();
    }

    /** Every operation the simulator serves, with its count (zero included), sorted by key. */
    public Map<String, Long> requestsByOperation() {
        Map<String, Long> counts = new TreeMap<>();
        byOperation.forEach((key, counter) -> counts.put(key, counter.sum()));
        return counts;
    }

    public long totalRequests() {
        return byOperation.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public void reset() {
        byOperation.values().forEach(LongAdder::reset);
        responses.clear();
        authCalls.reset();
        tokensIssued.reset();
        received.reset();
    }
}
