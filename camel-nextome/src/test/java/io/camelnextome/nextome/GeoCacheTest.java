package io.camelnextome.nextome;

import java.util.ArrayList;
import java.util.Collections;
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
        String snapshot = "nextome:locations/snapshot?mapId=1&tolerance=1&timeUnit=MINUTE&coordinates=WGS84";
        race(Collections.nCopies(THREADS, snapshot));
        assertEquals(1, sim.simulator().control().requests("GET /maps/{mid}/gcps"));
        assertEquals(1, sim.simulator().control().requests("GET /maps/{mid}"));
    }

    @Test
    void sixteenEndpointsUsingAMapForTheFirstTimeReadItsGcpsOnce() throws Exception {
        // a distinct endpoint (with a loader of its own) per thread: different tolerance values
        List<String> snapshots = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            snapshots.add("nextome:locations/snapshot?mapId=1&tolerance=" + (i + 1) + "&timeUnit=MINUTE&coordinates=WGS84");
        }
        race(snapshots);
        assertEquals(1, sim.simulator().control().requests("GET /maps/{mid}/gcps"));
    }

    /** Calls each uri on a thread of its own, all released at once; the endpoints are started before. */
    private void race(List<String> uris) throws Exception {
        generateRecentPositions();
        for (String uri : uris) {
            context.getEndpoint(uri).start();
        }
        CyclicBarrier start = new CyclicBarrier(uris.size());
        ExecutorService pool = Executors.newFixedThreadPool(uris.size());
        try {
            List<Future<Object>> calls = new ArrayList<>();
            for (String uri : uris) {
                calls.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return call(uri, null);
                }));
            }
            for (Future<Object> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
