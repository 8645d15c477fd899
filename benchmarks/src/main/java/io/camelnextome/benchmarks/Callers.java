package io.camelnextome.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
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

    /** What a run did. */
    record Result(long ok, long errors, long latencyNanos, double seconds, long allocatedBytes) {

        double perSecond() {
            return ok / seconds;
        }

        double meanLatencyMillis() {
            long count = ok + errors;
            return count == 0 ? 0 : latencyNanos / 1e6 / count;
        }

        Result plus(Result other) {
            return new Result(ok + other.ok, errors + other.errors, latencyNanos + other.latencyNanos,
                    seconds + other.seconds, allocatedBytes + other.allocatedBytes);
        }

        @Override
        public String toString() {
            return String.format("%,d requests in %.1f s = %,.0f requests/second, mean latency %.3f ms, %d errors,"
                    + " %,d bytes allocated per request on the caller threads", ok, seconds, perSecond(),
                    meanLatencyMillis(), errors, ok + errors == 0 ? 0 : allocatedBytes / (ok + errors));
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
        long start = System.nanoTime();
        long deadline = start + length.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            long first = c;
            Thread thread = new Thread(() -> {
                long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
                for (long n = first; System.nanoTime() < deadline; n++) {
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
                    latencyNanos.add(System.nanoTime() - sent);
                    (success ? ok : errors).increment();
                }
                allocated.add(THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore);
            }, "caller-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(ok.sum(), errors.sum(), latencyNanos.sum(), (System.nanoTime() - start) / 1e9,
                allocated.sum());
    }
}
