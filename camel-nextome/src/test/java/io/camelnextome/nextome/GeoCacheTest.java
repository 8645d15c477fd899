package io.camelnextome.nextome;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The georeference cache under concurrent first use: one read of a map's GCPs however many callers. */
class GeoCacheTest extends NextomeTestSupport {

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension();

    private static final int THREADS = 16;

    @Override
    protected NextomeSimulator simulator() {
        return sim.simulator();
    }

    @Test
    void sixteenThreadsUsingAMapForTheFirstTimeReadItsGcpsOnce() throws Exception {
        generateRecentPositions();
        String snapshot = "nextome:locations/snapshot?mapId=1&tolerance=1&timeUnit=MINUTE&coordinates=WGS84";
        // the endpoint started (and its snapshot read) before the race, so the threads meet at the cache
        context.getEndpoint(snapshot).start();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Object>> calls = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                calls.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return call(snapshot, null);
                }));
            }
            for (Future<Object> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, sim.simulator().control().requests("GET /maps/{mid}/gcps"));
        assertEquals(1, sim.simulator().control().requests("GET /maps/{mid}"));
    }

    @Test
    void sixteenEndpointsUsingAMapForTheFirstTimeReadItsGcpsOnce() throws Exception {
        generateRecentPositions();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Object>> calls = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                // a distinct endpoint (own loader) per thread: different tolerance values
                String snapshot = "nextome:locations/snapshot?mapId=1&tolerance=" + (i + 1)
                                  + "&timeUnit=MINUTE&coordinates=WGS84";
                context.getEndpoint(snapshot).start();
                calls.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return call(snapshot, null);
                }));
            }
            for (Future<Object> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, sim.simulator().control().requests("GET /maps/{mid}/gcps"));
    }
}
