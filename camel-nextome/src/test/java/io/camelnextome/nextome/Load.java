package io.camelnextome.nextome;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/** Runs a call on several threads and counts calls and failures. */
final class Load {

    /** What a run did; {@code firstFailure} is null when nothing failed. */
    record Result(long calls, long failures, Throwable firstFailure) {
    }

    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }

    private Load() {
    }

    /** {@code calls} calls on each of {@code threads} threads. */
    static Result times(int threads, int calls, Call call) throws Exception {
        return run(threads, call, count -> count < calls);
    }

    /** Calls on each of {@code threads} threads until {@code duration} has passed. */
    static Result during(int threads, Duration duration, Call call) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        return run(threads, call, count -> System.nanoTime() < end);
    }

    /** Calls on each of {@code threads} threads while {@code more} says so. */
    static Result until(int threads, BooleanSupplier more, Call call) throws Exception {
        return run(threads, call, count -> more.getAsBoolean());
    }

    private interface Continue {
        boolean after(long count);
    }

    private static Result run(int threads, Call call, Continue more) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong calls = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicReference<Throwable> first = new AtomicReference<>();
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                runs.add(pool.submit(() -> {
                    for (long count = 0; more.after(count); count++) {
                        calls.incrementAndGet();
                        try {
                            call.run();
                        } catch (Exception e) {
                            failures.incrementAndGet();
                            first.compareAndSet(null, e);
                        }
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(calls.get(), failures.get(), first.get());
    }
}
