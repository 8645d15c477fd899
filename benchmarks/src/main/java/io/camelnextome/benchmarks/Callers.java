package io.camelnextome.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import com.sun.management.ThreadMXBean;

/** Runs one call in a loop on a number of threads for a fixed time, and counts the calls and their latency. */
final class Callers {

    /** One call; {@code n} counts the calls of this thread, starting at its caller number. */
    @FunctionalInterface
    interface Call {
        /** Returns true when the call succeeded. */
        boolean call(long n) throws Exception;
    }

    /**
     * What a run did.
     *
     * @param latencies every call's latency in nanoseconds, sorted (for percentiles)
     * @param callerCpuNanos CPU time of the caller threads
     * @param jvm what the whole JVM (the embedded simulator too) spent during the run
     */
    record Result(long ok, long errors, long latencyNanos, double seconds, long allocatedBytes, long[] latencies,
                  long callerCpuNanos, JvmCosts jvm) {

        double perSecond() {
            return ok / seconds;
        }

        double meanLatencyMillis() {
            long count = ok + errors;
            return count == 0 ? 0 : latencyNanos / 1e6 / count;
        }

        /** The latency below which {@code percent} of the calls completed, in milliseconds. */
        double percentileMillis(double percent) {
            if (latencies.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(percent / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(latencies.length - 1, index))] / 1e6;
        }

        Result plus(Result other) {
            long[] both = Arrays.copyOf(latencies, latencies.length + other.latencies.length);
            System.arraycopy(other.latencies, 0, both, latencies.length, other.latencies.length);
            Arrays.sort(both);
            return new Result(ok + other.ok, errors + other.errors, latencyNanos + other.latencyNanos,
                    seconds + other.seconds, allocatedBytes + other.allocatedBytes, both,
                    callerCpuNanos + other.callerCpuNanos, jvm.plus(other.jvm));
        }

        /** CPU nanoseconds per call: the caller threads' and the whole JVM's (client, simulator, JIT, GC). */
        double callerCpuPerCall() {
            return ok + errors == 0 ? 0 : (double) callerCpuNanos / (ok + errors);
        }

        double jvmCpuPerCall() {
            return ok + errors == 0 ? 0 : (double) jvm.cpuNanos() / (ok + errors);
        }

        @Override
        public String toString() {
            return String.format("%,d requests in %.1f s = %,.0f requests/second, latency mean %.3f ms, p50 %.3f ms,"
                    + " p99 %.3f ms, %d errors, %,d bytes allocated per request on the caller threads; CPU per request"
                    + " %,.0f ns callers, %,.0f ns JVM; JIT %d ms, %d GCs %d ms", ok, seconds,
                    perSecond(), meanLatencyMillis(), percentileMillis(50), percentileMillis(99), errors,
                    ok + errors == 0 ? 0 : allocatedBytes / (ok + errors), callerCpuPerCall(), jvmCpuPerCall(),
                    jvm.jitMillis(), jvm.gcCount(), jvm.gcMillis());
        }
    }

    /** The JVM's CPU time, JIT compilation time and collections over a run (their growth between two snapshots). */
    record JvmCosts(long cpuNanos, long jitMillis, long gcCount, long gcMillis) {

        static JvmCosts now() {
            long count = 0;
            long millis = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                count += Math.max(0, gc.getCollectionCount());
                millis += Math.max(0, gc.getCollectionTime());
            }
            return new JvmCosts(((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime(), ManagementFactory.getCompilationMXBean().getTotalCompilationTime(), count, millis);
        }

        JvmCosts since(JvmCosts before) {
            return new JvmCosts(cpuNanos - before.cpuNanos, jitMillis - before.jitMillis, gcCount - before.gcCount,
                    gcMillis - before.gcMillis);
        }

        JvmCosts plus(JvmCosts other) {
            return new JvmCosts(cpuNanos + other.cpuNanos, jitMillis + other.jitMillis, gcCount + other.gcCount,
                    gcMillis + other.gcMillis);
        }
    }

    /** How many callers, for how long: {@code -Dcallers} (16), {@code -DwarmupSeconds} (5), {@code -Dseconds} (20). */
    record Plan(int callers, Duration warmup, Duration measured) {

        static Plan fromSystemProperties() {
            return new Plan(Integer.getInteger("callers", 16), Duration.ofSeconds(Integer.getInteger("warmupSeconds", 5)),
                    Duration.ofSeconds(Integer.getInteger("seconds", 20)));
        }
    }

    /** Counts what each thread allocates (HotSpot); a client's own I/O threads are not counted. */
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static final String[] TRACKABLES = new String[20];

    static {
        for (int i = 0; i < TRACKABLES.length; i++) {
            TRACKABLES[i] = String.format("T-%03d", i + 1);
        }
    }

    private Callers() {
    }

    /** The demo trackable T-001..T-020 of call number {@code n}. */
    static String trackable(long n) {
        return TRACKABLES[(int) (n % TRACKABLES.length)];
    }

    static Result run(int callers, Duration length, Call call) throws InterruptedException {
        LongAdder ok = new LongAdder();
        LongAdder errors = new LongAdder();
        LongAdder latencyNanos = new LongAdder();
        LongAdder allocated = new LongAdder();
        LongAdder cpu = new LongAdder();
        JvmCosts before = JvmCosts.now();
        long start = System.nanoTime();
        long deadline = start + length.toNanos();
        List<Thread> threads = new ArrayList<>();
        long[][] samples = new long[callers][];
        int[] sampled = new int[callers];
        for (int c = 0; c < callers; c++) {
            int caller = c;
            samples[c] = new long[4096];
            Thread thread = new Thread(() -> {
                long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
                long cpuBefore = THREADS.getCurrentThreadCpuTime();
                long[] mine = samples[caller];
                int count = 0;
                for (long n = caller; System.nanoTime() < deadline; n++) {
                    long sent = System.nanoTime();
                    boolean success;
                    try {
                        success = call.call(n);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception e) {
                        success = false;
                    }
                    long latency = System.nanoTime() - sent;
                    latencyNanos.add(latency);
                    (success ? ok : errors).increment();
                    if (count == mine.length) {
                        mine = Arrays.copyOf(mine, count * 2);
                    }
                    mine[count++] = latency;
                }
                allocated.add(THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore);
                cpu.add(THREADS.getCurrentThreadCpuTime() - cpuBefore);
                samples[caller] = mine;
                sampled[caller] = count;
            }, "caller-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        JvmCosts jvm = JvmCosts.now().since(before);
        long[] latencies = new long[Arrays.stream(sampled).sum()];
        int at = 0;
        for (int c = 0; c < callers; c++) {
            System.arraycopy(samples[c], 0, latencies, at, sampled[c]);
            at += sampled[c];
        }
        Arrays.sort(latencies);
        return new Result(ok.sum(), errors.sum(), latencyNanos.sum(), seconds, allocated.sum(), latencies, cpu.sum(),
                jvm);
    }
}
