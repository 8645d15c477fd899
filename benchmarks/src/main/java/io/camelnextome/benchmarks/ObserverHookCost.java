package io.camelnextome.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import com.sun.management.ThreadMXBean;
import io.camelnextome.nextome.metrics.NextomeMeterBinder;
import io.camelnextome.nextome.observe.CredentialSet;
import io.camelnextome.nextome.observe.NextomeMonitor;
import io.camelnextome.nextome.observe.RequestRecorder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * What the observability hooks cost one call of the producer, without HTTP: the loop does what the invoker does
 * around each request (the clock read before and after, then its {@link RequestRecorder} told of the outcome), without
 * and with a Micrometer registry bound, against a loop that only reads the clock, and against the monitor's
 * {@code requestCompleted}, which looks the operation's counters and the credentials' state up on every call. Prints the calling threads' CPU nanoseconds per call and bytes allocated per call for each
 * case, in alternating rounds. Settings: {@code calls} (20,000,000 per case and round), {@code threads} (1), {@code rounds} (3).
 */
public final class ObserverHookCost {

    /** One call's hook, given the call's duration. */
    @FunctionalInterface
    private interface Hook {
        void completed(long durationNanos);
    }

    private record Case(String name, Hook hook) {
    }

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final String OPERATION = "trackables/get";

    private ObserverHookCost() {
    }

    public static void main(String[] args) throws Exception {
        long calls = Long.getLong("calls", 20_000_000);
        int threads = Integer.getInteger("threads", 1);
        int rounds = Integer.getInteger("rounds", 3);
        CredentialSet set = new CredentialSet("demo-client", "http://127.0.0.1:8080/apps/auth");
        try (CamelContext plain = new DefaultCamelContext(); CamelContext metered = new DefaultCamelContext()) {
            NextomeMonitor monitor = monitor(plain, set);
            NextomeMonitor meteredMonitor = monitor(metered, set);
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            new NextomeMeterBinder(meteredMonitor, metered.getName()).bindTo(registry);
            long[] sink = new long[1];
            RequestRecorder recorder = monitor.recorder(set, OPERATION);
            RequestRecorder meteredRecorder = meteredMonitor.recorder(set, OPERATION);
            List<Case> cases = List.of(
                    new Case("clock only (no hook)", nanos -> sink[0] += nanos),
                    new Case("monitor.requestCompleted (lookups)", nanos -> monitor.requestCompleted(set, OPERATION, 200,
                            nanos)),
                    new Case("RequestRecorder (the endpoints' path)", nanos -> recorder.completed(200, nanos)),
                    new Case("RequestRecorder + SimpleMeterRegistry", nanos -> meteredRecorder.completed(200, nanos)));
            System.out.printf("%,d calls per case and round, %d thread(s), %d rounds (+1 warm-up)%n", calls, threads,
                    rounds);
            for (int round = 0; round <= rounds; round++) {
                List<Case> order = new ArrayList<>(cases);
                if (round % 2 == 1) {
                    Collections.reverse(order);
                }
                for (Case c : order) {
                    double[] figures = run(c.hook(), calls, threads);
                    if (round > 0) {
                        System.out.printf("round %d  %-40s %6.1f ns CPU per call  %5.1f bytes per call%n", round, c.name(),
                                figures[0], figures[1]);
                    }
                }
            }
            System.out.printf("(sink %d; timed calls in the registry: %,d)%n", sink[0] == 42 ? 1 : 0,
                    registry.find("nextome.requests").timer().count());
        }
    }

    private static NextomeMonitor monitor(CamelContext context, CredentialSet set) {
        NextomeMonitor monitor = NextomeMonitor.of(context, created -> {
        });
        // as an endpoint with a client id does at start
        monitor.renewal(set, () -> {
        });
        return monitor;
    }

    /** CPU nanoseconds per call (the threads' CPU time: the machine's load does not count), bytes per call. */
    private static double[] run(Hook hook, long calls, int threads) throws InterruptedException {
        LongAdder allocated = new LongAdder();
        LongAdder cpuNanos = new LongAdder();
        long perThread = calls / threads;
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                long before = THREADS.getCurrentThreadAllocatedBytes();
                long cpuBefore = THREADS.getCurrentThreadCpuTime();
                for (long i = 0; i < perThread; i++) {
                    long begin = System.nanoTime();
                    hook.completed(System.nanoTime() - begin);
                }
                cpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpuBefore);
                allocated.add(THREADS.getCurrentThreadAllocatedBytes() - before);
            });
            running.add(thread);
            thread.start();
        }
        for (Thread thread : running) {
            thread.join();
        }
        long done = perThread * threads;
        return new double[] { (double) cpuNanos.sum() / done, (double) allocated.sum() / done };
    }
}
