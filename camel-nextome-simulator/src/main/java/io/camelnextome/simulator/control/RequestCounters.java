package io.camelnextome.simulator.control;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts API requests per operation ("METHOD /path/template"), auth calls and issued tokens, without contention. */
public final class RequestCounters {

    private final ConcurrentMap<String, LongAdder> byOperation = new ConcurrentHashMap<>();
    private final LongAdder authCalls = new LongAdder();
    private final LongAdder tokensIssued = new LongAdder();

    /** The counter of one operation, made once at routing time so that counting is one increment. */
    public LongAdder operation(String key) {
        return byOperation.computeIfAbsent(key, k -> new LongAdder());
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
        authCalls.reset();
        tokensIssued.reset();
    }
}
