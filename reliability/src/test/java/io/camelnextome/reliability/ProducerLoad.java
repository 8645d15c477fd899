package io.camelnextome.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import io.camelnextome.nextome.NextomeConstants;
import io.camelnextome.nextome.model.TrackableDto;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * Threads that send creates and gets through the routes {@code direct:create} and {@code direct:get}, interleaved,
 * and record what each call reported: the trackable a create returned, or the exception the route ended with.
 */
final class ProducerLoad {

    static final String CREATE = "direct:create";
    static final String GET = "direct:get";

    /** What the route callers saw; {@code created} maps each created trackable's name to the id returned. */
    record Outcome(long createsOk, long createsFailed, long getsOk, long getsFailed, long silentFailures,
                   Map<String, String> created) {
    }

    private ProducerLoad() {
    }

    /**
     * {@code calls} creates of trackables named {@code <prefix>-<n>} (a Map body, as {@code unmarshal().json()}
     * gives) and {@code calls} gets of the seeded trackables, on {@code threads} threads. The calls are paced
     * evenly over {@code spread}, as a route's traffic comes, so that every phase of a fault meets some of them
     * (calls that fail fast would otherwise all be spent in the first seconds of an outage).
     */
    static Outcome run(ProducerTemplate template, String prefix, int calls, int threads, Duration spread)
            throws Exception {
        long begin = System.nanoTime();
        long slot = spread.toNanos() / (2L * calls);
        AtomicInteger next = new AtomicInteger();
        LongAdder createsOk = new LongAdder();
        LongAdder createsFailed = new LongAdder();
        LongAdder getsOk = new LongAdder();
        LongAdder getsFailed = new LongAdder();
        LongAdder silent = new LongAdder();
        Map<String, String> created = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < 2 * calls; i = next.getAndIncrement()) {
                        waitUntil(begin + i * slot);
                        int n = i / 2;
                        if (i % 2 == 0) {
                            String name = prefix + "-" + n;
                            Exchange done = template.send(CREATE, exchange -> exchange.getMessage()
                                    .setBody(Map.of("name", name, "venue", 1, "usage", "ASSET")));
                            TrackableDto trackable = done.getMessage().getBody(TrackableDto.class);
                            if (done.getException() != null) {
                                createsFailed.increment();
                            } else if (trackable == null || trackable.getId() == null) {
                                silent.increment();
                            } else {
                                createsOk.increment();
                                created.put(name, trackable.getId());
                            }
                        } else {
                            Exchange done = template.send(GET, exchange -> exchange.getMessage()
                                    .setHeader(NextomeConstants.ID, String.format("T-%03d", n % 20 + 1)));
                            if (done.getException() != null) {
                                getsFailed.increment();
                            } else if (!(done.getMessage().getBody() instanceof TrackableDto)) {
                                silent.increment();
                            } else {
                                getsOk.increment();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(createsOk.sum(), createsFailed.sum(), getsOk.sum(), getsFailed.sum(), silent.sum(), created);
    }

    /** Holds the call back until its slot (pacing, not waiting for a result). */
    private static void waitUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
